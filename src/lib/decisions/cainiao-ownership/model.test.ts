/**
 * The Cainiao model's economics, as a reader of the case would check them by hand: what the buyout pays,
 * how much of Cainiao Alibaba keeps after an IPO, which way each assumption pushes the answer, and a few
 * settings where the whole value has a closed form.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { advantage, breakEven, evaluator, verdict } from '$lib/engine/analysis';
import { compileModel } from '$lib/engine/model';
import type { ParamValues } from '$lib/engine/types';
import { cainiaoOwnership as def } from './model';

const cm = compileModel(def);
const evaluate = evaluator(cm);
const ownMinusIpo = advantage(cm, evaluate, 'own', 'ipo');
const defaults: ParamValues = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
const range = (id: string) => {
	const p = cm.params.get(id)!;
	return { min: p.min, max: p.max };
};
const grid = (id: string, steps: number) => {
	const { min, max } = range(id);
	return Array.from({ length: steps + 1 }, (_, k) => min + ((max - min) * k) / steps);
};
/** Random values within every parameter's range, for checks that must hold everywhere. */
const anyValues = fc.record(
	Object.fromEntries(
		def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })] as const)
	)
);

describe('Cainiao at its defaults', () => {
	const r = evaluate(defaults);

	it('has the buyout pay the minority’s share of the valuation upfront: 0.363 × 10.3 = 3.74 bn', () => {
		expect(r.own.outputs.paid).toBeCloseTo(-(1 - 0.637) * 10.3, 12);
		expect(r.own.outputs.paid.toFixed(2)).toBe('-3.74');
		expect(r.own.series.upfront.slice(1).every((x) => x === 0)).toBe(true);
	});

	it('has the IPO dilute Alibaba to stake·V(1 − d) / (V(1 − d) + raise)', () => {
		const post = 10.3 * (1 - 0.12);
		const share = (0.637 * post) / (post + 1.5);
		expect(share).toBeCloseTo(0.54655, 5);
		for (const s of r.ipo.series.share) expect(s).toBeCloseTo(share, 12);
		for (const s of r.own.series.share) expect(s).toBe(1);
		// Alibaba's part of the new money, net of fees, arrives at the deal.
		expect(r.ipo.outputs.paid).toBeCloseTo(share * 1.5 * (1 - 0.03), 12);
	});

	it('starts revenue at 13.6 bn growing 12 % a year, with no operating cash at the deal', () => {
		r.ipo.series.revenue.forEach((x, t) => expect(x).toBeCloseTo(13.6 * 1.12 ** t, 10));
		expect(r.ipo.series.operating[0]).toBe(0);
		expect(r.ipo.series.operating[1]).toBeCloseTo(13.6 * 1.12 * 0.035, 12);
		// Owned outright, Cainiao gives up one point of margin to serve the group.
		expect(r.own.series.operating[1]).toBeCloseTo(13.6 * 1.12 * (0.035 - 0.01), 12);
	});

	it('splits the value into the years to 2033 and the years after', () => {
		for (const option of ['own', 'ipo']) {
			const o = r[option].outputs;
			expect(o.value).toBeCloseTo(o.horizon + o.beyond, 12);
			expect(o.horizon).toBeCloseTo(r[option].series.pv[9], 12);
		}
	});

	it('is a close call that the IPO wins by about 0.3 bn', () => {
		const v = verdict(cm, r);
		expect(v.best).toBe('ipo');
		expect(v.margin).toBeGreaterThan(0.2);
		expect(v.margin).toBeLessThan(0.4);
	});
});

describe('which way each assumption pushes the answer', () => {
	it('never lowers own − ipo when the platform benefit (uplift) grows, at defaults', () => {
		const diffs = grid('uplift', 40).map((u) => ownMinusIpo({ ...defaults, uplift: u }));
		for (let k = 1; k < diffs.length; k++) expect(diffs[k]).toBeGreaterThanOrEqual(diffs[k - 1]);
		expect(diffs[diffs.length - 1]).toBeGreaterThan(diffs[0]);
	});

	it('never lowers own − ipo when uplift grows, at any values within range', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const diffs = grid('uplift', 8).map((u) => ownMinusIpo({ ...values, uplift: u }));
				for (let k = 1; k < diffs.length; k++) {
					expect(diffs[k] - diffs[k - 1]).toBeGreaterThanOrEqual(-1e-12 * Math.max(1, Math.abs(diffs[k])));
				}
			}),
			{ numRuns: 30 }
		);
		expect(true).toBe(true);
	});

	it('never raises own − ipo when the valuation grows, at defaults', () => {
		const diffs = grid('valuation', 40).map((v) => ownMinusIpo({ ...defaults, valuation: v }));
		for (let k = 1; k < diffs.length; k++) expect(diffs[k]).toBeLessThanOrEqual(diffs[k - 1]);
		expect(diffs[diffs.length - 1]).toBeLessThan(diffs[0]);
	});

	it('never raises own − ipo when the valuation grows, wherever the listed Cainiao earns a margin', () => {
		// A higher valuation costs the buyer more and dilutes the IPO less; with a negative margin a
		// bigger share of losses could outweigh that, so the margin is kept at or above zero here.
		fc.assert(
			fc.property(anyValues, fc.double({ min: 0, max: 0.1, noNaN: true }), (values, margin) => {
				const diffs = grid('valuation', 8).map((v) => ownMinusIpo({ ...values, margin, valuation: v }));
				for (let k = 1; k < diffs.length; k++) {
					expect(diffs[k] - diffs[k - 1]).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(diffs[k])));
				}
			}),
			{ numRuns: 30 }
		);
		expect(true).toBe(true);
	});

	it('makes the uplift irrelevant when a listed Cainiao keeps the whole benefit (capture = 1)', () => {
		const at = (uplift: number) => ownMinusIpo({ ...defaults, capture: 1, uplift });
		expect(at(0.05)).toBeCloseTo(at(0), 12);
	});
});

