/**
 * The retail exit's economics, as a specialist would check them: the book loss is sunk and moves nothing;
 * the stake is applied once, to store cash, never to the prices (already for the stake); redeployed cash
 * earns only its excess over the cost of capital; the synergy is taxed as profit, a sale at a loss is not.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkBreakEven,
	checkByHand,
	checkClosedForms,
	checkDirections,
	close,
	harness
} from '../harness';
import { retailExit as def } from './model';

const h = harness(def);
const { evaluate, anyValues } = h;

/** Σ (1 + r)^−t for t = 1 … 10: a dollar a year for the ten years of the horizon, today. */
const annuity = (v: ParamValues) =>
	Array.from({ length: 10 }, (_, k) => (1 + v.rate) ** -(k + 1)).reduce((a, b) => a + b);
/** A price put to work: the price itself plus its excess return for ten years. */
const putToWork = (v: ParamValues, price: number) => price * (1 + (v.coreReturn - v.rate) * annuity(v));
const sellPrice = (v: ParamValues) => v.priceSunArt + v.priceIntime + v.freshValue * (1 - v.discount);
const listPrice = (v: ParamValues) =>
	v.priceSunArt + v.priceIntime + v.float * v.freshValue * (1 - v.discount);
/** Flat flows for ever from the year after the deal: the horizon and the terminal value together, 1/r. */
const keepValue = (v: ParamValues) =>
	(v.stake * v.storeCash + v.freshCash + v.synergy * (1 - v.tax)) / v.rate;
const listValue = (v: ParamValues) =>
	putToWork(v, listPrice(v)) +
	((1 - v.float) * v.freshCash + v.synergy * (1 - v.tax) * v.freshShare) / v.rate;

checkAsData(h);

// At 8.5 %: 1.085^10 = 2.26098, so ten years of a dollar are worth (1 − 0.44229) / 0.085 = 6.56135 today.
const A = 6.561348;
checkByHand(h, [
	{
		name: 'keep: (0.8 × 0.3 + 0.25 + 0.2 × 0.75) / 0.085 = 0.64 / 0.085 = 7.5294',
		option: 'keep',
		output: 'value',
		expected: 0.64 / 0.085
	},
	{
		name: 'keep, stores alone: (0.24 + 0.25) / 0.085 = 5.7647, a little below the 6.00 a full sale brings',
		option: 'keep',
		output: 'keepStores',
		expected: 0.49 / 0.085
	},
	{
		name: 'sell: price 1.58 + 1.02 + 4 × 0.85 = 6.00, plus 6.00 × (0.12 − 0.085) × 6.56135 = 1.3779; 7.3779',
		option: 'sell',
		output: 'value',
		expected: 6 + 6 * 0.035 * A,
		tolerance: 1e-6
	},
	{
		name: 'list: price 2.60 + 0.2 × 3.40 = 3.28, plus 3.28 × 0.035 × 6.56135 = 0.7532, plus 0.8 × 0.25 / 0.085 = 2.3529 and 0.6 × 0.15 / 0.085 = 1.0588; 7.4450',
		option: 'list',
		output: 'value',
		expected: 3.28 + 3.28 * 0.035 * A + 0.2 / 0.085 + 0.09 / 0.085,
		tolerance: 1e-6
	},
	{ name: 'sell: the price is 6.00, all at the deal', option: 'sell', output: 'price', expected: 6 },
	{ name: 'sell: the book loss shown is the 1.3 reported', option: 'sell', output: 'sunk', expected: 1.3 }
]);

checkClosedForms(h, [
	{
		name: 'keep: (stake × store cash + Freshippo cash + S × (1 − tax)) / r',
		option: 'keep',
		output: 'value',
		formula: keepValue
	},
	{
		name: 'sell: P × (1 + (core − r) × A10)',
		option: 'sell',
		output: 'value',
		formula: (v) => putToWork(v, sellPrice(v))
	},
	{
		name: 'list: listed price put to work + kept Freshippo cash and its synergy, for ever',
		option: 'list',
		output: 'value',
		formula: listValue
	}
]);

describe('the sunk cost, the stake and the double counting', () => {
	it('changing the book loss changes no option’s value, at any values', () =>
		fc.assert(
			fc.property(anyValues, fc.double({ min: 0, max: 5, noNaN: true }), (v, loss) => {
				const a = evaluate(v);
				const b = evaluate({ ...v, bookLoss: loss });
				for (const o of ['keep', 'sell', 'list']) expect(b[o].outputs.value).toBe(a[o].outputs.value);
			})
		));

	it('applies the stake to store cash only: the sale prices do not move with it', () =>
		fc.assert(
			fc.property(anyValues, fc.double({ min: 0.5, max: 1, noNaN: true }), (v, stake) => {
				expect(evaluate({ ...v, stake }).sell.outputs.value).toBe(evaluate(v).sell.outputs.value);
			})
		));

	it('cash that earns exactly the cost of capital is worth its price, no more', () =>
		fc.assert(
			fc.property(anyValues, (any) => {
				const v = { ...any, coreReturn: any.rate };
				close(evaluate(v).sell.outputs.value, sellPrice(v), 'sell at core return = rate');
			})
		));

	it('taxes the synergy, not the price of a sale at a loss', () => {
		expect(h.output('sell', 'value', { tax: 0.35 })).toBe(h.output('sell', 'value'));
		expect(h.output('keep', 'value', { tax: 0.35 })).toBeLessThan(h.output('keep', 'value'));
	});

	it('names the value after 2034 as its terminal part', () => {
		expect(def.decide.terminal).toBe('beyond');
		expect(def.breakdown!.add).toContain('beyond');
	});
});

describe('which way each assumption pushes the answer', () => {
	checkDirections(h, [
		{
			name: 'a larger synergy favours keeping',
			param: 'synergy',
			of: { lead: ['keep', 'sell'] },
			moves: 'up'
		},
		{
			name: 'more store cash favours keeping',
			param: 'storeCash',
			of: { lead: ['keep', 'sell'] },
			moves: 'up'
		},
		{
			name: 'a higher Sun Art price favours selling',
			param: 'priceSunArt',
			of: { lead: ['sell', 'keep'] },
			moves: 'up'
		},
		{
			name: 'a higher return in the marketplaces favours selling',
			param: 'coreReturn',
			of: { lead: ['sell', 'keep'] },
			moves: 'up'
		},
		{
			name: 'a deeper discount on Freshippo favours keeping it',
			param: 'discount',
			of: { lead: ['keep', 'sell'] },
			moves: 'up'
		}
	]);
});

// Keep = Sell when S × (1 − tax) / r = P × (1 + (core − r) A10) − (stake × store cash + Freshippo cash) / r.
checkBreakEven(
	h,
	'synergy',
	['keep', 'sell'],
	(v) =>
		((putToWork(v, sellPrice(v)) - (v.stake * v.storeCash + v.freshCash) / v.rate) * v.rate) / (1 - v.tax)
);

// The Sun Art price at which selling everything matches keeping: Keep / (1 + (core − r) A10) − the rest.
checkBreakEven(
	h,
	'priceSunArt',
	['keep', 'sell'],
	(v) =>
		keepValue(v) / (1 + (v.coreReturn - v.rate) * annuity(v)) -
		v.priceIntime -
		v.freshValue * (1 - v.discount)
);

it('labels the book loss as Intime’s, the one loss a source states, not the whole sale’s (review)', () => {
	expect(h.param('bookLoss').label).toContain('Intime');
	expect(def.outputs.sunk.label).toContain('Intime');
});
