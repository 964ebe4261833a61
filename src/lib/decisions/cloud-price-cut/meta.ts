import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'cloud-price-cut',
	title: 'Alibaba Cloud: cut prices to win share?',
	question:
		'How deep a price cut pays for itself, and by when, if the aim is market share over near-term profit?',
	group: 'cloud-ai',
	shares: ['group-wacc', 'cloud-revenue-dec-q-2023', 'cloud-revenue-dec-q-2024'],
	assumes: [
		{
			id: 'cloud-demand',
			param: 'elasticity',
			as: 'How far core usage answers a lower price decides what the cut wins.'
		},
		{ id: 'cost-of-capital', param: 'rate', as: 'Discounts the cloud’s profit with and without the cut.' }
	],
	from: { [DOC_TOWSON]: 4 }
};
