import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'cainiao-ownership',
	title: 'Cainiao: list it, or own it fully?',
	question:
		'Should Alibaba take its logistics arm Cainiao public in Hong Kong, or buy out the minority holders and own it outright?',
	group: 'group-shape',
	shares: ['group-wacc']
};
