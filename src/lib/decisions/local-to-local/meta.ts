import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'local-to-local',
	title: 'Local-to-local delivery in Spain and France',
	question:
		'Sell domestic parcel delivery in Spain and France to other merchants, below local carriers’ prices, on the network built for AliExpress?',
	group: 'logistics',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'parcel-cost',
			param: 'unitCost',
			as: 'The own network’s cost per parcel sets the lowest price that covers a third-party parcel.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts the third-party business’s cash.' }
	],
	from: { [DOC_TOWSON]: 5 }
};
