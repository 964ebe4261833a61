import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'cloud-spinoff',
	title: 'Alibaba Cloud: spin it off, or keep it?',
	question:
		'Should Alibaba list its cloud unit as a separate company, or keep it inside the group, when US export controls on advanced chips may tighten?',
	group: 'group-shape',
	shares: ['group-wacc', 'cloud-revenue-dec-q-2023', 'cloud-revenue-dec-q-2024', 'china-income-tax'],
	assumes: [
		{
			id: 'cloud-demand',
			param: 'growth',
			as: 'The cloud unit’s growth is what a spin-off or the group funds.'
		},
		{
			id: 'chip-access',
			param: 'pTighten',
			as: 'Tighter chip controls cost a standalone cloud more than the group.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'The group’s cost of capital for the unit.' }
	],
	from: { [DOC_SCMP]: 3, [DOC_TOWSON]: 1 }
};
