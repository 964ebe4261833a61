import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'cloud-spinoff',
	title: 'Alibaba Cloud: spin it off, or keep it?',
	question:
		'Should Alibaba list its cloud unit as a separate company, or keep it inside the group, when US export controls on advanced chips may tighten?',
	group: 'group-shape',
	shares: ['group-wacc', 'cloud-revenue-dec-q-2023', 'cloud-revenue-dec-q-2024']
};
