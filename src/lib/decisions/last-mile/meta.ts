import type { DecisionMeta } from '../types';

/** The landing page's entry for this decision; the model itself loads when the page opens. */
export const meta: DecisionMeta = {
	id: 'last-mile',
	title: 'Last mile abroad: partner, buy, build pickup points, or automate?',
	question:
		'How should Cainiao deliver the last mile in a new country to keep a five-day delivery guarantee at the lowest cost?',
	group: 'logistics',
	shares: ['group-wacc']
};
