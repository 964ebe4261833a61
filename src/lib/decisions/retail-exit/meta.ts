import { DOC_SCMP, DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'retail-exit',
	title: 'Exit physical retail: Sun Art, Intime, Freshippo',
	question:
		'Keep Sun Art, Intime and Freshippo as infrastructure for the marketplaces, or sell them below cost and put the cash into the marketplaces?',
	group: 'commerce',
	shares: ['group-wacc', 'china-income-tax'],
	assumes: [
		{
			id: 'marketplace-profit',
			param: 'synergy',
			as: 'Stores kept as infrastructure add marketplace profit on the online orders they fulfil.'
		},
		{
			id: 'cost-of-capital',
			param: 'rate',
			as: 'Discounts store cash, synergy and the cash redeployed alike.'
		}
	],
	from: { [DOC_TOWSON]: 3, [DOC_SCMP]: 1 }
};
