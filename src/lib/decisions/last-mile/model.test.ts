/**
 * The last-mile model’s economics, as a reader of the case would check them: the timing of capital and
 * running costs, the route density that an owned network’s own volume brings (reaching only its driving
 * cost), the cost of running each network after 2032, the closed form fixed ÷ volume + variable when
 * density plays no part, which way each assumption pushes each option, and the daily volume at which
 * buying a carrier beats paying partners, found by the engine.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { breakEven, overtake } from '$lib/engine/analysis';
import { Reporter } from '$lib/engine/report';
import { sweepBreakEven, sweeper } from '$lib/engine/sweep';
import type { ModelDef, ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkClosedForms,
	checkDirections,
	harness,
	type ClosedForm,
	type Direction
} from '../harness';
import { lastMile as def } from './model';

const h = harness(def);
const { cm, evaluate, defaults, anyValues } = h;
const buyOverPartner = h.lead('buy', 'partner');
const OPTIONS = ['partner', 'buy', 'pickup', 'automate'] as const;
const OWNED = ['buy', 'pickup', 'automate'] as const;
const volumeParam = h.param('volume');
const YEARS = def.periods.count;

/** Σ (1 + r)^−(t + ½) over the eight years: one unit a year, paid mid-year, worth today. */
const midYear = (rate: number) =>
	Array.from({ length: YEARS }, (_, t) => (1 + rate) ** -(t + 0.5)).reduce((a, b) => a + b);
const perParcel = (values: ParamValues, option: string) => evaluate(values)[option].outputs.costPerParcel;

checkAsData(h);

describe('the last-mile model', () => {
	it('decides by total cost, names the cost after 2032 as its terminal part, and draws cost per parcel against volume', () => {
		expect(def.decide).toEqual({ by: 'totalCost', higherIsBetter: false, terminal: 'afterCost' });
		expect(def.breakdown!.add).toContain('afterCost');
		expect(def.profile).toEqual({ param: 'volume', output: 'costPerParcel', scale: 'log' });
		expect(def.options.map((o) => o.id)).toEqual([...OPTIONS]);
	});

	it('keeps long-run growth below every discount rate it allows, so the cost after 2032 is finite', () => {
		const [growth, rate] = [cm.params.get('growth')!, cm.params.get('rate')!];
		expect(growth.max).toBeLessThan(rate.min);
	});

	it('has a revision with a history and a snapshot of the last', async () => {
		expect(def.revision).toBe(2);
		expect(def.history!.every((c) => c.revision === 2)).toBe(true);
		const r1: ModelDef = (await import('$lib/decisions/last-mile/revisions/r1')).default;
		expect(r1.revision).toBeUndefined();
		expect(r1.params.map((p) => p.id)).toContain('ownVariable');
	});
});

describe('timing: capital at the start of 2025, running costs and parcels at mid-year', () => {
	it('does not discount capital, and discounts every running cost from mid-year, at any rate', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const r = evaluate(v);
				const A = midYear(v.rate);
				expect(r.buy.outputs.capitalCost).toBe(v.buyCapital);
				expect(r.buy.outputs.fixedCost).toBeCloseTo(v.buyFixed * A, 9);
				// The running cost of each year carries the same mid-year factor as that year’s parcels.
				const pv = r.partner.series.running.reduce((a, c, t) => a + c * (1 + v.rate) ** -(t + 0.5), 0);
				expect(r.partner.outputs.horizonCost).toBeCloseTo(pv, 9);
				const parcels = r.partner.series.parcels.reduce((a, c, t) => a + c * (1 + v.rate) ** -(t + 0.5), 0);
				expect(r.partner.series.parcelsPv[YEARS - 1]).toBeCloseTo(parcels, 9);
			}),
			{ numRuns: 60 }
		);
	});

	it('adds up: capital, fixed cost, delivery, missed guarantees and the cost after 2032 make the total', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const r = evaluate(v);
				for (const o of OPTIONS) {
					const parts = def.breakdown!.add.reduce((a, id) => a + r[o].outputs[id], 0);
					expect(parts).toBeCloseTo(r[o].outputs.totalCost, 6);
				}
			}),
			{ numRuns: 60 }
		);
	});
});

