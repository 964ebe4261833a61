/**
 * The last-mile model’s economics, as a reader of the case would check them by hand: the all-in cost per
 * parcel of each option at the defaults, the closed form fixed ÷ volume + variable when density plays no
 * part, which way volume, density and the cost of a missed guarantee push each option, and the daily
 * volume at which buying a carrier beats paying partners, found by the engine.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { advantage, breakEven, evaluator, overtake, verdict } from '$lib/engine/analysis';
import { compileModel } from '$lib/engine/model';
import { Profiler } from '$lib/engine/profile';
import { Reporter } from '$lib/engine/report';
import { sweepBreakEven, sweeper } from '$lib/engine/sweep';
import type { ParamValues } from '$lib/engine/types';
import { checkCitations } from '$lib/sources/quotes';
import { lastMile as def } from './model';

const cm = compileModel(def);
const evaluate = evaluator(cm);
const buyOverPartner = advantage(cm, evaluate, 'buy', 'partner');
const defaults: ParamValues = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
const OPTIONS = ['partner', 'buy', 'pickup', 'automate'] as const;
const OWNED = ['buy', 'pickup', 'automate'] as const;
const volumeParam = cm.params.get('volume')!;

/** Σ (1 + r)^−t over the eight years: what one unit a year for the horizon is worth today. */
const annuity = (rate: number) =>
	Array.from({ length: 8 }, (_, t) => (1 + rate) ** -t).reduce((a, b) => a + b);
const perParcel = (values: ParamValues, option: string) => evaluate(values)[option].outputs.costPerParcel;
/** Daily volumes evenly spaced on a log scale across the parameter’s range. */
const volumes = (steps: number) =>
	Array.from(
		{ length: steps + 1 },
		(_, k) => volumeParam.min * (volumeParam.max / volumeParam.min) ** (k / steps)
	);
/** Random values within every parameter’s range, for checks that must hold everywhere. */
const anyValues: fc.Arbitrary<ParamValues> = fc.record(
	Object.fromEntries(
		def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })] as const)
	)
);
const tolerance = (x: number) => 1e-12 * Math.max(1, Math.abs(x));

describe('the last-mile model', () => {
	it('compiles, and every passage it quotes stands in its document', () => {
		expect(() => compileModel(def)).not.toThrow();
		expect(checkCitations([def])).toEqual([]);
	});

	it('decides by total cost (lower is better) and draws cost per parcel against a log-scaled daily volume', () => {
		expect(def.decide).toEqual({ by: 'totalCost', higherIsBetter: false });
		expect(def.profile).toEqual({ param: 'volume', output: 'costPerParcel', scale: 'log' });
		expect(def.options.map((o) => o.id)).toEqual([...OPTIONS]);
		expect(volumeParam.min).toBe(1000);
		expect(volumeParam.max).toBe(500000);
	});
});

