/**
 * The Choice-countries model’s economics, as a reader of the case would check them: only the lift earns a
 * margin, every guaranteed order risks a miss, each country has a break-even size Q* = (F + launch ÷ A) ÷
 * the profit per order it placed before, and the tiers rank by size.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakEven } from '$lib/engine/analysis';
import { Reporter } from '$lib/engine/report';
import type { ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkBreakEven,
	checkByHand,
	checkClosedForms,
	checkDirections,
	harness,
	type Direction
} from '../harness';
import { choiceCountries as def } from './model';

const h = harness(def);
const { evaluate, defaults, anyValues } = h;
const YEARS = def.periods.count;

/** One unit of the first year’s profit, growing at g for ever, paid mid-year, in 2025’s money. */
const A = (v: ParamValues) => {
	let a = 0;
	for (let t = 0; t < YEARS; t++) a += (1 + v.growth) ** t * (1 + v.rate) ** -(t + 0.5);
	const last = (1 + v.growth) ** (YEARS - 1) * (1 + v.rate) ** -(YEARS - 0.5);
	return a + (last * (1 + v.growth)) / (v.rate - v.growth);
};
/** What the guarantee earns per order a country placed before, before fixed costs. */
const perOrder = (v: ParamValues) =>
	v.lift * (v.margin - v.parcelCost) - (1 + v.lift) * v.late * (v.refund + v.lostMargin) - v.premium;
/** One country of q orders a year, after tax, in 2025’s money. */
const country = (v: ParamValues, q: number) =>
	(1 - v.tax) * ((q * perOrder(v) - v.fixedCost) * A(v) - v.setup);
/** The size at which a country breaks even. */
const qStar = (v: ParamValues) => (v.fixedCost + v.setup / A(v)) / perOrder(v);

checkAsData(h);

describe('provenance', () => {
	it('attaches no quoted passage to a parameter it says nothing about', () => {
		// Review finding: none of the seed or public passages states a country’s orders or the group’s margin per order; they stay in teach.context.
		for (const id of ['qNext', 'margin']) {
			const quoted = h.param(id).sources.filter((s) => 'quote' in s);
			expect(quoted, id).toEqual([]);
		}
	});
});

describe('the Choice-countries model', () => {
	it('decides by value, names the value after 2032 as its terminal part, and draws value against country size', () => {
		expect(def.decide).toEqual({ by: 'value', higherIsBetter: true, terminal: 'afterValue' });
		expect(def.profile).toEqual({ param: 'qNext', output: 'value', scale: 'log' });
		expect(def.options.map((o) => o.id)).toEqual(['hold', 'next', 'all']);
	});

	it('keeps long-run growth below every discount rate it allows', () => {
		expect(h.param('growth').max).toBeLessThan(h.param('rate').min);
	});

	it('values holding the current set at zero whatever the values: it is the baseline', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				expect(Math.abs(evaluate(v).hold.outputs.value)).toBe(0);
			}),
			{ numRuns: 50 }
		);
	});

	it('earns no margin on the orders a country placed anyway: with no lift, only costs remain', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const r = evaluate({ ...v, lift: 0 }).next.outputs;
				expect(r.gainPv).toBe(0);
				expect(r.value).toBeLessThanOrEqual(0);
			}),
			{ numRuns: 50 }
		);
	});

	it('charges the late-order cost on every guaranteed order, moved and new', () => {
		const s = evaluate(defaults).next.series;
		expect(s.lateCost[0]).toBeCloseTo((s.baseOrders[0] + s.newOrders[0]) * 0.05 * 5.2, 12);
	});
});

