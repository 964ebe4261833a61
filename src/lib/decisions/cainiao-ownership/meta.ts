import { DOC_EDTECH_ON_CNBC, DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'cainiao-ownership',
	title: 'Cainiao: list it, or own it fully?',
	question:
		'Should Alibaba take its logistics arm Cainiao public in Hong Kong, or buy out the minority holders and own it outright?',
	group: 'group-shape',
	shares: ['group-wacc', 'china-income-tax'],
	assumes: [
		{
			id: 'parcel-cost',
			param: 'marginLong',
			as: 'Cainiao’s long-run margin is what its prices leave after its cost per parcel.'
		},
		{
			id: 'marketplace-profit',
			param: 'ecomProfit',
			as: 'Owning Cainiao outright lifts the marketplace profit that delivery affects.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts both ways of holding Cainiao.' }
	],
	from: { [DOC_TOWSON]: 2, [DOC_EDTECH_ON_CNBC]: 2 }
};