describe('cost per parcel at the defaults, by hand', () => {
	// 50,000 parcels a day = 18.25 m a year; over eight years at 10 % that is 18.25 × A parcels today,
	// with A = Σ 1.1^−t (t = 0…7) = 5.8684. A missed guarantee costs 1 + 2 = USD 3.
	const A = annuity(0.1);
	const parcelsPv = 18.25 * A;
	const r = evaluate(defaults);

	it('discounts eight years of parcels to 18.25 × 5.8684 = 107.10 m', () => {
		expect(A).toBeCloseTo(5.868419, 6);
		expect(r.partner.series.parcelsPv[7]).toBeCloseTo(parcelsPv, 10);
		expect(r.partner.outputs.missCost).toBe(3);
	});

	it('charges partners their fee plus 10 % late parcels at USD 3: 3.00 + 0.30 = USD 3.30', () => {
		expect(r.partner.outputs.costPerParcel).toBeCloseTo(3 + 0.1 * 3, 12);
		expect(r.partner.outputs.latePerParcel).toBeCloseTo(0.3, 12);
		expect(r.partner.outputs.upfront).toBe(0);
	});

	it('spreads a bought carrier’s USD 60 m and USD 8 m a year over the parcels: 0.560 + 0.438 + 1.80 + 0.12 = USD 2.92', () => {
		const capital = 60 / parcelsPv; // 0.5602
		const fixed = 8 / 18.25; // 0.4384
		const late = 0.04 * 3;
		expect(r.buy.outputs.costPerParcel).toBeCloseTo(capital + fixed + 1.8 + late, 12);
		expect(r.buy.outputs.costPerParcel.toFixed(3)).toBe('2.919');
	});

	it('sends 40 % of parcels through pickup points at 1.8 × 4^−0.35 + 0.4 and the rest to partners: USD 3.32', () => {
		const atPoint = 1.8 * 4 ** -0.35 + 0.4; // 1.508: batching makes the van see four times the density
		const delivery = 0.4 * atPoint + 0.6 * 3;
		const late = (1 - (0.4 * 0.97 + 0.6 * 0.9)) * 3; // 7.2 % late
		const perParcel = 40 / parcelsPv + 6 / 18.25 + delivery + late;
		expect(atPoint).toBeCloseTo(1.50803, 5);
		expect(r.pickup.outputs.costPerParcel).toBeCloseTo(perParcel, 12);
		expect(r.pickup.outputs.costPerParcel.toFixed(3)).toBe('3.321');
	});

	it('ramps automated vehicles in over four years, partners carrying the rest: USD 3.78', () => {
		// Shares 0.25, 0.5, 0.75, then 1; both carry 10 % late, so lateness costs USD 0.30 a parcel either way.
		const shares = [0.25, 0.5, 0.75, 1, 1, 1, 1, 1];
		const carried = shares.reduce((a, s, t) => a + s * 1.1 ** -t, 0) / A; // 0.7595 of discounted parcels
		const delivery = carried * 0.7 + (1 - carried) * 3;
		const perParcel = 150 / parcelsPv + 15 / 18.25 + delivery + 0.1 * 3;
		expect(carried).toBeCloseTo(0.7595, 4);
		expect(r.automate.outputs.costPerParcel).toBeCloseTo(perParcel, 12);
		expect(r.automate.outputs.costPerParcel.toFixed(3)).toBe('3.776');
		expect(r.automate.series.ownShare).toEqual(shares);
	});

	it('makes total cost equal cost per parcel × discounted parcels, so the profile and the verdict agree', () => {
		for (const o of OPTIONS) {
			expect(r[o].outputs.totalCost).toBeCloseTo(r[o].outputs.costPerParcel * parcelsPv, 10);
			expect(r[o].outputs.totalCost).toBeCloseTo(r[o].series.pv[7], 12);
		}
	});

	it('ranks buying first, about USD 41 m (12 %) cheaper than partnering over eight years', () => {
		const v = verdict(cm, r);
		expect(v.ranking.map((x) => x.optionId)).toEqual(['buy', 'partner', 'pickup', 'automate']);
		expect(v.margin).toBeCloseTo((3.3 - r.buy.outputs.costPerParcel) * parcelsPv, 10);
		expect(v.margin.toFixed(1)).toBe('40.8');
	});

	it('has buying start behind partnering (the USD 60 m) and overtake it in the fifth year, 2029', () => {
		const [buy, partner] = [r.buy.series.pv, r.partner.series.pv];
		for (let t = 0; t < 4; t++) expect(buy[t]).toBeGreaterThan(partner[t]);
		for (let t = 4; t < 8; t++) expect(buy[t]).toBeLessThan(partner[t]);
	});

	it('prices missed guarantees: 10 % of 18.25 m parcels a year at USD 3 = USD 32.1 m for partners', () => {
		expect(r.partner.outputs.lateCost).toBeCloseTo(18.25 * 0.1 * 3 * A, 10);
		expect(r.buy.outputs.lateCost).toBeCloseTo(18.25 * 0.04 * 3 * A, 10);
		// The control a bought carrier gives is worth 6 points of reliability: about USD 19 m here.
		expect((r.partner.outputs.lateCost - r.buy.outputs.lateCost).toFixed(1)).toBe('19.3');
	});
});

