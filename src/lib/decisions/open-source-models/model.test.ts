/**
 * The open-weights model's economics, as a reader of the case would check them by hand: the Bass curves
 * year by year, each option's value at the defaults, the closed form of the curve without imitation, which
 * way each assumption pushes the answer, and the conversion rate at which open weights start to pay.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { advantage, breakEven, evaluator, overtake, verdict } from '$lib/engine/analysis';
import { compileModel } from '$lib/engine/model';
import { sweepBreakEven, sweeper } from '$lib/engine/sweep';
import type { ParamValues } from '$lib/engine/types';
import { checkCitations } from '$lib/sources/quotes';
import { openSourceModels as def } from './model';

const cm = compileModel(def);
const evaluate = evaluator(cm);
const openMinusApi = advantage(cm, evaluate, 'open', 'proprietary');
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

describe('the model as data', () => {
	it('compiles and validates', () => {
		expect(cm.def.id).toBe('open-source-models');
	});

	it('quotes every seed passage verbatim', () => {
		expect(checkCitations([def])).toEqual([]);
	});
});

describe('at the defaults', () => {
	const r = evaluate(defaults);

	it('has open weights adopted along the Bass curve: 0.5 m in 2024, 1.26 m in 2025', () => {
		// A_0 = p·M = 0.05 · 10 = 0.5; A_1 = 0.5 + (0.05 + 0.6 · 0.5/10) · (10 − 0.5) = 0.5 + 0.08 · 9.5.
		expect(r.open.series.adopters[0]).toBeCloseTo(0.5, 12);
		expect(r.open.series.adopters[1]).toBeCloseTo(1.26, 12);
		bass(0.05, 0.6, 10).forEach((a, t) => expect(r.open.series.adopters[t]).toBeCloseTo(a, 12));
	});

	it('has the API adopted along its own, smaller and slower curve: 0.1 m in 2024, 0.228 m in 2025', () => {
		// A_0 = 0.05 · 2 = 0.1; A_1 = 0.1 + (0.05 + 0.35 · 0.1/2) · (2 − 0.1) = 0.1 + 0.0675 · 1.9 = 0.22825.
		expect(r.proprietary.series.adopters[0]).toBeCloseTo(0.1, 12);
		expect(r.proprietary.series.adopters[1]).toBeCloseTo(0.22825, 12);
		bass(0.05, 0.35, 2).forEach((a, t) => expect(r.proprietary.series.adopters[t]).toBeCloseTo(a, 12));
	});

	it('reports the developers each option reaches by 2033: about 9.9 m open, 1.7 m API', () => {
		expect(r.open.outputs.developers).toBeCloseTo(bass(0.05, 0.6, 10)[9], 12);
		expect(r.proprietary.outputs.developers).toBeCloseTo(bass(0.05, 0.35, 2)[9], 12);
		expect(r.open.outputs.developers.toFixed(1)).toBe('9.9');
		expect(r.proprietary.outputs.developers.toFixed(1)).toBe('1.7');
	});

	it('has open weights lose money at first: −0.14 bn in 2024, −0.075 bn in 2025', () => {
		// 2024: nobody pays yet (payers convert a year after adopting); R&D saved 0.2 · 0.5/10 = 0.01, leakage 0.15.
		expect(r.open.series.cash[0]).toBeCloseTo(0.01 - 0.15, 12);
		// 2025: 5 % of last year's 0.5 m pay USD 2,000: 0.05 · 0.5 · 2000 / 1000 = 0.05 bn;
		// R&D saved 0.2 · 1.26/10 = 0.0252; less leakage 0.15.
		expect(r.open.series.cloud[1]).toBeCloseTo(0.05, 12);
		expect(r.open.series.cash[1]).toBeCloseTo(0.05 + 0.0252 - 0.15, 12);
		expect(r.open.series.licence.every((x) => x === 0)).toBe(true);
	});

	it('has the API earn USD 200 per developer from the first year: 0.02 bn in 2024', () => {
		// 0.1 m developers · USD 200 = USD 20 m; 2025: 0.22825 · 200 / 1000 = 0.04565.
		expect(r.proprietary.series.cash[0]).toBeCloseTo(0.02, 12);
		expect(r.proprietary.series.cash[1]).toBeCloseTo(0.04565, 12);
		expect(r.proprietary.series.cloud.every((x) => x === 0)).toBe(true);
		expect(r.proprietary.series.community.every((x) => x === 0)).toBe(true);
	});

	it('values each option as the discounted sum of its yearly cash, written out by hand', () => {
		const open = bass(0.05, 0.6, 10);
		const api = bass(0.05, 0.35, 2);
		let vOpen = 0;
		let vApi = 0;
		for (let t = 0; t < 10; t++) {
			const payers = t === 0 ? 0 : 0.05 * open[t - 1];
			vOpen += ((payers * 2000) / 1000 + (0.2 * open[t]) / 10 - 0.15) / 1.1 ** t;
			vApi += (api[t] * 200) / 1000 / 1.1 ** t;
		}
		expect(r.open.outputs.value).toBeCloseTo(vOpen, 12);
		expect(r.proprietary.outputs.value).toBeCloseTo(vApi, 12);
		expect(r.open.outputs.value.toFixed(2)).toBe('2.28');
		expect(r.proprietary.outputs.value.toFixed(2)).toBe('1.03');
	});

	it('splits open weights’ value into cloud profit and community, and the API’s into licences', () => {
		const o = r.open.outputs;
		expect(o.value).toBeCloseTo(o.cloudValue + o.licenceValue + o.communityValue, 12);
		expect(o.licenceValue).toBe(0);
		const a = r.proprietary.outputs;
		expect(a.value).toBeCloseTo(a.licenceValue, 12);
	});

	it('has open weights win by about 1.25 bn', () => {
		const v = verdict(cm, r);
		expect(v.best).toBe('open');
		expect(v.margin).toBeGreaterThan(1.2);
		expect(v.margin).toBeLessThan(1.3);
	});

	it('has open weights’ cumulative value overtake the API’s in 2029', () => {
		// Cumulative present value, open vs API: 2028 0.167 vs 0.321, 2029 0.509 vs 0.447.
		expect(r.open.series.pv[4]).toBeLessThan(r.proprietary.series.pv[4]);
		expect(r.open.series.pv[5]).toBeGreaterThan(r.proprietary.series.pv[5]);
		expect(overtake(cm, r, 'open', 'proprietary')).toEqual({ period: 5, year: 2029 });
	});

	it('has open weights reach more developers than the API in every year', () => {
		r.open.series.adopters.forEach((a, t) => expect(a).toBeGreaterThan(r.proprietary.series.adopters[t]));
	});
});

describe('the Bass curve', () => {
	it('follows M·(1 − (1 − p)^(t+1)) exactly when nobody imitates (q = 0)', () => {
		// With q = 0: M − A_t = (1 − p)(M − A_{t−1}) and A_{−1} = 0, so M − A_t = M(1 − p)^(t+1).
		const values = { ...defaults, qOpen: 0, qApi: 0, innovation: 0.08, marketOpen: 12, marketApi: 3 };
		const r = evaluate(values);
		for (let t = 0; t < 10; t++) {
			expect(r.open.series.adopters[t]).toBeCloseTo(12 * (1 - 0.92 ** (t + 1)), 12);
			expect(r.proprietary.series.adopters[t]).toBeCloseTo(3 * (1 - 0.92 ** (t + 1)), 12);
		}
	});

	it('gives the API a geometric-series value when nobody imitates', () => {
		// V = (a/1000)·M·Σ_{t<T} (1 − (1 − p)^(t+1)) / (1 + r)^t
		//   = (a/1000)·M·[ (1 − (1 + r)^−T)(1 + r)/r − (1 − p)(1 − x^T)/(1 − x) ],  x = (1 − p)/(1 + r).
		const [p, M, a, rate, T] = [0.1, 2, 300, 0.08, 10];
		const x = (1 - p) / (1 + rate);
		const closed =
			(a / 1000) * M * (((1 - (1 + rate) ** -T) * (1 + rate)) / rate - ((1 - p) * (1 - x ** T)) / (1 - x));
		const r = evaluate({ ...defaults, qApi: 0, innovation: p, marketApi: M, apiProfit: a, rate });
		expect(r.proprietary.outputs.value).toBeCloseTo(closed, 12);
	});

	it('never lets adopters exceed the market or fall, for any values within range', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const r = evaluate(values);
				for (const option of ['open', 'proprietary']) {
					const a = r[option].series.adopters;
					const M = r[option].series.market[0];
					for (let t = 0; t < a.length; t++) {
						expect(a[t]).toBeGreaterThanOrEqual(0);
						expect(a[t]).toBeLessThanOrEqual(M * (1 + 1e-12));
						if (t > 0) expect(a[t]).toBeGreaterThanOrEqual(a[t - 1]);
					}
				}
			}),
			{ numRuns: 200 }
		);
		expect(true).toBe(true);
	});

	it('gives open weights at least as many developers whenever their market and imitation are no smaller', () => {
		// Each Bass step A ↦ A + (p + qA/M)(M − A) rises with M, with q and (as p + q ≤ 1) with A itself.
		fc.assert(
			fc.property(anyValues, (values) => {
				const v = {
					...values,
					marketOpen: Math.max(values.marketOpen, values.marketApi),
					qOpen: Math.max(values.qOpen, values.qApi)
				};
				const r = evaluate(v);
				r.open.series.adopters.forEach((a, t) =>
					expect(a).toBeGreaterThanOrEqual(r.proprietary.series.adopters[t] * (1 - 1e-12))
				);
			}),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});
});

describe('which way each assumption pushes the answer', () => {
	it('never lowers open weights’ value when more adopters convert, at any values within range', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const vs = grid('conversion', 8).map(
					(c) => evaluate({ ...values, conversion: c }).open.outputs.value
				);
				for (let k = 1; k < vs.length; k++) expect(vs[k] - vs[k - 1]).toBeGreaterThanOrEqual(-1e-12);
			}),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});

	it('never raises open weights’ value when more leaks to competitors, at any values within range', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const vs = grid('leakage', 8).map((l) => evaluate({ ...values, leakage: l }).open.outputs.value);
				for (let k = 1; k < vs.length; k++) expect(vs[k] - vs[k - 1]).toBeLessThanOrEqual(1e-12);
			}),
			{ numRuns: 150 }
		);
		expect(true).toBe(true);
	});

	it('leaves the API’s value untouched by everything that only concerns open weights', () => {
		const base = openMinusApi(defaults);
		const api = evaluate(defaults).proprietary.outputs.value;
		const changed = {
			...defaults,
			conversion: 0.15,
			cloudProfit: 5000,
			rdSaving: 0.8,
			leakage: 0.6,
			marketOpen: 25,
			qOpen: 0.2
		};
		expect(evaluate(changed).proprietary.outputs.value).toBeCloseTo(api, 12);
		expect(openMinusApi(changed)).not.toBeCloseTo(base, 3);
	});

	it('has open − API rise linearly with the conversion rate', () => {
		// Open's value is V₀ + c·K with K = Σ A_{t−1}·cloudProfit/1000/(1 + r)^t ≥ 0.
		const d = grid('conversion', 4).map((c) => openMinusApi({ ...defaults, conversion: c }));
		for (let k = 1; k < d.length; k++) expect(d[k] - d[k - 1]).toBeCloseTo(d[1] - d[0], 12);
		expect(d[1]).toBeGreaterThan(d[0]);
	});
});

describe('break-even conversion rate', () => {
	const conversion = param('conversion');

	it('is found by the engine inside the parameter’s range, where the two options are equal', () => {
		const be = breakEven(conversion, openMinusApi, defaults);
		expect(be.crossings).toHaveLength(1);
		const x = be.value!;
		expect(x).toBeGreaterThan(conversion.min);
		expect(x).toBeLessThan(conversion.max);
		expect(Math.abs(openMinusApi({ ...defaults, conversion: x }))).toBeLessThan(1e-9);
		// It sits inside the 90 % interval a room would argue over (2–10 %), below the 5 % default.
		expect(x).toBeGreaterThan(conversion.uncertain!.low);
		expect(x).toBeLessThan(defaults.conversion);
	});

	it('agrees with the hand calculation c* = (V_API − V₀) / K, about 2.6 %', () => {
		// V₀: open's value with nobody converting; K: the value of each unit of conversion.
		const open = bass(0.05, 0.6, 10);
		const vApi = bass(0.05, 0.35, 2).reduce((s, a, t) => s + (a * 200) / 1000 / 1.1 ** t, 0);
		let v0 = 0;
		let k = 0;
		for (let t = 0; t < 10; t++) {
			v0 += ((0.2 * open[t]) / 10 - 0.15) / 1.1 ** t;
			if (t > 0) k += (open[t - 1] * 2000) / 1000 / 1.1 ** t;
		}
		const hand = (vApi - v0) / k;
		expect(breakEven(conversion, openMinusApi, defaults).value!).toBeCloseTo(hand, 9);
		expect(hand.toFixed(3)).toBe('0.026');
	});

	it('is found the same way by the fast sweep the page uses', () => {
		const sweep = sweeper(cm)('open', 'proprietary');
		const fast = sweepBreakEven(cm, 'conversion', sweep, defaults);
		expect(fast.crossings).toHaveLength(1);
		expect(fast.value!).toBeCloseTo(breakEven(conversion, openMinusApi, defaults).value!, 8);
	});

	it('flips the verdict from the API to open weights across it', () => {
		const x = breakEven(conversion, openMinusApi, defaults).value!;
		expect(verdict(cm, evaluate({ ...defaults, conversion: x * 0.99 })).best).toBe('proprietary');
		expect(verdict(cm, evaluate({ ...defaults, conversion: x * 1.01 })).best).toBe('open');
	});

	it('moves the overtaking year later as conversion approaches the break-even', () => {
		const x = breakEven(conversion, openMinusApi, defaults).value!;
		const year = (c: number) => overtake(cm, evaluate({ ...defaults, conversion: c }), 'open', 'proprietary');
		expect(year(0.1)!.year).toBeLessThan(2029);
		expect(year(x * 1.05)!.year).toBeGreaterThan(2029);
		expect(year(x * 1.05)!.year).toBeLessThanOrEqual(2033);
		expect(year(x * 0.95)).toBeNull();
	});
});
