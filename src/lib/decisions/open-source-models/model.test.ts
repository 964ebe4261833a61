/**
 * The open-weights model's economics, as a reader of the case would check them by hand: the Bass curves
 * year by year with developers leaving and being won again, a cloud bill credited per account only for the
 * compute Alibaba would not have won anyway, a closed API's margin capped by rival open models, the third
 * option (weights and an API) with each developer counted once, the value after 2033 as the same curves
 * run on, and the share of adopting teams renting cloud compute at which publishing the weights pays.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { breakEven, evaluator, verdict } from '$lib/engine/analysis';
import { compileModel } from '$lib/engine/model';
import { sweepBreakEven, sweeper } from '$lib/engine/sweep';
import { isAssumption, type ModelDef, type ParamValues } from '$lib/engine/types';
import { checkAsData, checkBreakEven, checkClosedForms, checkDirections, harness } from '../harness';
import revision1 from './revisions/r1';
import revision2 from './revisions/r2';
import frozen3 from './revisions/r3';
import { openSourceModels as def } from './model';

// Typed as a model: the generated snapshot's literal type would not narrow its history's changes.
const revision3: ModelDef = frozen3;
const h = harness(def);
const { cm, evaluate, defaults, anyValues, param, grid } = h;
const bothMinusApi = h.lead('both', 'proprietary');
const OPTIONS = ['open', 'proprietary', 'both'];
const FLAGS: Record<string, [number, number]> = { open: [1, 0], proprietary: [0, 1], both: [1, 1] };
const PARTS = ['cloudValue', 'licenceValue', 'communityValue', 'terminalValue'];
const HORIZON = ['cloudValue', 'licenceValue', 'communityValue'];
const close = (a: number, b: number, rel = 1e-9) =>
	Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
const defaultsOf = (m: ModelDef) => Object.fromEntries(m.params.map((p) => [p.id, p.default]));

/** A's step: A_t = A_{t−1}(1 − c) + (p + q·A_{t−1}/M)(M − A_{t−1}), from A_{−1} = 0. */
const step = (a: number, p: number, q: number, M: number, c: number) =>
	a * (1 - c) + (p + (q * a) / M) * (M - a);
function bass(p: number, q: number, M: number, c = 0, years = 10): number[] {
	const out: number[] = [];
	let a = 0;
	for (let t = 0; t < years; t++) out.push((a = step(a, p, q, M, c)));
	return out;
}

/** Alibaba Cloud's extra share of adopting teams' compute, written out: its share among Qwen's users less what it had anyway. */
const extraShare = (v: ParamValues) =>
	v.cloudRun *
	(v.chinaDevs * (Math.min(1, v.cloudLift * v.aliShareChina) - v.anyway * v.aliShareChina) +
		(1 - v.chinaDevs) * (Math.min(1, v.cloudLift * v.aliShareAbroad) - v.anyway * v.aliShareAbroad));

/**
 * The whole model written out by hand, year by year, for as many years as asked: each option's yearly value.
 * Run on far beyond 2033 it is what the value after 2033 stands for.
 */
function byHand(v: ParamValues, option: string, years: number): number[] {
	const [w, a] = FLAGS[option];
	const paying = extraShare(v);
	let open = 0;
	let reach = 0;
	let selfBefore = 0;
	const cash: number[] = [];
	for (let t = 0; t < years; t++) {
		open = w * step(open, v.innovation, v.qOpen, v.marketOpen, v.churn);
		reach = a * step(reach, v.innovation, v.qApi, v.marketApi, v.churn);
		const api = reach * (1 - w * v.cannibal);
		const cloud = (((w * paying * selfBefore) / v.teamSize) * v.cloudProfit) / 1000;
		selfBefore = Math.max(0, open - w * v.overlap * api);
		const licence = (api * v.apiProfit * (1 - v.rivalCatchUp) ** t) / 1000;
		const community = w * ((v.rdSaving * open) / v.marketOpen - v.leakage * (1 - v.rivalCatchUp) ** t);
		cash.push(cloud + licence + community);
	}
	return cash;
}
const pvFrom = (cash: number[], rate: number, from = 0) =>
	cash.slice(from).reduce((s, x, k) => s + x / (1 + rate) ** (from + k), 0);

