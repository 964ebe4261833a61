/**
 * The open-weights model's economics, as a reader of the case would check them by hand: the Bass curves
 * year by year, a cloud bill credited per paying account at Alibaba's share of the market the developers
 * work in, a closed API's margin capped by rival open models, the third option (weights and an API) as the
 * sum of the other two less cannibalisation, the value after 2033 as its own part, and the share of
 * adopting teams renting cloud compute at which publishing the weights starts to pay.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { breakEven, evaluator, verdict } from '$lib/engine/analysis';
import { compileModel } from '$lib/engine/model';
import { sweepBreakEven, sweeper } from '$lib/engine/sweep';
import type { ParamValues } from '$lib/engine/types';
import { checkAsData, checkBreakEven, checkClosedForms, checkDirections, harness } from '../harness';
import revision1 from './revisions/r1';
import { openSourceModels as def } from './model';

const h = harness(def);
const { cm, evaluate, defaults, anyValues, param, grid } = h;
const bothMinusApi = h.lead('both', 'proprietary');
const OPTIONS = ['open', 'proprietary', 'both'];
const PARTS = ['cloudValue', 'licenceValue', 'communityValue', 'terminalValue'];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The discrete Bass curve written out by hand: A_t = A_{t−1} + (p + q·A_{t−1}/M)(M − A_{t−1}), A_{−1} = 0. */
function bass(p: number, q: number, M: number, years = 10): number[] {
	const out: number[] = [];
	let a = 0;
	for (let t = 0; t < years; t++) {
		a = a + (p + (q * a) / M) * (M - a);
		out.push(a);
	}
	return out;
}

checkAsData(h);

describe('the model as data', () => {
	it('names the value after the horizon as a part of the breakdown, and the share renting compute as its crux', () => {
		expect(def.decide.terminal).toBe('terminalValue');
		expect(def.breakdown!.add).toContain(def.decide.terminal);
		expect(def.card!.carries[0]).toBe('cloudRun');
	});
});

describe('revision 2 keeps old links meaning what they meant', () => {
	it('reproduces revision 1’s numbers with the history’s `before` values, option by option', () => {
		const old = compileModel(revision1);
		const oldDefaults = Object.fromEntries(revision1.params.map((p) => [p.id, p.default]));
		const r1 = evaluator(old)(oldDefaults);
		const before: ParamValues = { ...defaults };
		for (const c of def.history!) {
			if ('added' in c) before[c.added.id] = c.added.before;
			if ('defaultChanged' in c) before[c.defaultChanged.id] = c.defaultChanged.before;
		}
		const r2 = evaluate(before);
		expect(r2.open.outputs.value).toBeCloseTo(r1.open.outputs.value, 12);
		expect(r2.proprietary.outputs.value).toBeCloseTo(r1.proprietary.outputs.value, 12);
		// The new option earns exactly what open weights alone earn when the free weights take every API user.
		expect(r2.both.outputs.value).toBeCloseTo(r1.open.outputs.value, 12);
		expect(r2.open.outputs.terminalValue).toBe(0);
	});

	it('reads an old link’s conversion share as the teams renting compute, at Alibaba’s share of 100 %', () => {
		const old = evaluator(compileModel(revision1));
		const before: ParamValues = { ...defaults };
		for (const c of def.history!) if ('added' in c) before[c.added.id] = c.added.before;
		for (const conversion of [0, 0.02, 0.13]) {
			const oldValues = Object.fromEntries(revision1.params.map((p) => [p.id, p.default]));
			const r1 = old({ ...oldValues, conversion });
			const r2 = evaluate({ ...before, cloudRun: conversion });
			expect(r2.open.outputs.value).toBeCloseTo(r1.open.outputs.value, 12);
		}
	});

	it('records every parameter it adds, and the old conversion share under its new name', () => {
		const added = def.history!.flatMap((c) => ('added' in c ? [c.added.id] : []));
		const known = new Set(revision1.params.map((p) => p.id));
		const renamed = def.history!.flatMap((c) => ('renamed' in c ? [c.renamed.to] : []));
		const fresh = def.params.filter((p) => !known.has(p.id)).map((p) => p.id);
		expect([...added, ...renamed].sort()).toEqual(fresh.sort());
		expect(renamed).toEqual(['cloudRun']);
		expect(def.revision).toBe(2);
	});
});

