/**
 * The cloud spin-off model's economics, as a reader of the case would check them by hand: the value of
 * each option at the defaults, which way the chip-control probability pushes the answer, the settings
 * where the answer has a closed form, and the break-even values the engine finds.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { advantage, breakEven, evaluator, overtake, verdict } from '$lib/engine/analysis';
import { compileModel } from '$lib/engine/model';
import { sweeper, sweepBreakEven } from '$lib/engine/sweep';
import type { ParamValues } from '$lib/engine/types';
import { Reporter } from '$lib/engine/report';
import { checkCitations } from '$lib/sources/quotes';
import { cloudSpinoff as def } from './model';

const cm = compileModel(def);
const evaluate = evaluator(cm);
const spinMinusKeep = advantage(cm, evaluate, 'spinoff', 'keep');
const sweep = sweeper(cm)('spinoff', 'keep');
const defaults: ParamValues = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
const param = (id: string) => cm.params.get(id)!;
const grid = (id: string, steps: number) => {
	const { min, max } = param(id);
	return Array.from({ length: steps + 1 }, (_, k) => min + ((max - min) * k) / steps);
};
/** Random values within every parameter's range, for checks that must hold everywhere. */
const anyValues = fc.record(
	Object.fromEntries(
		def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })] as const)
	)
);
/** Non-increasing along a grid, allowing only rounding noise. */
const expectNonIncreasing = (xs: number[]) => {
	for (let k = 1; k < xs.length; k++) {
		expect(xs[k] - xs[k - 1]).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(xs[k])));
	}
};

describe('the cloud spin-off model as data', () => {
	it('compiles and passes the model checks', () => {
		expect(() => compileModel(def)).not.toThrow();
		expect(cm.def.id).toBe('cloud-spinoff');
	});

	it('quotes every seed passage verbatim', () => {
		expect(checkCitations([def])).toEqual([]);
	});
});

describe('the cloud unit at its defaults', () => {
	const r = evaluate(defaults);
	// Growth (10 %) equals the discount rate (10 %), so each year of calm cash is worth m·R = 0.09 · 15.6
	// = 1.404 in today's money, and the years after 2033 are worth 1.404 · 1.03 / 0.07 = 20.659.
	const mR = 0.09 * 15.6;
	const afterFactor = 1.03 / (0.1 - 0.03);
	const calm = mR * 10 + mR * afterFactor; // 34.699
	// Expected loss when controls tighten and growth falls by l: p · m · R · [Σ(1 − q^t) + (1 − q^10) · 1.03 / 0.07]
	// with q = (1.1 − l) / 1.1, the tightened path relative to the calm one in today's money.
	const chipCost = (lost: number) => {
		const q = (1.1 - lost) / 1.1;
		let years = 0;
		for (let t = 1; t <= 10; t++) years += 1 - q ** t;
		return 0.5 * mR * (years + (1 - q ** 10) * afterFactor);
	};
	// Capital invested by year t: k · R · Σ_{s=1..t} 1.1^s = 11 · k · R · (1.1^t − 1); a premium π on it,
	// discounted, is 11 · π · k · R · (1 − 1.1^−t). Summed over ten years: 11πkR · (10 − a10), a10 = 6.1446;
	// after 2033: 11πkR · (1 − 1.1^−10) · 1.03 / 0.07.
	const a10 = (1 - 1.1 ** -10) / 0.1;
	const funding = 11 * 0.01 * 0.15 * 15.6 * (10 - a10 + (1 - 1.1 ** -10) * afterFactor); // 3.320

	it('starts revenue at 15.6 bn growing 10 % a year, losing 6 points standalone and 3 in the group if controls tighten', () => {
		r.spinoff.series.revCalm.forEach((x, t) => expect(x).toBeCloseTo(15.6 * 1.1 ** t, 10));
		r.spinoff.series.revTight.forEach((x, t) => expect(x).toBeCloseTo(15.6 * 1.04 ** t, 10));
		r.keep.series.revTight.forEach((x, t) => expect(x).toBeCloseTo(15.6 * 1.07 ** t, 10));
		expect(r.spinoff.series.cash[0]).toBe(0);
		expect(r.keep.series.cash[1]).toBeCloseTo(0.09 * 15.6 * (0.5 * 1.1 + 0.5 * 1.07), 12);
	});

	it('charges the extra funding cost only standalone: 1 % a year on the capital spent since 2023', () => {
		expect(r.keep.series.funding.every((x) => x === 0)).toBe(true);
		expect(r.spinoff.series.funding[1]).toBeCloseTo(0.01 * 0.15 * 15.6 * 1.1, 12);
		expect(r.spinoff.series.funding[2]).toBeCloseTo(0.01 * 0.15 * 15.6 * (1.1 + 1.21), 12);
		expect(r.spinoff.outputs.fundingCost).toBeCloseTo(funding, 9);
		expect(funding.toFixed(2)).toBe('3.32');
	});

	it('values the spin-off at 34.70 − 6.23 − 3.32 = 25.15 bn', () => {
		expect(calm.toFixed(2)).toBe('34.70');
		expect(chipCost(0.06).toFixed(2)).toBe('6.23');
		expect(r.spinoff.outputs.chipCost).toBeCloseTo(chipCost(0.06), 9);
		expect(r.spinoff.outputs.value).toBeCloseTo(calm - chipCost(0.06) - funding, 9);
		expect(r.spinoff.outputs.value.toFixed(2)).toBe('25.15');
	});

	it('values keeping it at 0.85 × (34.70 − 3.47) = 26.55 bn', () => {
		expect(chipCost(0.03).toFixed(2)).toBe('3.47');
		expect(r.keep.outputs.chipCost).toBeCloseTo(chipCost(0.03), 9);
		expect(r.keep.outputs.value).toBeCloseTo(0.85 * (calm - chipCost(0.03)), 9);
		expect(r.keep.outputs.value.toFixed(2)).toBe('26.55');
		expect(r.keep.outputs.discountCost).toBeCloseTo(0.15 * (calm - chipCost(0.03)), 9);
	});

	it('has keeping the unit win by about 1.4 bn, as Alibaba chose', () => {
		const v = verdict(cm, r);
		expect(v.best).toBe('keep');
		expect(v.margin).toBeCloseTo(0.85 * (calm - chipCost(0.03)) - (calm - chipCost(0.06) - funding), 9);
		expect(v.margin.toFixed(2)).toBe('1.40');
	});

	it('shows the spin-off ahead year by year until the value after 2033 is counted', () => {
		// The discount removed pays at once; the funding cost and the chip loss compound, and most of
		// their weight lies beyond 2033.
		for (let t = 1; t < 10; t++) expect(r.spinoff.series.pv[t]).toBeGreaterThan(r.keep.series.pv[t]);
		expect(overtake(cm, r, 'keep', 'spinoff')).toEqual({ period: 10, year: 2033 });
	});

	it('adds up: value = credited share × (calm value − chip cost − funding cost)', () => {
		for (const option of ['spinoff', 'keep']) {
			const o = r[option].outputs;
			expect(o.intrinsic).toBeCloseTo(calm - o.chipCost - o.fundingCost, 9);
			expect(o.value).toBeCloseTo(r[option].series.credited[0] * o.intrinsic, 9);
			expect(o.value).toBeCloseTo(o.intrinsic - o.discountCost, 9);
		}
	});
});