describe('route density responds to the volume the own network carries', () => {
	it('multiplies an owned carrier’s route density by the same factor as its volume, and lowers its driving cost by that factor^−effect', () => {
		fc.assert(
			fc.property(anyValues, fc.double({ min: 1.1, max: 4, noNaN: true }), (v, k) => {
				const volume = Math.min(v.volume, volumeParam.max / k);
				const [a, b] = [evaluate({ ...v, volume }).buy, evaluate({ ...v, volume: volume * k }).buy];
				expect(b.series.routeDensity[0] / a.series.routeDensity[0]).toBeCloseTo(k, 9);
				const driving = (x: typeof a) => x.series.ownCost[0] - v.ownHandling;
				expect(driving(b) / driving(a)).toBeCloseTo(k ** -v.densityEffect, 9);
			}),
			{ numRuns: 60 }
		);
	});

	it('leaves a partner’s fee untouched by volume and density: the carrier keeps its own density gains', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const base = perParcel(v, 'partner');
				expect(base).toBeCloseTo(v.partnerFee + (1 - v.partnerOnTime) * (v.refund + v.churnCost), 9);
				expect(perParcel({ ...v, volume: volumeParam.max, density: 4 }, 'partner')).toBeCloseTo(base, 9);
			}),
			{ numRuns: 60 }
		);
	});

	it('gives automated vehicles a thin route while they carry only part of the parcels', () => {
		const r = evaluate({ ...defaults, growth: 0 }).automate.series;
		// A quarter of the parcels in the first year: a quarter of the density, a dearer drop.
		expect(r.routeDensity[0] / r.routeDensity[3]).toBeCloseTo(0.25, 12);
		expect(r.ownCost[0]).toBeGreaterThan(r.ownCost[3]);
	});
});