describe('closed forms', () => {
	it('gives cost per parcel = fixed ÷ volume + variable exactly when density has no effect', () => {
		fc.assert(
			fc.property(anyValues, (any) => {
				const v: ParamValues = { ...any, densityEffect: 0, autoRamp: 1 };
				const A = annuity(v.rate);
				const miss = v.refund + v.churnCost;
				// Fixed cost per day in USD: capital as an annuity over the horizon plus the yearly fixed cost.
				const perDay = (capital: number, fixed: number) => ((capital / A + fixed) * 1e6) / 365;
				const partner = v.partnerFee + (1 - v.partnerOnTime) * miss;
				const expected: Record<string, number> = {
					partner,
					buy: perDay(v.buyCapital, v.buyFixed) / v.volume + v.ownVariable + (1 - v.buyOnTime) * miss,
					pickup:
						perDay(v.pickupCapital, v.pickupFixed) / v.volume +
						v.pickupShare * (v.ownVariable + v.pointFee + (1 - v.pickupOnTime) * miss) +
						(1 - v.pickupShare) * partner,
					automate: perDay(v.autoCapital, v.autoFixed) / v.volume + v.autoVariable + (1 - v.autoOnTime) * miss
				};
				const r = evaluate(v);
				for (const o of OPTIONS) expect(r[o].outputs.costPerParcel).toBeCloseTo(expected[o], 9);
			}),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});

	it('puts the volume where buying beats partnering at fixed per day ÷ the saving per parcel', () => {
		// At the defaults: (60 / 5.8684 + 8) m / 365 = USD 49,929 a day; partners cost 3.30 a parcel, an own
		// fleet 1.80 + 0.12 = 1.92, a saving of 1.38; 49,929 / 1.38 = 36,181 parcels a day.
		const perDay = ((60 / annuity(0.1) + 8) * 1e6) / 365;
		expect(perDay).toBeCloseTo(49929.4, 1);
		const x = perDay / (3.3 - 1.92);
		expect(x).toBeCloseTo(36180.7, 1);
		expect(Math.abs(buyOverPartner({ ...defaults, volume: x }))).toBeLessThan(1e-9);
	});
});

describe('which way each assumption pushes each option’s cost', () => {
	it('never raises any option’s cost per parcel as daily volume grows, at any values within range', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				for (const o of OPTIONS) {
					const costs = volumes(12).map((volume) => perParcel({ ...values, volume }, o));
					for (let k = 1; k < costs.length; k++)
						expect(costs[k]).toBeLessThanOrEqual(costs[k - 1] + tolerance(costs[k - 1]));
				}
			}),
			{ numRuns: 100 }
		);
		expect(true).toBe(true);
	});

	it('has owned options’ cost per parcel fall strictly with volume, and partnering’s stay flat', () => {
		const partner = volumes(10).map((volume) => perParcel({ ...defaults, volume }, 'partner'));
		for (const c of partner) expect(c).toBeCloseTo(3.3, 12);
		for (const o of OWNED) {
			const costs = volumes(10).map((volume) => perParcel({ ...defaults, volume }, o));
			for (let k = 1; k < costs.length; k++) expect(costs[k]).toBeLessThan(costs[k - 1]);
		}
	});

	it('never lowers any option’s cost when a missed guarantee costs more', () => {
		fc.assert(
			fc.property(
				anyValues,
				fc.double({ min: 0, max: 5, noNaN: true }),
				fc.double({ min: 0, max: 10, noNaN: true }),
				(values, extraRefund, extraChurn) => {
					const base = evaluate(values);
					const worse = evaluate({
						...values,
						refund: Math.min(5, values.refund + extraRefund),
						churnCost: Math.min(10, values.churnCost + extraChurn)
					});
					for (const o of OPTIONS) {
						const [b, w] = [base[o].outputs.totalCost, worse[o].outputs.totalCost];
						expect(w).toBeGreaterThanOrEqual(b - tolerance(b));
					}
				}
			),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});

	it('never raises an owned option’s cost when order density rises, and leaves partners’ untouched', () => {
		const densities = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];
		fc.assert(
			fc.property(anyValues, (values) => {
				const partner = densities.map((density) => perParcel({ ...values, density }, 'partner'));
				for (const c of partner) expect(c).toBeCloseTo(partner[0], 12);
				for (const o of OWNED) {
					const costs = densities.map((density) => perParcel({ ...values, density }, o));
					for (let k = 1; k < costs.length; k++)
						expect(costs[k]).toBeLessThanOrEqual(costs[k - 1] + tolerance(costs[k - 1]));
				}
			}),
			{ numRuns: 100 }
		);
		expect(true).toBe(true);
	});
});