checkAsData(h);

describe('the model as data', () => {
	it('names the value after the horizon as a part of the breakdown, and the value leaked to rivals as its crux', () => {
		expect(def.decide.terminal).toBe('terminalValue');
		expect(def.breakdown!.add).toContain(def.decide.terminal);
		expect(def.card!.carries[0]).toBe('leakage');
	});

	it('attaches no quote as the value of the developer markets or the discount rate: each is a labelled assumption with an interval', () => {
		for (const id of ['marketOpen', 'marketApi', 'rate']) {
			const p = param(id);
			expect(
				p.sources.every((s) => isAssumption(s) || s.role === 'context'),
				id
			).toBe(true);
			expect(p.sources.filter(isAssumption), id).toHaveLength(1);
			expect(p.uncertain, id).toBeDefined();
		}
	});
});

describe('revision 3 keeps old links meaning what they meant', () => {
	// Revision 3 as frozen: revision 4 reworked the leakage, so these hold of the snapshot its links read.
	const cm3 = compileModel(revision3);
	const evaluate3 = evaluator(cm3);
	const befores = (revision: number): ParamValues =>
		Object.fromEntries(
			revision3.history!.flatMap((c) =>
				c.revision === revision && 'added' in c && cm3.params.has(c.added.id)
					? [[c.added.id, c.added.before]]
					: []
			)
		);

	it('with no churn and the new settings at their `before` values, is revision 2 to 2033, series by series, at any values', () => {
		const old = evaluator(compileModel(revision2));
		const series = ['weightUsers', 'apiUsers', 'accounts', 'cloud', 'licence', 'community', 'cash', 'pv'];
		fc.assert(
			fc.property(anyValues, fc.double({ min: -1, max: 0.03, noNaN: true }), (values, growth) => {
				const r3 = evaluate3({ ...values, ...befores(3), churn: 0 });
				const r2 = old({ ...defaultsOf(revision2), ...values, growth });
				for (const o of OPTIONS) {
					for (const k of HORIZON) expect(close(r3[o].outputs[k], r2[o].outputs[k]), `${o} ${k}`).toBe(true);
					for (const s of series)
						r3[o].series[s].forEach((x, t) =>
							expect(close(x, r2[o].series[s][t]), `${o} ${s}[${t}]`).toBe(true)
						);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('reproduces revision 1’s ten years with the `before` values of both revisions and no churn', () => {
		const r1 = evaluator(compileModel(revision1))(defaultsOf(revision1));
		const moved = Object.fromEntries(
			revision3.history!.flatMap((c) =>
				'defaultChanged' in c ? [[c.defaultChanged.id, c.defaultChanged.before]] : []
			)
		);
		const r3 = evaluate3({ ...defaultsOf(revision3), ...moved, ...befores(2), ...befores(3), churn: 0 });
		for (const o of ['open', 'proprietary']) {
			expect(r3[o].outputs.value - r3[o].outputs.terminalValue).toBeCloseTo(r1[o].outputs.value, 12);
		}
		// The third option earns exactly what open weights alone earn when the free weights take every API user.
		expect(r3.both.outputs.value).toBeCloseTo(r3.open.outputs.value, 12);
	});

	it('records what it adds, drops the fade after 2033, and calls the new dynamics a rework', () => {
		const known = new Set(revision2.params.map((p) => p.id));
		const fresh = revision3.params.filter((p) => !known.has(p.id)).map((p) => p.id);
		const r3 = revision3.history!.filter((c) => c.revision === 3);
		// Churn is the rework itself: no value of it gives revision 2's fade after 2033 with none before.
		expect(Object.keys(befores(3)).sort()).toEqual(fresh.filter((id) => id !== 'churn').sort());
		expect(fresh).toContain('churn');
		expect(r3.some((c) => 'reworked' in c)).toBe(true);
		expect(r3.flatMap((c) => ('dropped' in c ? [c.dropped.id] : []))).toEqual(['growth']);
		expect(revision3.revision).toBe(3);
	});

	it('freezes revisions 2 and 3 as their links drew them: keyed by parameter id', () => {
		expect(revision2.revision).toBe(2);
		expect('streams' in revision2).toBe(false);
		expect('streams' in revision3).toBe(false);
		expect(revision1.streams).toBe('by-position');
	});
});

describe('revision 4: what leaks to rivals shrinks as their open models catch up', () => {
	const old = evaluator(compileModel(revision3));

	it('is revision 3 at any values when rivals never catch up, output by output and series by series', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const v = { ...values, rivalCatchUp: 0 };
				const [r4, r3] = [evaluate(v), old(v)];
				for (const o of OPTIONS) {
					for (const k of Object.keys(r3[o].outputs))
						expect(close(r4[o].outputs[k], r3[o].outputs[k]), `${o} ${k}`).toBe(true);
					r3[o].series.community.forEach((x, t) =>
						expect(close(r4[o].series.community[t], x), `${o} community[${t}]`).toBe(true)
					);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('records the rework, and names no new setting: the catch-up the API margin already had does it', () => {
		const r4 = def.history!.filter((c) => c.revision === 4);
		expect(r4).toHaveLength(1);
		expect('reworked' in r4[0]).toBe(true);
		expect(def.params.map((p) => p.id).sort()).toEqual(revision3.params.map((p) => p.id).sort());
		expect(def.revision).toBe(4);
	});

	it('leaks leakage × (1 − catch-up)^t in year t, the pace at which the API margin erodes', () => {
		const v = { ...defaults, rdSaving: 0 };
		const r = evaluate(v);
		r.open.series.community.forEach((x, t) => expect(x).toBeCloseTo(-0.15 * 0.8 ** t, 12));
		r.proprietary.series.licence.forEach((x, t) =>
			expect(x / r.proprietary.series.apiUsers[t]).toBeCloseTo((200 * 0.8 ** t) / 1000, 12)
		);
	});
});

describe('at the defaults', () => {
	const r = evaluate(defaults);

	it('has open weights adopted along the Bass curve, a fifth of users leaving each year: 0.5 m in 2024, 1.16 m in 2025', () => {
		// A_0 = p·M = 0.05 · 10 = 0.5; A_1 = 0.5 · 0.8 + (0.05 + 0.6 · 0.5/10) · (10 − 0.5) = 0.4 + 0.08 · 9.5.
		expect(r.open.series.weightUsers[1]).toBeCloseTo(1.16, 12);
		bass(0.05, 0.6, 10, 0.2).forEach((a, t) => expect(r.open.series.weightUsers[t]).toBeCloseTo(a, 12));
		expect(r.proprietary.series.weightUsers.every((x) => x === 0)).toBe(true);
	});

	it('has the API reach its own, smaller and slower curve, less the users the free weights take', () => {
		// A_1 = 0.1 · 0.8 + (0.05 + 0.35 · 0.1/2) · (2 − 0.1) = 0.20825; doing both keeps 1 − 20 % of them.
		expect(r.proprietary.series.apiUsers[1]).toBeCloseTo(0.20825, 12);
		bass(0.05, 0.35, 2, 0.2).forEach((a, t) => {
			expect(r.proprietary.series.apiUsers[t]).toBeCloseTo(a, 12);
			expect(r.both.series.apiUsers[t]).toBeCloseTo(0.8 * a, 12);
		});
		expect(r.open.series.apiUsers.every((x) => x === 0)).toBe(true);
	});

	it('credits the cloud only with what Alibaba would not have won anyway, per account, by hand', () => {
		// China: 1.25 × 39 % among Qwen's users, less 75 % × 39 % rented anyway = 19.5 %; abroad 0.5 % likewise.
		// 20 % rent compute × (40 % × 19.5 % + 60 % × 0.5 %) = 0.2 × 0.081 = 1.62 %.
		expect(r.open.outputs.payingShare).toBeCloseTo(0.0162, 12);
		// 2025: last year's 0.5 m developers, five to an account: 0.5 / 5 · 0.0162 = 0.00162 m accounts' worth,
		// · USD 2,000 / 1000 = USD 0.00324 bn.
		expect(r.open.series.accounts[1]).toBeCloseTo(0.00162, 12);
		expect(r.open.series.cloud[1]).toBeCloseTo(0.00324, 12);
		expect(r.open.series.cloud[0]).toBe(0);
		// Doing both: the 0.08 m paying the API in 2024 are not also teams running the weights.
		expect(r.both.series.accounts[1]).toBeCloseTo(((0.5 - 0.08) / 5) * 0.0162, 12);
	});

	it('values each option as its discounted yearly value to 2033, written out by hand, plus the value after it', () => {
		for (const o of OPTIONS) {
			const cash = byHand(defaults, o, 10);
			cash.forEach((x, t) => expect(r[o].series.cash[t]).toBeCloseTo(x, 12));
			expect(r[o].outputs.value - r[o].outputs.terminalValue).toBeCloseTo(pvFrom(cash, 0.1), 12);
		}
	});

	it('adds up each option’s value from its parts, the value after 2033 among them', () => {
		for (const o of OPTIONS) {
			const out = r[o].outputs;
			expect(out.value).toBeCloseTo(
				PARTS.reduce((s, k) => s + out[k], 0),
				12
			);
		}
	});

	it('ranks doing both first and the closed API last, with both behind the API in cumulative value until 2033', () => {
		const v = verdict(cm, r);
		expect(v.best).toBe('both');
		expect(v.runnerUp).toBe('open');
		expect(r.proprietary.outputs.value).toBeLessThan(r.open.outputs.value);
		// Both loses money to 2026, passes the API's yearly value in 2028, and its cumulative value only in 2033:
		// nearly all of its lead over the API lies after 2033.
		r.both.series.pv.slice(0, 9).forEach((x, t) => expect(x).toBeLessThan(r.proprietary.series.pv[t]));
		expect(r.both.series.pv[9]).toBeGreaterThan(r.proprietary.series.pv[9]);
		expect(r.both.series.cash.findIndex((x, t) => x > r.proprietary.series.cash[t])).toBe(4);
		const lead = r.both.outputs.value - r.proprietary.outputs.value;
		const after = r.both.outputs.terminalValue - r.proprietary.outputs.terminalValue;
		expect(after / lead).toBeGreaterThan(0.99);
	});
});

describe('developers leave each year and can be won again', () => {
	it('follows M·p/(p + c)·(1 − (1 − p − c)^(t+1)) exactly when nobody imitates (q = 0)', () => {
		// With q = 0: A_t = (1 − p − c)·A_{t−1} + p·M, a geometric approach to p·M/(p + c).
		const values = {
			...defaults,
			qOpen: 0,
			qApi: 0,
			innovation: 0.08,
			churn: 0.12,
			marketOpen: 12,
			marketApi: 3
		};
		const r = evaluate(values);
		const settled = 0.08 / (0.08 + 0.12);
		for (let t = 0; t < 10; t++) {
			expect(r.open.series.weightUsers[t]).toBeCloseTo(12 * settled * (1 - 0.8 ** (t + 1)), 12);
			expect(r.proprietary.series.apiUsers[t]).toBeCloseTo(3 * settled * (1 - 0.8 ** (t + 1)), 12);
		}
		expect(r.open.series.settleOpen[0]).toBeCloseTo(settled, 12);
	});

	it('settles where new adopters replace those who leave: the settled share is a fixed point of the year’s step', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const s = evaluate(v).open.series;
				for (const [share, gap, q] of [
					[s.settleOpen[0], s.gapOpen[0], v.qOpen],
					[s.settleApi[0], s.gapApi[0], v.qApi]
				]) {
					expect(share).toBeGreaterThan(0);
					expect(share).toBeLessThanOrEqual(1 + 1e-12);
					expect(close(step(share, v.innovation, q, 1, v.churn), share)).toBe(true);
					// The gap closed each year near that level is the step's slope there, and always below one.
					const d = 1e-6;
					const slope =
						(step(share + d, v.innovation, q, 1, v.churn) - step(share - d, v.innovation, q, 1, v.churn)) /
						(2 * d);
					expect(Math.abs(gap - slope)).toBeLessThan(1e-6);
					expect(Math.abs(gap)).toBeLessThan(1);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('never lets adopters exceed the market, and with nobody leaving never lets them fall', () => {
		fc.assert(
			fc.property(anyValues, fc.boolean(), (drawn, noChurn) => {
				const values = noChurn ? { ...drawn, churn: 0 } : drawn;
				const r = evaluate(values);
				for (const [option, series, M] of [
					['open', 'weightUsers', values.marketOpen],
					['proprietary', 'apiReach', values.marketApi]
				] as const) {
					const a = r[option].series[series];
					for (let t = 0; t < a.length; t++) {
						expect(a[t]).toBeGreaterThanOrEqual(0);
						expect(a[t]).toBeLessThanOrEqual(M * (1 + 1e-12));
						if (t > 0 && noChurn) expect(a[t]).toBeGreaterThanOrEqual(a[t - 1]);
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	checkDirections(h, [
		{
			name: 'never raises open weights’ value when more developers leave each year',
			param: 'churn',
			of: { option: 'open', output: 'value' },
			moves: 'down',
			tolerance: 1e-12
		},
		{
			name: 'never raises the closed API’s value when more developers leave each year',
			param: 'churn',
			of: { option: 'proprietary', output: 'value' },
			moves: 'down',
			tolerance: 1e-12
		}
	]);
});

describe('the value after 2033 is the same dynamics run on', () => {
	/** The years after 2033 written out by hand for 400 years, discounted to 2024. */
	const runOn = (v: ParamValues, o: string) => pvFrom(byHand(v, o, 410), v.rate, 10);

	it('agrees with running the curves on by hand for centuries, at the defaults, within 0.1 % of each option’s value', () => {
		const r = evaluate(defaults);
		for (const o of OPTIONS) {
			const scale = Math.abs(r[o].outputs.value) + Math.abs(r[o].outputs.terminalValue);
			expect(Math.abs(r[o].outputs.terminalValue - runOn(defaults, o))).toBeLessThan(1e-3 * scale);
		}
	});

	it('takes each curve’s years after 2033 within a tenth of running it on, wherever the intervals reach', () => {
		// The one approximation: a curve closes in on its settled level at the pace it does near that level.
		// Near it (the defaults) that is exact to a fraction of a per cent. A curve still far from it in 2033,
		// slow to spread and slow to lose users, is off by more: about 10 % at p 2 %, q 0.2, churn 8 % (pinned
		// below), up to about 13 % there when the API margin erodes fast, which weighs the first years most.
		const within = fc.record(
			Object.fromEntries(
				def.params.map((p) => {
					const u = p.uncertain;
					const [lo, hi] = u ? [Math.max(p.min, u.low), Math.min(p.max, u.high)] : [p.default, p.default];
					return [p.id, fc.oneof(fc.constantFrom(lo, hi), fc.double({ min: lo, max: hi, noNaN: true }))];
				})
			)
		);
		const ahead = (a: number, p: number, q: number, M: number, c: number, discount: number) => {
			let sum = 0;
			for (let k = 1; k <= 600; k++) sum += (a = step(a, p, q, M, c)) / discount ** k;
			return sum;
		};
		fc.assert(
			fc.property(within, (v) => {
				const s = evaluate(v).both.series;
				const eroded = (1 + v.rate) / (1 - v.rivalCatchUp);
				const pairs = [
					[s.aheadOpen[9], ahead(s.weightUsers[9], v.innovation, v.qOpen, v.marketOpen, v.churn, 1 + v.rate)],
					[s.aheadApi[9], ahead(s.apiReach[9], v.innovation, v.qApi, v.marketApi, v.churn, 1 + v.rate)],
					[s.aheadApiPaid[9], ahead(s.apiReach[9], v.innovation, v.qApi, v.marketApi, v.churn, eroded)]
				];
				for (const [model, runOn] of pairs) expect(Math.abs(model - runOn)).toBeLessThan(0.15 * runOn);
			}),
			{ numRuns: 200 }
		);
		const s = evaluate(defaults).both.series;
		const exact = ahead(s.weightUsers[9], 0.05, 0.6, 10, 0.2, 1.1);
		expect(Math.abs(s.aheadOpen[9] - exact)).toBeLessThan(1e-3 * exact);
		// The slow corner fast-check found: the paid API's years after 2033, with its margin eroding at 5 %.
		const slow = { ...defaults, innovation: 0.02, qApi: 0.2, churn: 0.08, rate: 0.085, rivalCatchUp: 0.05 };
		const c = evaluate(slow).proprietary.series;
		const runOn = ahead(c.apiReach[9], 0.02, 0.2, 2, 0.08, 1.085 / 0.95);
		expect(Math.abs(c.aheadApiPaid[9] - runOn) / runOn).toBeGreaterThan(0.1);
		expect(Math.abs(c.aheadApiPaid[9] - runOn) / runOn).toBeLessThan(0.15);
	});

	it('goes on counting the value leaked after 2033, shrinking: each USD bn of first-year leakage costs 0.8⁹ · 0.8/(r + 0.2) of it, discounted from 2033', () => {
		const tv = (leakage: number) => evaluate({ ...defaults, leakage }).open.outputs.terminalValue;
		// Σ_{k≥1} 0.8^(9+k) / 1.1^k = 0.8⁹ · 0.8 / 0.3, discounted from 2033 (t = 9).
		expect(tv(0.25) - tv(0.15)).toBeCloseTo((-0.1 * 0.8 ** 9 * (0.8 / 0.3)) / 1.1 ** 9, 12);
		// With rivals never catching up it is revision 3's perpetuity, 1/r.
		const flat = (leakage: number) =>
			evaluate({ ...defaults, rivalCatchUp: 0, leakage }).open.outputs.terminalValue;
		expect(flat(0.25) - flat(0.15)).toBeCloseTo(-0.1 / 0.1 / 1.1 ** 9, 12);
	});
});

describe('the cloud credit counts only what Alibaba would not have won anyway', () => {
	it('is zero at the baseline share: no pull on Qwen’s users, and all their compute rented anyway', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const r = evaluate({ ...values, cloudLift: 1, anyway: 1 });
				for (const o of OPTIONS) {
					expect(r[o].outputs.payingShare).toBe(0);
					expect(r[o].outputs.cloudValue).toBe(0);
					expect(r[o].series.cloudAfter.every((x) => x === 0)).toBe(true);
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('is Alibaba’s whole market share, revision 2’s credit, with no pull and nothing rented anyway', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const share = evaluate({ ...v, cloudLift: 1, anyway: 0 }).open.outputs.payingShare;
				const r2 = v.cloudRun * (v.chinaDevs * v.aliShareChina + (1 - v.chinaDevs) * v.aliShareAbroad);
				expect(close(share, r2)).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});

	it('takes Alibaba’s ordinary share off for every point of compute rented anyway, and caps its share at the whole market', () => {
		const share = (v: ParamValues) => evaluate(v).open.outputs.payingShare;
		const ordinary = 0.2 * (0.4 * 0.39 + 0.6 * 0.01);
		for (const anyway of [0, 0.3, 0.9])
			expect(share({ ...defaults, anyway })).toBeCloseTo(
				share({ ...defaults, anyway: 0 }) - anyway * ordinary,
				12
			);
		// At 3× a 50 % share, Qwen's teams in China all rent from Alibaba: 100 %, not 150 %.
		const capped = { ...defaults, cloudLift: 3, aliShareChina: 0.5, anyway: 0, chinaDevs: 1 };
		expect(share(capped)).toBeCloseTo(0.2, 12);
	});

	it('divides cloud profit by the developers per account: k to an account earns 1/k of one each', () => {
		const one = evaluate({ ...defaults, teamSize: 1 }).open.outputs;
		for (const k of [2, 5, 12.5]) {
			const out = evaluate({ ...defaults, teamSize: k }).open.outputs;
			expect(out.cloudValue).toBeCloseTo(one.cloudValue / k, 12);
			expect(out.customers).toBeCloseTo(one.customers / k, 12);
			expect(out.communityValue).toBeCloseTo(one.communityValue, 12);
		}
	});

	it('applies China’s share only to adopters in China, and the share abroad only to the rest', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const at = (v: ParamValues) => evaluate(v).open.outputs.value;
				const china = { ...values, chinaDevs: 1 };
				const abroad = { ...values, chinaDevs: 0 };
				expect(close(at(china), at({ ...china, aliShareAbroad: 0.05 - values.aliShareAbroad }))).toBe(true);
				expect(close(at(abroad), at({ ...abroad, aliShareChina: 1.2 - values.aliShareChina }))).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('open weights and a paid API, each developer counted once', () => {
	it('takes the API’s paying developers out of the teams renting compute to run the weights, year by year', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const s = evaluate(v).both.series;
				for (let t = 1; t < 10; t++) {
					const once = Math.max(0, s.weightUsers[t - 1] - v.overlap * s.apiUsers[t - 1]);
					expect(close(s.accounts[t], (extraShare(v) * once) / v.teamSize)).toBe(true);
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('counts the overlap once: one more developer paying the API is one fewer developer’s cloud bill', () => {
		// Doing both at the defaults, less open weights alone: the cloud profit of the API's developers, lagged a year.
		const r = evaluate(defaults);
		const api = r.both.series.apiUsers;
		const lost = api.slice(0, 9).reduce((s, a, t) => s + (((0.0162 * a) / 5) * 2) / 1.1 ** (t + 1), 0);
		expect(r.open.outputs.cloudValue - r.both.outputs.cloudValue).toBeCloseTo(lost, 12);
		expect(evaluate({ ...defaults, overlap: 0 }).both.outputs.cloudValue).toBeCloseTo(
			r.open.outputs.cloudValue,
			12
		);
	});

	// With no overlap: what open weights earn, plus the API's share that the free weights leave, part by part.
	checkClosedForms(
		h,
		[
			...['cloudValue', 'communityValue', 'value'].map((part) => ({
				name: `${part}: open weights’ own, plus (1 − cannibal) × the closed API’s, with no overlap`,
				option: 'both',
				output: part,
				where: { overlap: 0 },
				formula: (v: ParamValues) => {
					const r = evaluate(v);
					return r.open.outputs[part] + (1 - v.cannibal) * r.proprietary.outputs[part];
				}
			})),
			{
				name: 'licenceValue: (1 − cannibal) × the closed API’s, whatever the overlap',
				option: 'both',
				output: 'licenceValue',
				formula: (v: ParamValues) => (1 - v.cannibal) * evaluate(v).proprietary.outputs.licenceValue
			}
		],
		120
	);

	it('never earns more with the overlap netted than without, and is open weights alone when the free weights take every API user', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const netted = evaluate(v).both.outputs.value;
				const twice = evaluate({ ...v, overlap: 0 }).both.outputs.value;
				expect(netted).toBeLessThanOrEqual(twice + 1e-12 * Math.max(1, Math.abs(twice)));
			}),
			{ numRuns: 100 }
		);
		const all = evaluate({ ...defaults, cannibal: 1 });
		expect(all.both.outputs.value).toBeCloseTo(all.open.outputs.value, 12);
	});
});

describe('rival open models cap what a closed API can charge', () => {
	it('shrinks the API margin per developer by the rivals’ catch-up every year', () => {
		const m = evaluate({ ...defaults, rivalCatchUp: 0.3 }).proprietary.series.apiMargin;
		for (let t = 1; t < m.length; t++) expect(m[t] / m[t - 1]).toBeCloseTo(0.7, 12);
		expect(
			evaluate({ ...defaults, rivalCatchUp: 0 }).proprietary.series.apiMargin.every((x) => x === 200)
		).toBe(true);
	});

	checkDirections(
		h,
		[
			{
				name: 'never raises the closed API’s value when rivals catch up faster',
				param: 'rivalCatchUp',
				of: { option: 'proprietary', output: 'value' },
				moves: 'down',
				tolerance: 1e-12
			}
		],
		80
	);

	it('raises open weights alone when rivals catch up faster, by the leakage it spares and nothing else', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const rs = grid('rivalCatchUp', 6).map((k) => evaluate({ ...values, rivalCatchUp: k }));
				for (let i = 1; i < rs.length; i++) {
					expect(rs[i].open.outputs.value).toBeGreaterThanOrEqual(rs[i - 1].open.outputs.value - 1e-12);
					for (const k of ['cloudValue', 'licenceValue'])
						expect(close(rs[i].open.outputs[k], rs[0].open.outputs[k])).toBe(true);
				}
				// Without leakage the catch-up touches open weights alone not at all.
				const none = grid('rivalCatchUp', 3).map(
					(k) => evaluate({ ...values, leakage: 0, rivalCatchUp: k }).open.outputs.value
				);
				for (const x of none) expect(close(x, none[0])).toBe(true);
			}),
			{ numRuns: 80 }
		);
	});
});

describe('the discount rate', () => {
	it('weighs the open strategy’s later value down as the rate rises, without flipping the verdict in range', () => {
		const leads = grid('rate', 10).map((x) => bothMinusApi({ ...defaults, rate: x }));
		for (let k = 1; k < leads.length; k++) expect(leads[k]).toBeLessThan(leads[k - 1]);
		expect(breakEven(param('rate'), bothMinusApi, defaults).value).toBeNull();
	});
});

describe('which way each assumption pushes the answer', () => {
	// Within 1e-12 of the value, as tight as the 1e-12 the grid of values held to before.
	checkDirections(h, [
		{
			name: 'never lowers open weights’ value when more adopting teams rent compute, at any values within range',
			param: 'cloudRun',
			of: { option: 'open', output: 'value' },
			moves: 'up',
			tolerance: 1e-12
		},
		{
			name: 'never lowers open weights’ value when Qwen draws its users to Alibaba Cloud more',
			param: 'cloudLift',
			of: { option: 'open', output: 'value' },
			moves: 'up',
			tolerance: 1e-12
		},
		{
			name: 'never raises open weights’ value when more of the compute would have been rented anyway',
			param: 'anyway',
			of: { option: 'open', output: 'value' },
			moves: 'down',
			tolerance: 1e-12
		},
		{
			name: 'never raises open weights’ value when more leaks to competitors, at any values within range',
			param: 'leakage',
			of: { option: 'open', output: 'value' },
			moves: 'down',
			tolerance: 1e-12
		}
	]);

	it('leaves the closed API’s value untouched by everything that only concerns open weights', () => {
		const api = evaluate(defaults).proprietary.outputs.value;
		const changed = {
			...defaults,
			cloudRun: 0.5,
			teamSize: 2,
			chinaDevs: 0.9,
			cloudProfit: 5000,
			cloudLift: 2,
			anyway: 0.2,
			overlap: 0.3,
			rdSaving: 0.8,
			leakage: 0.6,
			marketOpen: 25,
			qOpen: 0.2,
			cannibal: 0.7
		};
		expect(evaluate(changed).proprietary.outputs.value).toBeCloseTo(api, 12);
	});

	it('has both − API rise linearly with the share of teams renting compute', () => {
		const d = grid('cloudRun', 4).map((c) => bothMinusApi({ ...defaults, cloudRun: c }));
		for (let k = 1; k < d.length; k++) expect(d[k] - d[k - 1]).toBeCloseTo(d[1] - d[0], 12);
		expect(d[1]).toBeGreaterThan(d[0]);
	});
});

describe('break-even value leaked to rivals', () => {
	const leakage = param('leakage');

	it('lies inside its 90 % interval, near its top, where doing both and the closed API are equal', () => {
		const x = breakEven(leakage, bothMinusApi, defaults).value!;
		expect(Math.abs(bothMinusApi({ ...defaults, leakage: x }))).toBeLessThan(1e-9);
		expect(x).toBeGreaterThan(leakage.default);
		expect(x).toBeLessThan(leakage.uncertain!.high);
		expect(verdict(cm, evaluate({ ...defaults, leakage: x * 0.98 })).best).toBe('both');
		expect(verdict(cm, evaluate({ ...defaults, leakage: x * 1.02 })).best).toBe('proprietary');
	});

	// both − API is linear in the leakage, so the crossing is where the line through two points is zero.
	checkBreakEven(
		h,
		'leakage',
		['both', 'proprietary'],
		(v) => {
			const [d0, d1] = [bothMinusApi({ ...v, leakage: 0 }), bothMinusApi({ ...v, leakage: 0.1 })];
			return (-d0 / (d1 - d0)) * 0.1;
		},
		{ once: true, tolerance: 5e-10 }
	);

	it('agrees with the fast sweep the page uses', () => {
		const be = breakEven(leakage, bothMinusApi, defaults).value!;
		const fast = sweepBreakEven(cm, 'leakage', sweeper(cm)('both', 'proprietary'), defaults);
		expect(fast.value!).toBeCloseTo(be, 8);
	});

	it('leaves no share of teams renting compute that flips it: without any, doing both still leads', () => {
		expect(breakEven(param('cloudRun'), bothMinusApi, defaults).value).toBeNull();
		expect(bothMinusApi({ ...defaults, cloudRun: 0 })).toBeGreaterThan(0);
	});
});
