import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'last-mile',
	title: 'Last mile abroad: partner, buy, build pickup points, or automate?',
	question:
		'How should Cainiao deliver the last mile in a new country to keep a five-day delivery guarantee at the lowest cost?',
	group: 'logistics',
	shares: ['group-wacc'],
	assumes: [
		{
			id: 'parcel-cost',
			param: 'partnerFee',
			as: 'A partner’s fee per parcel is what an owned network must beat.'
		},
		{
			id: 'late-parcel',
			param: 'refund',
			as: 'Each parcel that misses five days costs compensation and lost orders.'
		},
		{
			id: 'logistics-labour',
			param: 'ownRoute',
			as: 'An own fleet’s driving cost per parcel is mostly drivers’ pay.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts each way of delivering.' }
	],
	from: { [DOC_TOWSON]: 11 }
};
