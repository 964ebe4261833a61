import { DOC_TOWSON } from '$lib/sources/catalog';
import type { DecisionMeta } from '../types';

/** A test-only decision (see FIXTURE_PREFIX): it proves that a folder is all a decision takes. */
export const meta: DecisionMeta = {
	id: 'fixture-depot',
	title: 'Test fixture: lease a parcel depot, or buy it?',
	question: 'Is buying a depot outright worth more than leasing it for ten years?',
	group: 'commerce',
	shares: ['group-wacc'],
	assumes: [{ id: 'cost-of-capital', param: 'rate', as: 'Discounts the lease and the purchase.' }],
	from: { [DOC_TOWSON]: 1 }
};