describe('at the defaults', () => {
	const r = evaluate(defaults);

	it('has open weights adopted along the Bass curve: 0.5 m in 2024, 1.26 m in 2025', () => {
		// A_0 = p·M = 0.05 · 10 = 0.5; A_1 = 0.5 + (0.05 + 0.6 · 0.5/10) · (10 − 0.5) = 0.5 + 0.08 · 9.5.
		expect(r.open.series.weightUsers[1]).toBeCloseTo(1.26, 12);
		bass(0.05, 0.6, 10).forEach((a, t) => expect(r.open.series.weightUsers[t]).toBeCloseTo(a, 12));
		expect(r.proprietary.series.weightUsers.every((x) => x === 0)).toBe(true);
	});

	it('has the API reach its own, smaller and slower curve, less the users the free weights take', () => {
		// A_1 = 0.1 + (0.05 + 0.35 · 0.1/2) · (2 − 0.1) = 0.22825; doing both keeps 1 − 20 % of them.
		expect(r.proprietary.series.apiUsers[1]).toBeCloseTo(0.22825, 12);
		bass(0.05, 0.35, 2).forEach((a, t) => {
			expect(r.proprietary.series.apiUsers[t]).toBeCloseTo(a, 12);
			expect(r.both.series.apiUsers[t]).toBeCloseTo(0.8 * a, 12);
		});
		expect(r.open.series.apiUsers.every((x) => x === 0)).toBe(true);
	});

	it('credits a cloud bill per paying account at Alibaba’s share where the developers work, by hand', () => {
		// Paying teams: 20 % rent compute × (40 % in China × 39 % + 60 % abroad × 1 %) = 0.2 × 0.162 = 3.24 %.
		expect(r.open.outputs.payingShare).toBeCloseTo(0.0324, 12);
		// 2025: last year’s 0.5 m developers are 0.1 m accounts of five; 3.24 % pay USD 2,000:
		// 0.5 / 5 · 0.0324 = 0.00324 m accounts; · 2000 / 1000 = USD 0.00648 bn.
		expect(r.open.series.accounts[1]).toBeCloseTo(0.00324, 12);
		expect(r.open.series.cloud[1]).toBeCloseTo(0.00648, 12);
		expect(r.open.series.cloud[0]).toBe(0);
	});

	it('values each option as its discounted yearly cash plus the value after 2033, written out by hand', () => {
		const open = bass(0.05, 0.6, 10);
		const api = bass(0.05, 0.35, 2);
		const [rate, g, k] = [0.1, -0.2, 0.2];
		let vOpen = 0;
		let vApi = 0;
		let lastOpen = 0;
		let lastApi = 0;
		for (let t = 0; t < 10; t++) {
			const accounts = t === 0 ? 0 : (0.0324 * open[t - 1]) / 5;
			lastOpen = (accounts * 2000) / 1000 + (0.2 * open[t]) / 10 - 0.15;
			lastApi = (api[t] * 200 * (1 - k) ** t) / 1000;
			vOpen += lastOpen / (1 + rate) ** t;
			vApi += lastApi / (1 + rate) ** t;
		}
		// After 2033 the value fades at g; the API margin also keeps eroding at k: growth (1 + g)(1 − k) − 1.
		const gApi = (1 + g) * (1 - k) - 1;
		const tvOpen = (lastOpen * (1 + g)) / (rate - g) / (1 + rate) ** 9;
		const tvApi = (lastApi * (1 + gApi)) / (rate - gApi) / (1 + rate) ** 9;
		expect(r.open.outputs.terminalValue).toBeCloseTo(tvOpen, 12);
		expect(r.proprietary.outputs.terminalValue).toBeCloseTo(tvApi, 12);
		expect(r.open.outputs.value).toBeCloseTo(vOpen + tvOpen, 12);
		expect(r.proprietary.outputs.value).toBeCloseTo(vApi + tvApi, 12);
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

	it('ranks doing both first, the closed API second, and puts all of the lead after 2033', () => {
		const v = verdict(cm, r);
		expect(v.best).toBe('both');
		expect(v.runnerUp).toBe('proprietary');
		const horizon = (o: string) => r[o].outputs.value - r[o].outputs.terminalValue;
		expect(horizon('both')).toBeLessThan(horizon('proprietary'));
		expect(r.both.outputs.terminalValue - r.proprietary.outputs.terminalValue).toBeGreaterThan(v.margin);
	});
});

describe('a cloud bill is credited once per account, in the market the developers are in', () => {
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
				expect(close(at(abroad), at({ ...abroad, aliShareChina: 0.8 - values.aliShareChina }))).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});

	it('has the paying share move linearly between the two markets’ shares as the China share goes from 0 to 1', () => {
		const share = (c: number) => evaluate({ ...defaults, chinaDevs: c }).open.outputs.payingShare;
		expect(share(0)).toBeCloseTo(0.2 * 0.01, 12);
		expect(share(1)).toBeCloseTo(0.2 * 0.39, 12);
		expect(share(0.25)).toBeCloseTo(0.75 * share(0) + 0.25 * share(1), 12);
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

	it('leaves open weights alone untouched when rivals catch up faster', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const rs = grid('rivalCatchUp', 6).map((k) => evaluate({ ...values, rivalCatchUp: k }));
				for (let i = 1; i < rs.length; i++)
					expect(close(rs[i].open.outputs.value, rs[0].open.outputs.value)).toBe(true);
			}),
			{ numRuns: 80 }
		);
	});
});

