import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'global-network',
	title: 'Cainiao’s global network: own hubs and sorting centres, or rent capacity?',
	question: 'Own warehouses, sorting centres and line-haul abroad, or buy capacity from third parties?',
	group: 'logistics',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'parcel-cost',
			param: 'rentPrice',
			as: 'A third party’s price per parcel is what an owned hub must beat.'
		},
		{
			id: 'marketplace-profit',
			param: 'margin',
			as: 'The margin on the orders that faster delivery wins is what a day saved is worth.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Sets the annuity that charges an owned hub’s capital.' }
	],
	from: { [DOC_TOWSON]: 4 }
};