// At the defaults, a next-tier launch in 2025: 15 countries × 4 m = 60 m orders placed anyway; a lift of
// 50 % adds 30 m. Margin on them 30 × (5 − 3.5) = 45; late orders 90 × 5 % × (4.2 + 1) = 23.4; the fast
// route on the 60 m that came anyway 60 × 0.3 = 18; fixed costs 15 × 1 = 15. Profit −11.4 USD m a year.
// Launch 15 × 1.5 = 22.5. A (9 %, 3 % growth, mid-year, for ever) = 17.4005; value after 20 % tax
// 0.8 × (−11.4 × 17.4005 − 22.5) = −176.69 USD m.
checkByHand(h, [
	{
		name: 'profit per order placed before: 0.5 × 1.5 − 1.5 × 0.05 × 5.2 − 0.3 = USD 0.06',
		option: 'next',
		output: 'perOrder',
		expected: 0.06
	},
	{ name: 'orders added in 2025: 15 × 4 × 50 % = 30 m', option: 'next', output: 'addedOrders', expected: 30 },
	{ name: 'launch after tax: 0.8 × 15 × 1.5 = USD 18 m', option: 'next', output: 'launchPv', expected: 18 },
	{
		name: 'next tier: 0.8 × (−11.4 × A − 22.5), A = 17.4005, about −USD 176.69 m',
		option: 'next',
		output: 'value',
		expected: 0.8 * (-11.4 * A(defaults) - 22.5)
	},
	{
		name: 'the same, to the cent as the paper sum gives it',
		option: 'next',
		output: 'value',
		expected: -176.69,
		tolerance: 1e-4
	},
	{ name: 'a late order costs 4.2 + 1 = USD 5.2', option: 'all', output: 'missCost', expected: 5.2 }
]);

checkClosedForms(h, [
	{
		name: 'next: n × (1 − tax) × [(Q × per order − F) × A − launch]',
		option: 'next',
		output: 'value',
		formula: (v) => v.nNext * country(v, v.qNext),
		tolerance: 1e-8
	},
	{
		name: 'all: the next tier plus the long tail, each country valued alike',
		option: 'all',
		output: 'value',
		formula: (v) => v.nNext * country(v, v.qNext) + v.nRest * country(v, v.qRest),
		tolerance: 1e-8
	}
]);

describe('which way each assumption pushes the expansion', () => {
	const next = { option: 'next', output: 'value' };
	checkDirections(h, [
		{
			name: 'a larger lift never lowers the next tier’s value while an added order earns more than its late cost',
			param: 'lift',
			of: next,
			moves: 'up',
			given: (v) => v.margin - v.parcelCost - v.late * (v.refund + v.lostMargin) >= 0
		},
		{ name: 'a dearer parcel never raises it', param: 'parcelCost', of: next, moves: 'down' },
		{ name: 'a larger margin never lowers it', param: 'margin', of: next, moves: 'up' },
		{ name: 'more late orders never raise it', param: 'late', of: next, moves: 'down' },
		{ name: 'dearer compensation never raises it', param: 'refund', of: next, moves: 'down' },
		{ name: 'a dearer fast route never raises it', param: 'premium', of: next, moves: 'down' },
		{ name: 'a dearer fixed cost never raises it', param: 'fixedCost', of: next, moves: 'down' },
		{ name: 'a dearer launch never raises it', param: 'setup', of: next, moves: 'down' },
		{
			name: 'larger countries never lower the next tier’s lead over holding, where an order placed before earns something',
			param: 'qNext',
			of: { lead: ['next', 'hold'] },
			moves: 'up',
			given: (v) => perOrder(v) >= 0
		} satisfies Direction,
		{
			name: 'larger tail countries never lower all markets’ lead over the next tier, where an order earns something',
			param: 'qRest',
			of: { lead: ['all', 'next'] },
			moves: 'up',
			given: (v) => perOrder(v) >= 0
		}
	]);
});