describe('open weights and a paid API', () => {
	// What open weights earn, plus the API's share that the free weights leave, part by part.
	checkClosedForms(
		h,
		[
			...['cloudValue', 'communityValue'].map((part) => ({
				name: `${part}: open weights’ own`,
				option: 'both',
				output: part,
				formula: (v: ParamValues) => evaluate(v).open.outputs[part]
			})),
			{
				name: 'licenceValue: (1 − cannibal) × the closed API’s',
				option: 'both',
				output: 'licenceValue',
				formula: (v: ParamValues) => (1 - v.cannibal) * evaluate(v).proprietary.outputs.licenceValue
			}
		],
		150
	);

	it('is open weights alone when the free weights take every API user, and the sum of both when they take none', () => {
		const all = evaluate({ ...defaults, cannibal: 1 });
		expect(all.both.outputs.value).toBeCloseTo(all.open.outputs.value, 12);
		const none = evaluate({ ...defaults, cannibal: 0 });
		expect(none.both.outputs.value).toBeCloseTo(none.open.outputs.value + none.proprietary.outputs.value, 12);
	});

	it('beats the closed API exactly when open weights alone earn more than the API users they take', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const r = evaluate(values);
				const lead = r.both.outputs.value - r.proprietary.outputs.value;
				const own = r.open.outputs.value - values.cannibal * r.proprietary.outputs.value;
				expect(close(lead, own)).toBe(true);
			}),
			{ numRuns: 150 }
		);
	});
});

