/**
 * The innovation subsidiaries' economics, as a specialist would check them: per unit, value = p · V −
 * funding − (synergy lost + overhead) after tax while independent, during the cycle and, for a unit that
 * succeeds, after it (a perpetuity L at the cycle's end, off its value at success); Δp* in present value;
 * outside capital at a fair price adds nothing (not free money) and at a discount costs the discount;
 * funding moves every option alike; the four units' rows add up to the verdict.
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
import { innovationSubsidiaries as def } from './model';

const h = harness(def);
const { evaluate, anyValues } = h;
const UNITS = ['1688', 'Xianyu', 'DingTalk', 'Quark'] as const;
type Unit = (typeof UNITS)[number];

/** Years of the cycle as the series count them: t = 1 … n with t ≤ years; a success at the first t ≥ years. */
const costYears = (v: ParamValues) => Math.floor(v.years + 1e-12);
const prizeYear = (v: ParamValues) => Math.ceil(v.years - 1e-12);
/** Σ (1 + r)^−t over the cycle: a dollar a year of funding, today. */
const annuity = (v: ParamValues) =>
	Array.from({ length: costYears(v) }, (_, k) => (1 + v.rate) ** -(k + 1)).reduce((a, b) => a + b, 0);
const atEnd = (v: ParamValues) => (1 + v.rate) ** -prizeYear(v);
/** What a successful independent unit goes on losing after the cycle, for good, valued at the cycle's end. */
const after = (v: ParamValues, u: Unit) => (v.persist * (1 - v.tax) * (v[`s${u}`] + v.overhead)) / v.rate;
/** One unit's value to the group, run inside (ind 0) or independent (ind 1), with outside capital or not. */
const unitValue = (v: ParamValues, u: Unit, ind: number, outside = 0) =>
	(v.pBase + ind * v.lift) *
		(v[`V${u}`] - ind * after(v, u)) *
		atEnd(v) *
		(1 - outside * ind * v.outsideShare * v.investorDiscount) -
	annuity(v) * (v.funding + ind * (1 - v.tax) * (v[`s${u}`] + v.overhead));
const portfolio = (v: ParamValues, ind: Record<Unit, number>, outside = 0) =>
	UNITS.reduce((a, u) => a + unitValue(v, u, ind[u], outside), 0);
const ALL = { '1688': 1, Xianyu: 1, DingTalk: 1, Quark: 1 };
const NONE = { '1688': 0, Xianyu: 0, DingTalk: 0, Quark: 0 };
const SPLIT = { '1688': 0, Xianyu: 0, DingTalk: 1, Quark: 1 };

checkAsData(h);

// At 8.5 % over four years: 1.085^4 = 1.385859, so a success in 2027 is worth 0.7215743 of its value today,
// and four years of a dollar are worth (1 − 0.7215743) / 0.085 = 3.2755967. After the cycle a successful
// independent unit loses 0.75 × (s + 0.05) a year for good: L = 0.75 × (s + 0.05) / 0.085 at the cycle's end.
const D = 0.72157428;
const A = 3.27559666;
const L1688 = (0.75 * 0.35) / 0.085; // 3.088235
const LXianyu = (0.75 * 0.3) / 0.085; // 2.647059
const LDingTalk = (0.75 * 0.08) / 0.085; // 0.705882
const LQuark = (0.75 * 0.1) / 0.085; // 0.882353
checkByHand(h, [
	{
		name: 'inside: 1688 is 0.3 × 8 × 0.72157 − 0.25 × 3.27560 = 1.73178 − 0.81890 = 0.91288',
		option: 'integrated',
		output: 'unit1688',
		expected: 0.3 * 8 * D - 0.25 * A,
		tolerance: 1e-6
	},
	{
		name: 'independent: 1688 is 0.4 × (8 − 3.08824) × 0.72157 − 0.81890 − 0.75 × (0.3 + 0.05) × 3.27560 = 1.41770 − 0.81890 − 0.85984 = −0.26104',
		option: 'independent',
		output: 'unit1688',
		expected: 0.4 * (8 - L1688) * D - 0.25 * A - 0.75 * 0.35 * A,
		tolerance: 1e-6
	},
	{
		name: 'independent: DingTalk is 0.4 × (5 − 0.70588) × 0.72157 − 0.81890 − 0.75 × 0.08 × 3.27560 = 1.23938 − 0.81890 − 0.19654 = 0.22394',
		option: 'independent',
		output: 'unitDingTalk',
		expected: 0.4 * (5 - LDingTalk) * D - 0.25 * A - 0.75 * 0.08 * A,
		tolerance: 1e-6
	},
	{
		name: 'Δp* for 1688: 0.85984 / ((8 − 3.08824) × 0.72157) + 0.3 × 3.08824 / (8 − 3.08824) = 0.24260 + 0.18862 = 0.431',
		option: 'integrated',
		output: 'star1688',
		expected: (0.75 * 0.35 * A) / ((8 - L1688) * D) + (0.3 * L1688) / (8 - L1688),
		tolerance: 1e-6
	},
	{
		name: 'Δp* for Xianyu: 0.73701 / ((6 − 2.64706) × 0.72157) + 0.3 × 2.64706 / (6 − 2.64706) = 0.30463 + 0.23684 = 0.541',
		option: 'integrated',
		output: 'starXianyu',
		expected: (0.75 * 0.3 * A) / ((6 - LXianyu) * D) + (0.3 * LXianyu) / (6 - LXianyu),
		tolerance: 1e-6
	},
	{
		name: 'Δp* for DingTalk: 0.19654 / ((5 − 0.70588) × 0.72157) + 0.3 × 0.70588 / (5 − 0.70588) = 0.06343 + 0.04932 = 0.1128',
		option: 'integrated',
		output: 'starDingTalk',
		expected: (0.75 * 0.08 * A) / ((5 - LDingTalk) * D) + (0.3 * LDingTalk) / (5 - LDingTalk),
		tolerance: 1e-6
	},
	{
		name: 'outside capital: 0.2 × 0.15 × 0.4 × (24 − 7.32353) × 0.72157 = 0.1444 given up',
		option: 'outside',
		output: 'dilution',
		expected: 0.2 * 0.15 * 0.4 * (24 - L1688 - LXianyu - LDingTalk - LQuark) * D,
		tolerance: 1e-6
	}
]);