describe('density lowers only the driving part of a route', () => {
	it('adds depot handling in full whatever the density, so with no driving cost density changes nothing', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const flat = { ...v, ownRoute: 0, autoRoute: 0 };
				for (const o of OWNED) {
					const [sparse, dense] = [evaluate({ ...flat, density: 0.25 }), evaluate({ ...flat, density: 4 })];
					expect(sparse[o].outputs.totalCost).toBeCloseTo(dense[o].outputs.totalCost, 6);
				}
				const buy = evaluate(v).buy.series;
				expect(buy.ownCost[0] - v.ownHandling).toBeCloseTo(
					v.ownRoute * buy.routeDensity[0] ** -v.densityEffect,
					9
				);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('the years after 2032', () => {
	it('prices each option’s continuing cost as its 2032 running cost growing for ever, plus renewal of owned capital', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const r = evaluate(v);
				const df = (1 + v.rate) ** -(YEARS - 0.5);
				for (const o of OPTIONS) {
					const s = r[o].series;
					const renewal = s.capital[0] / v.capitalLife;
					const expected = ((s.running[YEARS - 1] * (1 + v.growth) + renewal) / (v.rate - v.growth)) * df;
					expect(r[o].outputs.afterCost).toBeCloseTo(expected, 6);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('keeps a bought carrier’s saving after 2032 instead of writing it to zero, less the renewal of its capital', () => {
		const r = evaluate(defaults);
		expect(r.buy.outputs.afterCost).toBeLessThan(r.partner.outputs.afterCost);
		// A longer-lived network renews less, which lowers only the owned options’ cost after 2032.
		const longLived = evaluate({ ...defaults, capitalLife: 30 });
		expect(longLived.partner.outputs.afterCost).toBe(r.partner.outputs.afterCost);
		for (const o of OWNED) expect(longLived[o].outputs.afterCost).toBeLessThan(r[o].outputs.afterCost);
	});

	it('levels the cost per parcel over every parcel, after 2032 too, so profile and verdict agree', () => {
		const r = evaluate(defaults);
		for (const o of OPTIONS) {
			const s = r[o].series;
			const parcels = s.parcelsPv[YEARS - 1] + s.parcelsAfter[YEARS - 1];
			expect(r[o].outputs.totalCost).toBeCloseTo(r[o].outputs.costPerParcel * parcels, 9);
		}
	});
});

describe('rates: what the discount rate and long-run growth do', () => {
	it('favours owning more the lower the rate: capital now, savings later', () => {
		const rates = [0.06, 0.08, 0.1, 0.12, 0.14, 0.16];
		const leads = rates.map((rate) => buyOverPartner({ ...defaults, rate }));
		for (let k = 1; k < leads.length; k++) expect(leads[k]).toBeLessThan(leads[k - 1]);
	});

	it('makes the years after 2032 weigh more as growth rises, for every option', () => {
		const [slow, fast] = [evaluate({ ...defaults, growth: 0 }), evaluate({ ...defaults, growth: 0.05 })];
		for (const o of OPTIONS) {
			const share = (r: typeof slow) => r[o].outputs.afterCost / r[o].outputs.totalCost;
			expect(share(fast)).toBeGreaterThan(share(slow));
		}
	});
});

describe('closed form when density plays no part and volume is flat', () => {
	const miss = (v: ParamValues) => v.refund + v.churnCost;
	const parcels = (v: ParamValues) => (v.volume * 365) / 1e6;
	// Every parcel, for ever, paid mid-year: Σ (1 + r)^−(t + ½) = √(1 + r) / r. Capital at the start,
	// then renewed at capital ÷ life a year from 2033.
	const charge = (v: ParamValues, capital: number) =>
		(capital + ((capital / v.capitalLife) * (1 + v.rate) ** -(YEARS - 0.5)) / v.rate) /
		(parcels(v) * (Math.sqrt(1 + v.rate) / v.rate));
	const owned = (v: ParamValues, capital: number, fixed: number, variable: number, onTime: number) =>
		charge(v, capital) + fixed / parcels(v) + variable + (1 - onTime) * miss(v);
	const partner = (v: ParamValues) => v.partnerFee + (1 - v.partnerOnTime) * miss(v);
	const forms: Record<(typeof OPTIONS)[number], (v: ParamValues) => number> = {
		partner,
		buy: (v) => owned(v, v.buyCapital, v.buyFixed, v.ownRoute + v.ownHandling, v.buyOnTime),
		pickup: (v) =>
			charge(v, v.pickupCapital) +
			v.pickupFixed / parcels(v) +
			v.pickupShare * (v.ownRoute + v.ownHandling + v.pointFee + (1 - v.pickupOnTime) * miss(v)) +
			(1 - v.pickupShare) * partner(v),
		automate: (v) => owned(v, v.autoCapital, v.autoFixed, v.autoRoute + v.ownHandling, v.autoOnTime)
	};
	checkClosedForms(
		h,
		OPTIONS.map((option): ClosedForm => ({
			name: `${option}: cost per parcel = fixed ÷ volume + variable + a capital charge over a mid-year perpetuity`,
			option,
			output: 'costPerParcel',
			formula: forms[option],
			where: { densityEffect: 0, autoRamp: 1, growth: 0 },
			// As tight as the 9 digits it held to before, for costs up to USD 10 a parcel.
			tolerance: 5e-11
		}))
	);
});

describe('by hand at the defaults', () => {
	const r = evaluate(defaults);

	it('charges partners their fee plus 10 % of parcels late at USD 4.2 + 2 = 6.2: USD 3.62 a parcel', () => {
		expect(r.partner.outputs.missCost).toBeCloseTo(6.2, 12);
		expect(r.partner.outputs.costPerParcel).toBeCloseTo(3 + 0.1 * 6.2, 12);
	});

	it('runs a bought carrier in 2025 for 8 + 18.25 × 1.80 + 18.25 × 4 % × 6.2 = USD 45.38 m', () => {
		// 50,000 parcels a day is 18.25 m a year at route density 1: 1.40 of driving + 0.40 of handling.
		expect(r.buy.series.ownCost[0]).toBeCloseTo(1.8, 12);
		expect(r.buy.series.running[0]).toBeCloseTo(8 + 18.25 * 1.8 + 18.25 * 0.04 * 6.2, 10);
	});
});

describe('which way each assumption pushes each option’s cost', () => {
	const perParcelOf = (option: string) => ({ option, output: 'costPerParcel' });
	checkDirections(h, [
		...OPTIONS.map((option): Direction => ({
			name: `never raises ${option}’s cost per parcel as daily volume grows, at any values within range`,
			param: 'volume',
			of: perParcelOf(option),
			moves: 'down'
		})),
		// A dearer missed guarantee, in refund or in churn, each never lowers a cost, so both together never do.
		...OPTIONS.flatMap((option) =>
			(['refund', 'churnCost'] as const).map((param): Direction => ({
				name: `never lowers ${option}’s cost when a missed guarantee costs more (${param})`,
				param,
				of: { option, output: 'totalCost' },
				moves: 'up'
			}))
		),
		...OWNED.map((option): Direction => ({
			name: `never raises ${option}’s cost per parcel when the country’s density rises`,
			param: 'density',
			of: perParcelOf(option),
			moves: 'down'
		}))
	]);
});

describe('the daily volume at which owning beats partnering', () => {
	it('is found by the engine inside the range, partnering cheaper below it and buying above', () => {
		const be = breakEven(volumeParam, buyOverPartner, defaults);
		expect(be.crossings).toHaveLength(1);
		const x = be.value!;
		expect(x).toBeGreaterThan(volumeParam.min);
		expect(x).toBeLessThan(volumeParam.max);
		expect(Math.abs(buyOverPartner({ ...defaults, volume: x }))).toBeLessThan(1e-6);
		expect(buyOverPartner({ ...defaults, volume: x * 0.95 })).toBeLessThan(0);
		expect(buyOverPartner({ ...defaults, volume: x * 1.05 })).toBeGreaterThan(0);
		const sweep = sweeper(cm)('buy', 'partner');
		expect(sweepBreakEven(cm, 'volume', sweep, defaults).value!).toBeCloseTo(x, 0);
	});

	it('falls as the country’s density rises, and only through the driving cost that density lowers', () => {
		const at = (values: ParamValues) => breakEven(volumeParam, buyOverPartner, values).value!;
		const [low, mid, high] = [0.5, 1, 2].map((density) => at({ ...defaults, density }));
		expect(low).toBeGreaterThan(mid);
		expect(mid).toBeGreaterThan(high);
		// With the density effect off, neither the country’s density nor the volume’s moves an own fleet’s cost.
		const off = (density: number) => at({ ...defaults, density, densityEffect: 0 });
		expect(off(0.5)).toBeCloseTo(off(2), 6);
	});
});

describe('the whole report a page shows', () => {
	it('is finite everywhere at the defaults, with the uncertainty run, and has buying overtake partnering', () => {
		const report = new Reporter(cm).report(defaults, { samples: 1000, seed: 7 });
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
		const pv = report.results;
		const year = overtake(cm, pv, 'buy', 'partner')!.year;
		// The year the cumulative cost of buying first falls below partnering’s, as the chart draws it.
		const t = year - def.periods.start;
		expect(pv.buy.series.pv[t]).toBeLessThan(pv.partner.series.pv[t]);
		expect(pv.buy.series.pv[t - 1]).toBeGreaterThan(pv.partner.series.pv[t - 1]);
	}, 20000);
});