describe('the value after 2033 and the discount rate', () => {
	it('counts nothing after 2033 at −100 % growth, and more the slower the value fades', () => {
		const none = evaluate({ ...defaults, growth: -1 });
		for (const o of OPTIONS) expect(none[o].outputs.terminalValue).toBe(0);
		const tv = grid('growth', 6).map((g) => evaluate({ ...defaults, growth: g }).both.outputs.terminalValue);
		for (let k = 1; k < tv.length; k++) expect(tv[k]).toBeGreaterThan(tv[k - 1]);
	});

	it('has the value after 2033 grow with the last year’s value as 1/(r − g): a multiple a reader can check', () => {
		// At g = 0 and no erosion, the value after 2033 is the last year’s value, discounted, times 1/r.
		const r = evaluate({ ...defaults, growth: 0, rivalCatchUp: 0, rate: 0.08 });
		for (const o of OPTIONS) {
			const last = r[o].series.cash[9];
			expect(r[o].outputs.terminalValue).toBeCloseTo(last / 0.08 / 1.08 ** 9, 12);
		}
	});

	it('weighs the open strategy’s later value down as the rate rises, and flips the verdict within range', () => {
		const leads = grid('rate', 10).map((x) => bothMinusApi({ ...defaults, rate: x }));
		for (let k = 1; k < leads.length; k++) expect(leads[k]).toBeLessThan(leads[k - 1]);
		const be = breakEven(param('rate'), bothMinusApi, defaults);
		expect(be.value).not.toBeNull();
		expect(verdict(cm, evaluate({ ...defaults, rate: param('rate').max })).best).toBe('proprietary');
	});
});

describe('the Bass curve', () => {
	it('follows M·(1 − (1 − p)^(t+1)) exactly when nobody imitates (q = 0)', () => {
		// With q = 0: M − A_t = (1 − p)(M − A_{t−1}) and A_{−1} = 0, so M − A_t = M(1 − p)^(t+1).
		const values = { ...defaults, qOpen: 0, qApi: 0, innovation: 0.08, marketOpen: 12, marketApi: 3 };
		const r = evaluate(values);
		for (let t = 0; t < 10; t++) {
			expect(r.open.series.weightUsers[t]).toBeCloseTo(12 * (1 - 0.92 ** (t + 1)), 12);
			expect(r.proprietary.series.apiUsers[t]).toBeCloseTo(3 * (1 - 0.92 ** (t + 1)), 12);
		}
	});

	it('never lets adopters exceed the market or fall, for any values within range', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const r = evaluate(values);
				for (const [option, series, M] of [
					['open', 'weightUsers', values.marketOpen],
					['proprietary', 'apiReach', values.marketApi]
				] as const) {
					const a = r[option].series[series];
					for (let t = 0; t < a.length; t++) {
						expect(a[t]).toBeGreaterThanOrEqual(0);
						expect(a[t]).toBeLessThanOrEqual(M * (1 + 1e-12));
						if (t > 0) expect(a[t]).toBeGreaterThanOrEqual(a[t - 1]);
					}
				}
			}),
			{ numRuns: 150 }
		);
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

describe('break-even share of adopting teams that rent cloud compute', () => {
	const cloudRun = param('cloudRun');

	it('lies inside the 90 % interval, below the default, where doing both and the closed API are equal', () => {
		const x = breakEven(cloudRun, bothMinusApi, defaults).value!;
		expect(Math.abs(bothMinusApi({ ...defaults, cloudRun: x }))).toBeLessThan(1e-9);
		expect(x).toBeGreaterThan(cloudRun.uncertain!.low);
		expect(x).toBeLessThan(defaults.cloudRun);
		expect(verdict(cm, evaluate({ ...defaults, cloudRun: x * 0.98 })).best).toBe('proprietary');
		expect(verdict(cm, evaluate({ ...defaults, cloudRun: x * 1.02 })).best).toBe('both');
	});

	// both − API is linear in the share, so the crossing is where the line through two points is zero.
	checkBreakEven(
		h,
		'cloudRun',
		['both', 'proprietary'],
		(v) => {
			const [d0, d1] = [bothMinusApi({ ...v, cloudRun: 0 }), bothMinusApi({ ...v, cloudRun: 0.1 })];
			return (-d0 / (d1 - d0)) * 0.1;
		},
		{ once: true, tolerance: 5e-10 }
	);

	it('agrees with the fast sweep the page uses', () => {
		const be = breakEven(cloudRun, bothMinusApi, defaults).value!;
		const fast = sweepBreakEven(cm, 'cloudRun', sweeper(cm)('both', 'proprietary'), defaults);
		expect(fast.value!).toBeCloseTo(be, 8);
	});
});