checkClosedForms(h, [
	{
		name: 'inside: Σ p V (1 + r)^−n − funding × A',
		option: 'integrated',
		output: 'value',
		formula: (v) => portfolio(v, NONE)
	},
	{
		name: 'independent: Σ (p + Δp)(V − L)(1 + r)^−n − (funding + (1 − tax)(s + c)) × A',
		option: 'independent',
		output: 'value',
		formula: (v) => portfolio(v, ALL)
	},
	{
		name: 'outside: independent less the investors’ discount on the share sold',
		option: 'outside',
		output: 'value',
		formula: (v) => portfolio(v, ALL, 1)
	},
	{
		name: 'split: commerce units inside, the others independent',
		option: 'split',
		output: 'value',
		formula: (v) => portfolio(v, SPLIT)
	}
]);

describe('outside capital, funding and the units’ rows', () => {
	it('outside capital at a fair price is worth exactly what independence is: not free money', () =>
		fc.assert(
			fc.property(anyValues, (any) => {
				const r = evaluate({ ...any, investorDiscount: 0 });
				close(r.outside.outputs.value, r.independent.outputs.value, 'fair price');
			})
		));

	it('the funding moves every option alike and changes no lead', () =>
		fc.assert(
			fc.property(anyValues, fc.double({ min: 0, max: 1, noNaN: true }), (v, funding) => {
				const a = evaluate(v);
				const b = evaluate({ ...v, funding });
				const lead = (r: typeof a) => r.independent.outputs.value - r.integrated.outputs.value;
				close(lead(b), lead(a), 'lead with other funding', 1e-9);
			})
		));

	it('at Δp = Δp* independence leaves each unit’s row unchanged', () => {
		for (const u of UNITS) {
			const star = h.output('integrated', `star${u}`);
			const at = { lift: star };
			close(h.output('independent', `unit${u}`, at), h.output('integrated', `unit${u}`, at), u, 1e-9);
		}
	});

	it('the commerce units need a larger lift than DingTalk and Quark: the model’s reason for the reversal', () => {
		const star = (u: Unit) => h.output('integrated', `star${u}`);
		expect(Math.min(star('1688'), star('Xianyu'))).toBeGreaterThan(
			2 * Math.max(star('DingTalk'), star('Quark'))
		);
		expect(Math.min(star('1688'), star('Xianyu'))).toBeGreaterThan(h.param('lift').max);
	});

	it('with no independence after the cycle (persist 0) the model is revision 1’s', async () => {
		const { default: r1 } = await import('./revisions/r1');
		const old = harness(r1);
		fc.assert(
			fc.property(anyValues, (v) => {
				const now = evaluate({ ...v, persist: 0 });
				const then = old.evaluate(v);
				for (const o of Object.keys(now)) close(now[o].outputs.value, then[o].outputs.value, o, 1e-9);
			}),
			{ numRuns: 50 }
		);
	});

	it('a unit whose loss after the cycle is as large as its value at success can never pay: Δp* is 100 %', () => {
		expect(h.output('integrated', 'starDingTalk', { sDingTalk: 1, VDingTalk: 1 })).toBe(1);
	});
});