describe('closed forms', () => {
	it('reduces own − ipo to the cash at the deal when nothing else differs', () => {
		// capture = 1 and subsidy = 0 give both options the same benefit and operating cash; with a zero
		// margin there is none, so own − ipo = −(1 − stake)·V − share·raise·(1 − fees), where
		// share = 0.6·10 / (10 + 2.5) = 0.48: −4 − 0.48 · 2.5 · 0.98 = −5.176.
		const values = {
			...defaults,
			capture: 1,
			subsidy: 0,
			margin: 0,
			stake: 0.6,
			valuation: 10,
			discount: 0,
			raise: 2.5,
			fees: 0.02
		};
		expect(ownMinusIpo(values)).toBeCloseTo(-5.176, 12);
		const r = evaluate(values);
		expect(r.ipo.series.share[0]).toBeCloseTo(0.48, 12);
		expect(r.own.outputs.paid).toBeCloseTo(-4, 12);
	});

	it('values flat cash flows as a perpetuity: own = −(1 − stake)·V + R·m / r', () => {
		// No growth before or after 2033, no platform benefit: nine years of R·m and a continuing value
		// of R·m / r add up to R·m / r exactly: 10 · 0.05 / 0.1 = 5.
		const values = {
			...defaults,
			growth: 0,
			longGrowth: 0,
			uplift: 0,
			subsidy: 0,
			revenue0: 10,
			margin: 0.05,
			rate: 0.1,
			stake: 0.6,
			valuation: 10,
			discount: 0,
			raise: 2.5,
			fees: 0.02
		};
		const r = evaluate(values);
		expect(r.own.outputs.value).toBeCloseTo(-4 + 5, 10);
		// The listed Cainiao's owner gets 48 % of the same perpetuity and of the net proceeds.
		expect(r.ipo.outputs.value).toBeCloseTo(0.48 * (5 + 2.5 * 0.98), 10);
		// The years to 2033 hold the annuity part: 0.5 · (1 − 1.1^−9) / 0.1.
		expect(r.own.outputs.horizon).toBeCloseTo(-4 + (0.5 * (1 - 1.1 ** -9)) / 0.1, 10);
	});

	it('values a flat platform benefit as u·E / r when it is fully ramped after a year', () => {
		const values = { ...defaults, uplift: 0.02, ecomProfit: 25, longGrowth: 0, rampYears: 1, rate: 0.1 };
		const r = evaluate(values);
		expect(r.own.outputs.platform).toBeCloseTo((0.02 * 25) / 0.1, 10);
		expect(r.ipo.outputs.platform).toBeCloseTo((0.4 * (0.02 * 25)) / 0.1, 10);
		expect(r.own.series.benefit[0]).toBe(0);
		expect(r.own.series.benefit[1]).toBeCloseTo(0.5, 12);
	});

	it('ramps the benefit in linearly over rampYears', () => {
		const r = evaluate({ ...defaults, longGrowth: 0, rampYears: 4 });
		const full = 0.01 * 25;
		[0, 0.25, 0.5, 0.75, 1, 1].forEach((f, t) => expect(r.own.series.benefit[t]).toBeCloseTo(full * f, 12));
	});
});

describe('break-even', () => {
	const uplift = cm.params.get('uplift')!;

	it('finds the uplift at which owning starts to pay inside the parameter’s range', () => {
		const be = breakEven(uplift, ownMinusIpo, defaults);
		expect(be.crossings).toHaveLength(1);
		expect(be.value).not.toBeNull();
		const x = be.value!;
		expect(x).toBeGreaterThan(uplift.min);
		expect(x).toBeLessThan(uplift.max);
		expect(Math.abs(ownMinusIpo({ ...defaults, uplift: x }))).toBeLessThan(1e-9);
		// own − ipo is linear in the uplift, so the crossing is where the line through its ends is zero.
		const lo = ownMinusIpo({ ...defaults, uplift: uplift.min });
		const hi = ownMinusIpo({ ...defaults, uplift: uplift.max });
		expect(x).toBeCloseTo(uplift.min - (lo * (uplift.max - uplift.min)) / (hi - lo), 9);
	});

	it('flips the verdict from listing to owning across the break-even uplift', () => {
		const x = breakEven(uplift, ownMinusIpo, defaults).value!;
		expect(verdict(cm, evaluate({ ...defaults, uplift: x * 0.99 })).best).toBe('ipo');
		expect(verdict(cm, evaluate({ ...defaults, uplift: x * 1.01 })).best).toBe('own');
	});
});