describe('the daily volume at which owning beats partnering', () => {
	it('is found by the engine at about 36,200 parcels a day, inside the range, where the two cost the same', () => {
		const be = breakEven(volumeParam, buyOverPartner, defaults);
		expect(be.crossings).toHaveLength(1);
		const x = be.value!;
		expect(x).toBeGreaterThan(volumeParam.min);
		expect(x).toBeLessThan(volumeParam.max);
		expect(Math.round(x / 100) * 100).toBe(36200);
		expect(Math.abs(buyOverPartner({ ...defaults, volume: x }))).toBeLessThan(1e-6);
		// Below it partnering is cheaper, above it buying.
		expect(buyOverPartner({ ...defaults, volume: x * 0.95 })).toBeLessThan(0);
		expect(buyOverPartner({ ...defaults, volume: x * 1.05 })).toBeGreaterThan(0);
		// The fast sweep finds the same value.
		const sweep = sweeper(cm)('buy', 'partner');
		expect(sweepBreakEven(cm, 'volume', sweep, defaults).value!).toBeCloseTo(x, 0);
	});

	it('falls as order density rises: about 56,400 a day at half the density, 28,200 at twice', () => {
		const at = (density: number) => breakEven(volumeParam, buyOverPartner, { ...defaults, density }).value!;
		const [low, mid, high] = [at(0.5), at(1), at(2)];
		expect(low).toBeGreaterThan(mid);
		expect(mid).toBeGreaterThan(high);
		// Each is fixed per day ÷ (3.30 − (1.8 × density^−0.35 + 0.12)).
		const perDay = ((60 / annuity(0.1) + 8) * 1e6) / 365;
		expect(low).toBeCloseTo(perDay / (3.3 - 1.8 * 0.5 ** -0.35 - 0.12), 0);
		expect(high).toBeCloseTo(perDay / (3.3 - 1.8 * 2 ** -0.35 - 0.12), 0);
		expect([low, high].map((x) => Math.round(x / 100) * 100)).toEqual([56400, 28200]);
	});

	it('marks on the profile partnering cheapest below it, buying above, and automation above about 167,000', () => {
		const p = new Profiler(cm).profile('volume', 'costPerParcel', defaults, 'log');
		expect(p.best[0]).toBe('partner');
		expect(p.switches.map((s) => [s.from, s.to])).toEqual([
			['partner', 'buy'],
			['buy', 'automate']
		]);
		const be = breakEven(volumeParam, buyOverPartner, defaults).value!;
		expect(p.switches[0].at / be).toBeCloseTo(1, 4);
		expect(Math.round(p.switches[1].at / 1000)).toBe(167);
		// Pickup points never come out cheapest at the defaults: partners still carry 60 % of their parcels.
		expect(p.best).not.toContain('pickup');
	});
});

describe('the whole report a page shows', () => {
	it('is finite everywhere at the defaults, with the uncertainty run, and dates the payback to 2029', () => {
		const report = new Reporter(cm).report(defaults, { samples: 2000, seed: 7 });
		expect(report.verdict.best).toBe('buy');
		expect(report.overtake).toEqual({ period: 4, year: 2029 });
		expect(overtake(cm, report.results, 'buy', 'partner')?.year).toBe(2029);
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
		// Volume is the assumption that moves the answer most, and its break-even is the one the brief asks for.
		expect(report.tornado[0].paramId).toBe('volume');
		const volume = report.breakEvens.find((b) => b.paramId === 'volume')!;
		expect(volume.value! / breakEven(volumeParam, buyOverPartner, defaults).value!).toBeCloseTo(1, 4);
	});
});