describe('which way the chip-control probability pushes the answer', () => {
	it('never makes the spin-off worth more when tighter controls become more likely, at any values', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const worth = grid('pTighten', 8).map(
					(p) => evaluate({ ...values, pTighten: p }).spinoff.outputs.value
				);
				expectNonIncreasing(worth);
			}),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});

	it('never raises the spin-off’s advantage over keeping when tighter controls become more likely, at any values', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				expectNonIncreasing(grid('pTighten', 8).map((p) => spinMinusKeep({ ...values, pTighten: p })));
			}),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});

	it('never lowers the spin-off’s advantage when the conglomerate discount grows, nor raises it when funding costs more', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const byDiscount = grid('discount', 6).map((d) => -spinMinusKeep({ ...values, discount: d }));
				const byPremium = grid('fundingPremium', 6).map((f) =>
					spinMinusKeep({ ...values, fundingPremium: f })
				);
				expectNonIncreasing(byDiscount);
				expectNonIncreasing(byPremium);
			}),
			{ numRuns: 100 }
		);
		expect(true).toBe(true);
	});
});

describe('closed forms', () => {
	it('makes the spin-off’s advantage exactly discount × value when controls cannot tighten and funding costs no more', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const v: ParamValues = { ...values, pTighten: 0, fundingPremium: 0 };
				const r = evaluate(v);
				const whole = r.spinoff.outputs.value;
				expect(r.keep.outputs.intrinsic).toBeCloseTo(whole, 9);
				expect(spinMinusKeep(v)).toBeCloseTo(v.discount * whole, 9);
			}),
			{ numRuns: 100 }
		);
		expect(spinMinusKeep({ ...defaults, pTighten: 0, fundingPremium: 0 })).toBeCloseTo(0.15 * 34.69886, 4);
	});

	it('values steady growth as a growing perpetuity: m · R · (1 + g) / (r − g)', () => {
		// With growth equal to the long-run rate and no chip risk, the ten years and the years after join
		// into one perpetuity: 0.1 · 20 · 1.04 / (0.09 − 0.04) = 41.6.
		const values = { ...defaults, pTighten: 0, fundingPremium: 0, growth: 0.04, longGrowth: 0.04 };
		const r = evaluate({ ...values, margin: 0.1, rev0: 20, rate: 0.09 });
		expect(r.spinoff.outputs.value).toBeCloseTo(41.6, 9);
		expect(r.keep.outputs.value).toBeCloseTo(0.85 * 41.6, 9);
	});

	it('makes the funding cost grow by π · k · R each year when revenue is flat', () => {
		const r = evaluate({ ...defaults, growth: 0 });
		r.spinoff.series.funding.forEach((x, t) => expect(x).toBeCloseTo(0.01 * 0.15 * 15.6 * t, 12));
	});

	it('makes the chip probability irrelevant when tighter controls cost no growth', () => {
		const at = (p: number) => spinMinusKeep({ ...defaults, hit: 0, pTighten: p });
		expect(at(1)).toBeCloseTo(at(0), 12);
	});
});