describe('the break-even country size and lift', () => {
	checkBreakEven(h, 'qNext', ['next', 'hold'], qStar, { once: true });
	// The lift at which a typical next-tier country breaks even: Q × (u(m − c) − (1 + u) late k − p) = F + S ÷ A.
	checkBreakEven(
		h,
		'lift',
		['next', 'hold'],
		(v) => {
			const k = v.late * (v.refund + v.lostMargin);
			return ((v.fixedCost + v.setup / A(v)) / v.qNext + v.premium + k) / (v.margin - v.parcelCost - k);
		},
		{ once: true }
	);

	it('puts Q* at about 18 m orders a year at the defaults, above the next tier’s interval, as the card says', () => {
		const at = breakEven(h.param('qNext'), h.lead('next', 'hold'), defaults).value!;
		expect(Math.round(at)).toBe(18);
		expect(at).toBeGreaterThan(h.param('qNext').uncertain!.high);
	});

	it('puts the break-even lift at about two thirds, inside its interval and below Korea’s doubling', () => {
		const at = breakEven(h.param('lift'), h.lead('next', 'hold'), defaults).value!;
		expect(at).toBeCloseTo(0.67, 2);
		expect(at).toBeGreaterThan(h.param('lift').uncertain!.low);
		expect(at).toBeLessThan(h.param('lift').uncertain!.high);
	});

	it('ranks tiers by size: a tail country smaller than a next-tier one is worth less, and all markets trails the next tier', () => {
		expect(defaults.qRest).toBeLessThan(defaults.qNext);
		expect(h.output('all', 'value')).toBeLessThan(h.output('next', 'value'));
		// Twice the lift makes the next tier pay, and the tail still loses.
		const v = { ...defaults, lift: 1 };
		expect(h.output('next', 'value', v)).toBeGreaterThan(0);
		expect(h.output('all', 'value', v)).toBeLessThan(h.output('next', 'value', v));
	});
});

describe('the whole report a page shows', () => {
	it('is finite everywhere at the defaults, with the uncertainty run', () => {
		const report = new Reporter(h.cm).report(defaults, { samples: 1000, seed: 7 });
		const numbers = [
			...Object.values(report.results).flatMap((r) => [
				...Object.values(r.outputs),
				...Object.values(r.series).flat()
			]),
			...Object.values(report.profile!.lines).flat(),
			...report.tornado.flatMap((b) => [b.atLow, b.atHigh]),
			report.uncertainty!.ahead.p
		];
		for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
	}, 20000);
});

describe('the card’s other break-evens', () => {
	it('turns on the margin after delivery: a margin above about 5.4 or a parcel cost below about 3.1', () => {
		const lead = h.lead('next', 'hold');
		expect(breakEven(h.param('margin'), lead, defaults).value!).toBeCloseTo(5.42, 2);
		expect(breakEven(h.param('parcelCost'), lead, defaults).value!).toBeCloseTo(3.08, 2);
	});
});

describe('the card’s honesty about the size break-even', () => {
	it('puts Q* above the whole interval of a next-tier country’s size', () => {
		const at = breakEven(h.param('qNext'), h.lead('next', 'hold'), defaults).value!;
		expect(at).toBeGreaterThan(10);
		expect(h.param('qNext').uncertain).toEqual({ dist: 'lognormal', low: 1.5, high: 10 });
	});
});

describe('the card’s carries', () => {
	it('names every assumption whose break-even lies inside its 90 % interval, the crux first', () => {
		// Review finding: the card left out assumptions that flip the verdict inside their own intervals.
		const report = new Reporter(h.cm).report(defaults, { samples: 200, seed: 7 });
		const carries = def.card!.carries;
		for (const b of report.breakEvens) {
			const u = h.param(b.paramId).uncertain;
			if (b.value === null || !u || b.value < u.low || b.value > u.high) continue;
			expect(carries, b.paramId).toContain(b.paramId);
		}
		const crux = report.breakEvens.find((b) => b.paramId === carries[0])!;
		const u = h.param(carries[0]).uncertain!;
		expect(crux.value).not.toBeNull();
		expect(crux.value!).toBeGreaterThan(u.low);
		expect(crux.value!).toBeLessThan(u.high);
	});
});