describe('which way each assumption pushes the answer', () => {
	checkDirections(h, [
		{
			name: 'a larger lift favours independence',
			param: 'lift',
			of: { lead: ['independent', 'integrated'] },
			moves: 'up'
		},
		{
			name: 'more shared traffic at 1688 favours keeping it inside',
			param: 's1688',
			of: { lead: ['integrated', 'independent'] },
			moves: 'up'
		},
		{
			name: 'more shared traffic at Xianyu favours keeping it inside',
			param: 'sXianyu',
			of: { lead: ['integrated', 'independent'] },
			moves: 'up'
		},
		{
			name: 'more overhead favours keeping the units inside',
			param: 'overhead',
			of: { lead: ['integrated', 'independent'] },
			moves: 'up'
		},
		{
			name: 'independence that lasts after the cycle favours keeping the units inside',
			param: 'persist',
			of: { lead: ['integrated', 'split'] },
			moves: 'up'
		},
		{
			name: 'a deeper investors’ discount makes outside capital worse',
			param: 'investorDiscount',
			of: { lead: ['outside', 'independent'] },
			moves: 'down'
		},
		{
			name: 'a larger DingTalk favours independence',
			param: 'VDingTalk',
			of: { lead: ['independent', 'integrated'] },
			moves: 'up',
			given: (v) => v.lift >= 0
		}
	]);
});

/**
 * The lift at which the units `us` made independent tie with all of them inside:
 * Δp* = Σ [(1 − tax)(s + c) A + p L (1 + r)^−n] / (Σ (V − L) (1 + r)^−n).
 */
const liftThatPays = (v: ParamValues, us: readonly Unit[]) =>
	us.reduce(
		(a, u) => a + (1 - v.tax) * (v[`s${u}`] + v.overhead) * annuity(v) + v.pBase * after(v, u) * atEnd(v),
		0
	) / us.reduce((a, u) => a + (v[`V${u}`] - after(v, u)) * atEnd(v), 0);

it('all four independent tie with all inside at the lift the algebra gives (about 30 points, off the top of its range)', () => {
	fc.assert(
		fc.property(anyValues, (v) => {
			const lift = liftThatPays(v, UNITS);
			fc.pre(Number.isFinite(lift) && lift > 0 && lift < 1 - v.pBase);
			const r = evaluate({ ...v, lift });
			close(r.independent.outputs.value, r.integrated.outputs.value, 'tie', 1e-9);
		}),
		{ numRuns: 200 }
	);
	expect(liftThatPays(h.defaults, UNITS)).toBeGreaterThan(h.param('lift').max);
});

// DingTalk and Quark independent against none: the same break-even over those two units alone.
checkBreakEven(h, 'lift', ['split', 'integrated'], (v) => liftThatPays(v, ['DingTalk', 'Quark']), {
	once: true
});

// The same two units: the share of their loss that may go on after the cycle before the split stops paying,
// persist* = Σ (Δp V (1 + r)^−n − (1 − tax)(s + c) A) / Σ ((p + Δp)(1 − tax)(s + c) / r (1 + r)^−n).
checkBreakEven(
	h,
	'persist',
	['split', 'integrated'],
	(v) =>
		(['DingTalk', 'Quark'] as const).reduce(
			(a, u) => a + v.lift * v[`V${u}`] * atEnd(v) - (1 - v.tax) * (v[`s${u}`] + v.overhead) * annuity(v),
			0
		) /
		(['DingTalk', 'Quark'] as const).reduce(
			(a, u) => a + ((v.pBase + v.lift) * (1 - v.tax) * (v[`s${u}`] + v.overhead) * atEnd(v)) / v.rate,
			0
		),
	{ once: true }
);

it('shows the value after the cycle, the terminal value inside each row, as its own figure (review)', () => {
	const v = h.defaults;
	const d = (1 + v.rate) ** -v.years;
	const inside = v.pBase * (v.V1688 + v.VXianyu + v.VDingTalk + v.VQuark) * d;
	expect(h.output('integrated', 'afterCycle')).toBeCloseTo(inside, 9);
	expect(h.output('independent', 'afterCycle')).toBeCloseTo(
		UNITS.reduce((a, u) => a + (v.pBase + v.lift) * (v[`V${u}`] - after(v, u)) * d, 0),
		9
	);
	expect(h.output('integrated', 'afterCycle')).toBeGreaterThan(h.output('integrated', 'value'));
});