describe('break-even: the probability of tighter controls above which keeping is worth more', () => {
	const p = param('pTighten');

	it('is found by the engine inside the range, with the options equal there', () => {
		const be = breakEven(p, spinMinusKeep, defaults);
		expect(be.crossings).toHaveLength(1);
		const x = be.value!;
		expect(x).toBeGreaterThan(p.min);
		expect(x).toBeLessThan(p.max);
		expect(Math.abs(spinMinusKeep({ ...defaults, pTighten: x }))).toBeLessThan(1e-9);
		// About 29 %: the spin-off wins if tighter controls are less likely than that.
		expect(x).toBeCloseTo(0.287, 3);
		expect(sweepBreakEven(cm, 'pTighten', sweep, defaults).value!).toBeCloseTo(x, 6);
	});

	it('agrees with the hand calculation: the advantage is linear in p, so p* = A(0) / (A(0) − A(1))', () => {
		// A(0) = 0.15 · 34.70 − 3.32 = 1.885; A(1) = 2 × (−1.399) − 1.885 = −4.683 (A(0.5) = −1.399).
		const a0 = spinMinusKeep({ ...defaults, pTighten: 0 });
		const a1 = spinMinusKeep({ ...defaults, pTighten: 1 });
		expect(a0).toBeCloseTo(0.15 * 34.698857 - 3.319617, 5);
		const x = breakEven(p, spinMinusKeep, defaults).value!;
		expect(x).toBeCloseTo(a0 / (a0 - a1), 9);
	});

	it('flips the verdict from spin-off to keep across it', () => {
		const x = breakEven(p, spinMinusKeep, defaults).value!;
		expect(verdict(cm, evaluate({ ...defaults, pTighten: x - 0.01 })).best).toBe('spinoff');
		expect(verdict(cm, evaluate({ ...defaults, pTighten: x + 0.01 })).best).toBe('keep');
	});
});

describe('break-even: the conglomerate discount that pays for the funding cost', () => {
	const discount = param('discount');
	const breakEvenDiscount = (fundingPremium: number) =>
		sweepBreakEven(cm, 'discount', sweep, { ...defaults, fundingPremium }).value;

	it('rises about ten points for each point of extra funding cost', () => {
		// Found by the engine at the defaults (p = 50 %): the spin-off wins only above these discounts.
		const table: [number, number][] = [
			[0, 0.0885],
			[0.005, 0.1416],
			[0.01, 0.1948],
			[0.015, 0.2479],
			[0.02, 0.3011]
		];
		for (const [premium, expected] of table) {
			const x = breakEvenDiscount(premium)!;
			expect(x).toBeCloseTo(expected, 3);
			expect(Math.abs(spinMinusKeep({ ...defaults, fundingPremium: premium, discount: x }))).toBeLessThan(
				1e-6
			);
		}
	});

	it('has no break-even in range once funding costs three points more: keeping wins at any discount', () => {
		expect(breakEvenDiscount(0.03)).toBeNull();
		expect(spinMinusKeep({ ...defaults, fundingPremium: 0.03, discount: discount.max })).toBeLessThan(0);
	});

	it('agrees with the closed form at no extra funding cost: d* = 1 − spin-off value / keep’s undiscounted value', () => {
		const r = evaluate({ ...defaults, fundingPremium: 0 });
		const expected = 1 - r.spinoff.outputs.value / r.keep.outputs.intrinsic;
		expect(breakEven(discount, spinMinusKeep, { ...defaults, fundingPremium: 0 }).value!).toBeCloseTo(
			expected,
			9
		);
	});
});

describe('the whole report a page shows', () => {
	it('runs Monte Carlo, tornado and every break-even with finite numbers only', () => {
		const rep = new Reporter(cm).report(defaults, { samples: 2000, seed: 7 });
		const u = rep.uncertainty!;
		expect(u.best).toBe('keep');
		expect(Number.isFinite(u.ahead.p)).toBe(true);
		for (const o of Object.values(u.options)) expect(Number.isFinite(o.outcome.mean)).toBe(true);
		for (const bar of rep.tornado)
			expect(Number.isFinite(bar.atLow) && Number.isFinite(bar.atHigh)).toBe(true);
		// The engine's break-even probability matches the one found above.
		const be = rep.breakEvens.find((b) => b.paramId === 'pTighten')!;
		expect(be.value!).toBeCloseTo(0.287, 3);
	});
});
