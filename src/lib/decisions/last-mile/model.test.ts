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
import { compileModel, withDefaults } from '$lib/engine/model';
import { evaluator } from '$lib/engine/analysis';
import r2 from './revisions/r2';
import { lastMile as def, FIRST_FLEET, VEHICLE } from './model';

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
/** The options from cheapest to dearest. */
const verdictAt = (values: ParamValues) => {
	const r = evaluate(values);
	return [...OPTIONS].sort((a, b) => r[a].outputs.totalCost - r[b].outputs.totalCost);
};
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

	it('has a revision with a history and a snapshot of each earlier one', async () => {
		expect(def.revision).toBe(3);
		expect(def.history!.every((c) => c.revision === 2 || c.revision === 3)).toBe(true);
		const r1: ModelDef = (await import('$lib/decisions/last-mile/revisions/r1')).default;
		expect(r1.revision).toBeUndefined();
		expect(r1.params.map((p) => p.id)).toContain('ownVariable');
		expect(r2.revision).toBe(2);
		expect(r2.params.find((p) => p.id === 'autoCapital')!.default).toBe(150);
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

	it('raises the route density to −effect every year, for every option with a network of its own', () => {
		// densityFactor writes the power as the share's, the first year's density's and the growth's since.
		fc.assert(
			fc.property(anyValues, (v) => {
				const r = evaluate(v);
				for (const o of OWNED) {
					const { routeDensity, densityFactor } = r[o].series;
					routeDensity.forEach((d, t) => {
						const want = d ** -v.densityEffect;
						expect(Math.abs(densityFactor[t] - want) / want, `${o} ${t}`).toBeLessThan(1e-13);
					});
				}
				expect(r.partner.series.densityFactor.every((x) => x === 0)).toBe(true);
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

describe('every vehicle paid once, through the cost per parcel (revision 3)', () => {
	const changed = (id: string) =>
		def.history!.find((c) => 'defaultChanged' in c && c.defaultChanged.id === id) as {
			defaultChanged: { id: string; before: number };
		};

	it('takes the first fleet out of automation’s capital, at the size the vehicles’ own figures give', () => {
		// 50,000 parcels a day at 50 a vehicle: 1,000 vehicles at USD 15,000.
		expect(FIRST_FLEET).toBeCloseTo(15, 12);
		expect(h.param('autoCapital').default).toBeCloseTo(
			changed('autoCapital').defaultChanged.before - FIRST_FLEET,
			12
		);
	});

	it('has the vehicles’ cost per parcel pay for the vehicles: their depreciation is inside it', () => {
		const depreciation = VEHICLE.price / (VEHICLE.years * 365 * VEHICLE.parcelsPerDay);
		expect(depreciation).toBeCloseTo(0.2, 1);
		expect(h.param('autoRoute').default).toBeGreaterThan(depreciation);
	});

	it('scales the fleet with the parcels the vehicles carry, every year and after 2032, whatever the values', () => {
		// The cost of a dearer vehicle per parcel: the discounted parcels the vehicles carry, for ever, and
		// nothing through the capital or its renewal. Twice the parcels, twice the fleet.
		fc.assert(
			fc.property(anyValues, fc.double({ min: 1.1, max: 4, noNaN: true }), (v, k) => {
				const flat = { ...v, densityEffect: 0, volume: Math.min(v.volume, volumeParam.max / k) };
				const fleet = (x: ParamValues) =>
					evaluate({ ...x, autoRoute: x.autoRoute + 0.1 }).automate.outputs.totalCost -
					evaluate(x).automate.outputs.totalCost;
				const s = evaluate(flat).automate.series;
				const last = YEARS - 1;
				const carried =
					s.parcels.reduce((a, p, t) => a + s.ownShare[t] * p * s.discount[t], 0) +
					(s.ownShare[last] * s.parcels[last] * (1 + v.growth) * s.discount[last]) / (v.rate - v.growth);
				expect(fleet(flat)).toBeCloseTo(0.1 * carried, 6);
				expect(fleet({ ...flat, volume: flat.volume * k }) / fleet(flat)).toBeCloseTo(k, 9);
				// The capital, and so its renewal, is the same at any volume.
				expect(evaluate({ ...flat, volume: flat.volume * k }).automate.outputs.capitalCost).toBe(
					v.autoCapital
				);
			}),
			{ numRuns: 60 }
		);
	});

	it('lowers automation’s cost from revision 2 by the first fleet and its renewal after 2032, and nothing else', () => {
		const before = evaluator(compileModel(r2))(withDefaults(r2, {}));
		const now = evaluate(defaults);
		// USD 15 m at the start, and USD 1.5 m a year of renewal from 2033 growing at 3 %, discounted from
		// mid-2032 at 10 %: 15 + 1.5 × 1.1^−7.5 ÷ 0.07 = 15 + 10.48 = USD 25.48 m.
		const saved = 15 + (1.5 * 1.1 ** -7.5) / 0.07;
		expect(saved).toBeCloseTo(25.48, 2);
		expect(before.automate.outputs.totalCost - now.automate.outputs.totalCost).toBeCloseTo(saved, 9);
		expect(now.buy.outputs.totalCost).toBeCloseTo(before.buy.outputs.totalCost, 9);
		expect(now.partner.outputs.totalCost).toBeCloseTo(before.partner.outputs.totalCost, 9);
	});
});

describe('a source’s “up to” is a bound, not a centre (revision 3)', () => {
	it('takes the “up to 40 %” of Polish consumers who prefer lockers as the top of the interval', () => {
		const p = h.param('pickupShare');
		expect(p.sources.some((x) => 'role' in x && x.role === 'value')).toBe(false);
		expect(p.sources.some((x) => 'quote' in x && x.quote.startsWith('up to 40%'))).toBe(true);
		expect(p.uncertain!.high).toBe(0.4);
		expect(p.default).toBeLessThan(0.4);
	});
});

describe('a pickup network built alone pays for the whole network', () => {
	it('stays behind buying at any capital in range, so the shared Polish figure does not carry the verdict', () => {
		const sweep = sweeper(cm)('buy', 'pickup');
		expect(sweepBreakEven(cm, 'pickupCapital', sweep, defaults).value).toBeNull();
		const cheapest = evaluate({ ...defaults, pickupCapital: h.param('pickupCapital').min });
		expect(cheapest.pickup.outputs.totalCost).toBeGreaterThan(cheapest.buy.outputs.totalCost);
	});
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

describe('the verdict at the sources, as the model card states it', () => {
	const r = evaluate(defaults);
	const round = (x: number, to: number) => Math.round(x / to) * to;

	it('has buying cheapest, about USD 94 m below automation and 246 m below partnering', () => {
		const cost = (o: string) => r[o].outputs.totalCost;
		expect(Math.min(...OPTIONS.map(cost))).toBe(cost('buy'));
		expect(Math.round(cost('automate') - cost('buy'))).toBe(94);
		expect(Math.round(cost('partner') - cost('buy'))).toBe(246);
		// Of the lead over partnering, about 170 lies after 2032; none of the lead over automation does.
		expect(Math.round(r.partner.outputs.afterCost - r.buy.outputs.afterCost)).toBe(170);
		expect(Math.round(r.automate.outputs.afterCost - r.buy.outputs.afterCost)).toBe(-2);
	});

	it('holds the 2032 cost per parcel after 2032: denser routes continued would favour buying there by about 21 m', () => {
		// The card's figures: the driving part of the own network's cost kept falling as parcels grow,
		// (1 + growth)^−effect a year, its yearly total growing at (1 + growth)^(1 − effect) − 1.
		const dense: ModelDef = structuredClone(def);
		const drive = 'parcels * ownShare * (automate * autoRoute + (1 - automate) * ownRoute) * densityFactor';
		const h = '((1 + growth)^(1 - densityEffect) - 1)';
		dense.series!.after.formula = `t == periods - 1 ? ((running - ${drive}) * (1 + growth) + capital / capitalLife) / (rate - growth) * discount + ${drive} * (1 + ${h}) / (rate - ${h}) * discount : 0`;
		const q = evaluator(compileModel(dense))(withDefaults(dense, {}));
		const lower = (o: string) => r[o].outputs.afterCost - q[o].outputs.afterCost;
		expect(Math.round(lower('buy'))).toBe(30);
		expect(Math.round(lower('pickup'))).toBe(7);
		expect(Math.round(lower('automate'))).toBe(6);
		expect(lower('partner')).toBe(0);
		expect(Math.round(q.automate.outputs.afterCost - q.buy.outputs.afterCost)).toBe(21);
		const cost = (o: string) => q[o].outputs.totalCost;
		expect(Math.min(...OPTIONS.map(cost))).toBe(cost('buy'));
	});

	it('has owning pay above about 28,000 parcels a day, 35,000 at half the density, and pickup points need 89 %', () => {
		const at = (values: ParamValues) => breakEven(volumeParam, buyOverPartner, values).value!;
		expect(round(at(defaults), 1000)).toBe(28000);
		expect(round(at({ ...defaults, density: 0.5 }), 1000)).toBe(35000);
		const share = sweepBreakEven(cm, 'pickupShare', sweeper(cm)('buy', 'pickup'), defaults).value!;
		expect(Math.round(share * 100)).toBe(89);
		expect(1 - defaults.pickupShare).toBeCloseTo(0.75, 12);
	});

	it('has automation beat buying only in sparse countries: below about 0.45 of the typical density', () => {
		const autoOverBuy = h.lead('automate', 'buy');
		const at = breakEven(h.param('density'), autoOverBuy, defaults).value!;
		expect(Math.round(at * 100) / 100).toBe(0.45);
		// Automation's cost minus buying's: about USD 88 m below at a quarter of the density, 205 m above at four times.
		const behind = (density: number) => {
			const q = evaluate({ ...defaults, density });
			return q.automate.outputs.totalCost - q.buy.outputs.totalCost;
		};
		expect(behind(0.25)).toBeCloseTo(-87.5, 0);
		expect(behind(4)).toBeCloseTo(205.2, 0);
		expect(autoOverBuy({ ...defaults, density: 0.25 })).toBeGreaterThan(0);
	});

	it('with 2 % a year of price inflation on top, would widen buying’s lead over partnering from 246 to 368', () => {
		// The card's figure for what leaving inflation out does: every running cost rises 2 % a year, and the
		// cost after 2032 grows at (1.02)(1 + growth) − 1 with capital renewed at 2033's prices.
		const inflated: ModelDef = structuredClone(def);
		inflated.series!.running.formula = '(fixed + delivery + late) * 1.02^t';
		inflated.series!.after.formula =
			't == periods - 1 ? (running * 1.02 * (1 + growth) + capital * 1.02^(t + 1) / capitalLife) / (rate - (1.02 * (1 + growth) - 1)) * discount : 0';
		const q = evaluator(compileModel(inflated))(withDefaults(inflated, {}));
		expect(Math.round(q.partner.outputs.totalCost - q.buy.outputs.totalCost)).toBe(368);
		expect(Math.round(q.automate.outputs.totalCost - q.buy.outputs.totalCost)).toBe(90);
	});

	it('would need pickup points for about 82 % of customers with a locker run’s 0.5, 74 % without the door’s third', () => {
		// The card's figures for a locker run, which has no door hand-over: driving's own elasticity, then
		// also the door's third taken off the driving cost of the parcels the points carry.
		const shareWith = (ownCost: string) => {
			const d: ModelDef = structuredClone(def);
			d.series!.ownCost.formula = ownCost;
			const c = compileModel(d);
			return sweepBreakEven(c, 'pickupShare', sweeper(c)('buy', 'pickup'), withDefaults(d, {})).value!;
		};
		const route = (third: string) =>
			`ownShare > 0 ? (automate * autoRoute + (1 - automate) * ownRoute${third}) * routeDensity^(-(pickup ? 0.5 : densityEffect)) + ownHandling + pickup * pointFee : 0`;
		expect(Math.round(shareWith(route('')) * 100)).toBe(82);
		expect(Math.round(shareWith(route(' * (1 - pickup / 3)')) * 100)).toBe(74);
	});

	it('keeps buying ahead and automation the runner-up at every discount rate in range', () => {
		for (const rate of [0.06, 0.08, 0.1, 0.12, 0.14, 0.16]) {
			const ranking = verdictAt({ ...defaults, rate });
			expect(ranking.slice(0, 2), String(rate)).toEqual(['buy', 'automate']);
		}
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
