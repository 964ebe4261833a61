import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'choice-countries',
	title: 'AliExpress Choice: extend the five-day guarantee to more countries?',
	question: 'Which countries should get the five-day guarantee next, and where should expansion stop?',
	group: 'commerce',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'parcel-cost',
			param: 'parcelCost',
			as: 'Cainiao’s cost to carry a guaranteed parcel is taken off the margin of every order the guarantee adds.'
		},
		{
			id: 'late-parcel',
			param: 'refund',
			as: 'Every guaranteed order that misses five days costs compensation paid to the buyer.'
		},
		{
			id: 'marketplace-profit',
			param: 'margin',
			as: 'The margin on an order decides what the orders the guarantee adds are worth.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts each tier’s launch and its profits.' }
	],
	from: { [DOC_TOWSON]: 4 }
};
