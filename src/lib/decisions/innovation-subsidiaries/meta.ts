import { DOC_SCMP } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'innovation-subsidiaries',
	title: 'Run 1688, Xianyu, DingTalk and Quark as independent subsidiaries?',
	question:
		'Independent subsidiaries with their own strategy and three to five years of funding, or business lines inside the group?',
	group: 'group-shape',
	shares: ['group-wacc', 'china-income-tax'],
	assumes: [
		{
			id: 'marketplace-profit',
			param: 's1688',
			as: 'A commerce unit run inside the group shares the marketplaces’ traffic, and their profit, which independence gives up.'
		},
		{
			id: 'cost-of-capital',
			param: 'rate',
			as: 'Discounts every unit’s funding, synergy and value at success alike.'
		}
	],
	from: { [DOC_SCMP]: 4 }
};
