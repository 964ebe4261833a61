/**
 * The test-only decision's economics, through the shared harness: what any decision's test states is its
 * own facts (the hand figures, the closed forms, the directions, the break-even), not the machinery.
 */
import { describe } from 'vitest';
import type { ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkBreakEven,
	checkByHand,
	checkClosedForms,
	checkDirections,
	harness
} from '../harness';
import { fixtureDepot } from './model';

const h = harness(fixtureDepot);

/** Σ (1 + r)^−t for t = 1 … 9: one unit a year from the second year of ten, in today’s money. */
const annuity = (v: ParamValues) =>
	Array.from({ length: 9 }, (_, k) => (1 + v.rate) ** -(k + 1)).reduce((a, b) => a + b);

checkAsData(h);

// At 7.9 % the nine years of payments after the first are worth 6.2729484308973 years of payment today.
checkByHand(h, [
	{
		name: 'leasing costs 2.5 × 6.27295 = 15.682 in rent',
		option: 'lease',
		output: 'value',
		expected: -2.5 * 6.2729484308973245
	},
	{
		name: 'buying costs 14 + 0.5 × 6.27295 = 17.136',
		option: 'own',
		output: 'value',
		expected: -14 - 0.5 * 6.2729484308973245
	},
	{ name: 'buying pays its price at once, undiscounted', option: 'own', output: 'paid', expected: -14 }
]);

checkClosedForms(h, [
	{ name: 'lease: −rent × annuity', option: 'lease', output: 'value', formula: (v) => -v.rent * annuity(v) },
	{
		name: 'own: −price − upkeep × annuity',
		option: 'own',
		output: 'value',
		formula: (v) => -v.price - v.upkeep * annuity(v)
	}
]);

describe('which way each assumption pushes the answer', () => {
	checkDirections(h, [
		{ name: 'a higher rent favours buying', param: 'rent', of: { lead: ['own', 'lease'] }, moves: 'up' },
		{ name: 'a higher price favours leasing', param: 'price', of: { lead: ['own', 'lease'] }, moves: 'down' },
		{
			name: 'a higher rate makes leasing cheaper today',
			param: 'rate',
			of: { option: 'lease', output: 'value' },
			moves: 'up'
		}
	]);
});

// Own beats lease when rent × A > price + upkeep × A.
checkBreakEven(h, 'rent', ['own', 'lease'], (v) => v.upkeep + v.price / annuity(v));
