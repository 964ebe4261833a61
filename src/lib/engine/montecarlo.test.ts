/**
 * Monte Carlo as a person meets it: the same seed gives the same fan chart, every option is run on the
 * same draws (so a difference between options is not noise), moving a slider that is not uncertain
 * leaves the draws alone, and the summaries read off the samples are the textbook ones.
 */
import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { drawInto, fitDistribution } from './distributions';
import { compileModel, withDefaults } from './model';
import { pooledSize } from './column-pool';
import { MonteCarlo } from './montecarlo';
import { streamOf, uniformStream } from './random';
import { referenceEvaluator } from './reference';
import { buildPlan, type Column } from './simulate';
import { buildFusedPlan } from './fused-plan';
import { models } from '$lib/decisions/testing';
import {
	difference,
	periodSamples,
	probabilityAhead,
	quantileSorted,
	summarize,
	summarizeSeries
} from './stats';
import { cell, close, disagreements, KERNELS, model, param } from './testing/fixtures';

const def = model({
	periods: 3,
	flags: { plus: 0 },
	params: [
		param('x', { default: 10, min: -100, max: 100, uncertain: { dist: 'normal', low: 8, high: 12 } }),
		param('k', { default: 2, min: 0, max: 10 }),
		param('y', { default: 3, min: 0, max: 10, uncertain: { dist: 'triangular', low: 1, high: 5 } })
	],
	options: [
		{ id: 'a', label: 'A', description: '' },
		{ id: 'b', label: 'B', description: 'A plus one', set: { plus: 1 } }
	],
	series: { s: 'x * (1 + t) + y * k' },
	outputs: { value: 'last(s) + plus', ox: 'x', oy: 'y', total: 'x + y', kx: 'k * x' },
	decide: { by: 'value', higherIsBetter: true }
});
const cm = compileModel(def);

/** A copy of every column, since a plan overwrites its columns on the next run. */
function snapshot(r: ReturnType<MonteCarlo['run']>): Record<string, Record<string, number[]>> {
	return Object.fromEntries(
		Object.entries(r).map(([option, res]) => [
			option,
			Object.fromEntries(
				[...Object.entries(res.series), ...Object.entries(res.outputs)].map(([k, c]) => [
					k,
					Array.from({ length: res.n * (k in res.series ? res.periods : 1) }, (_, j) =>
						k in res.series ? cell(c, Math.floor(j / res.n), j % res.n) : cell(c, 0, j)
					)
				])
			)
		])
	);
}

describe('MonteCarlo', () => {
	it('gives identical results for the same seed, in a new instance and on a second run', () => {
		const first = snapshot(new MonteCarlo(cm, { samples: 400, seed: 7 }).run({}));
		const mc = new MonteCarlo(cm, { samples: 400, seed: 7 });
		expect(snapshot(mc.run({}))).toEqual(first);
		expect(snapshot(mc.run({}))).toEqual(first);
		expect(mc.samples).toBe(400);
	});

	it('disposed, gives its columns to the next MonteCarlo, whose results are those of new memory', () => {
		const expected = snapshot(new MonteCarlo(cm, { samples: 400, seed: 8 }).run({}));
		const old = new MonteCarlo(cm, { samples: 400, seed: 7 });
		old.run({ k: 5 });
		const before = pooledSize();
		old.dispose();
		old.dispose();
		expect(pooledSize()).toBeGreaterThan(before);
		expect(() => old.run({})).toThrow('disposed');
		const next = new MonteCarlo(cm, { samples: 400, seed: 8 });
		expect(snapshot(next.run({}))).toEqual(expected);
		expect(pooledSize()).toBe(before);
	});

	it('gives different draws for a different seed', () => {
		const a = snapshot(new MonteCarlo(cm, { samples: 400, seed: 7 }).run({}));
		const b = snapshot(new MonteCarlo(cm, { samples: 400, seed: 8 }).run({}));
		const same = a.a.ox.filter((v, i) => v === b.a.ox[i]).length;
		expect(same).toBeLessThan(5);
		expect(a.a.value).not.toEqual(b.a.value);
	});

	it('runs every option on the same draws: B = A + 1 in every sample, so A is never ahead', () => {
		const n = 1000;
		const r = new MonteCarlo(cm, { samples: n, seed: 42 }).run({});
		expect(Array.from(r.a.outputs.ox.data)).toEqual(Array.from(r.b.outputs.ox.data));
		const bMinusA = difference(r.b.outputs.value, r.a.outputs.value, n);
		for (const d of bMinusA) expect(Math.abs(d - 1)).toBeLessThan(1e-12);
		expect(probabilityAhead(difference(r.a.outputs.value, r.b.outputs.value, n), true)).toEqual({
			p: 0,
			se: 0
		});
		expect(probabilityAhead(bMinusA, true)).toEqual({ p: 1, se: 0 });
		// The spread of each option is wide, so this is not an accident of a narrow distribution.
		const spread = summarize(Float64Array.from(r.a.outputs.value.data));
		expect(spread.p95 - spread.p05).toBeGreaterThan(5);
	});

	it('keeps the draws when a parameter that is not uncertain moves', () => {
		const mc = new MonteCarlo(cm, { samples: 300, seed: 3 });
		const before = snapshot(mc.run({ k: 2 }));
		const after = snapshot(mc.run({ k: 5 }));
		expect(after.a.ox).toEqual(before.a.ox);
		expect(after.a.oy).toEqual(before.a.oy);
		after.a.kx.forEach((v, i) => expect(v).toBeCloseTo(5 * before.a.ox[i], 10));
	});

	it('redraws only the parameter that moved, and returns to the same draws when it moves back', () => {
		const mc = new MonteCarlo(cm, { samples: 300, seed: 3 });
		const at10 = snapshot(mc.run({ x: 10 }));
		const at20 = snapshot(mc.run({ x: 20 }));
		expect(at20.a.oy).toEqual(at10.a.oy);
		// A normal interval moves with the value: every draw shifts by about the same 10.
		at20.a.ox.forEach((v, i) => expect(v - at10.a.ox[i]).toBeCloseTo(10, 6));
		expect(snapshot(mc.run({ x: 10 }))).toEqual(at10);
	});

	it('draws in steps, one an uncertain parameter, what its next run would draw, and gives the same numbers', () => {
		const mc = new MonteCarlo(cm, { samples: 300, seed: 3 });
		const steps = mc.drawSteps({ x: 12 });
		expect(steps).toHaveLength(2);
		for (const step of steps) step();
		const fresh = new MonteCarlo(cm, { samples: 300, seed: 3 });
		expect(snapshot(mc.run({ x: 12 }))).toEqual(snapshot(fresh.run({ x: 12 })));
		// Drawn for 12, not for what a run at another value needs.
		expect(snapshot(mc.run({ x: 10 }))).toEqual(snapshot(fresh.run({ x: 10 })));
	});

	it('draws within [min, max] with the stated 90 % interval', () => {
		const n = 4000;
		const r = new MonteCarlo(cm, { samples: n, seed: 11 }).run({});
		const x = summarize(Float64Array.from(r.a.outputs.ox.data));
		const y = summarize(Float64Array.from(r.a.outputs.oy.data));
		expect(x.p05).toBeCloseTo(8, 0);
		expect(x.p95).toBeCloseTo(12, 0);
		expect(x.p50).toBeCloseTo(10, 0);
		expect(y.p05).toBeCloseTo(1, 0);
		expect(y.p95).toBeCloseTo(5, 0);
		for (const v of r.a.outputs.oy.data) {
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThanOrEqual(10);
		}
	});

	it('uses an option’s fixed value instead of the draws', () => {
		const fixed = compileModel({
			...def,
			options: [def.options[0], { id: 'c', label: 'C', description: 'y fixed', set: { y: 4 } }]
		});
		const r = new MonteCarlo(fixed, { samples: 200, seed: 1 }).run({});
		for (let i = 0; i < 200; i++) expect(cell(r.c.outputs.oy, 0, i)).toBe(4);
		expect(new Set(r.a.outputs.oy.data).size).toBeGreaterThan(100);
	});

	it('keeps the mean of a sum the sum of the means, and the mean of k·x k times the mean', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				fc.integer({ min: 2, max: 300 }),
				fc.double({ min: -50, max: 50, noNaN: true }),
				fc.double({ min: 0.5, max: 9.5, noNaN: true }),
				fc.double({ min: 0, max: 10, noNaN: true }),
				(seed, samples, x, y, k) => {
					const r = new MonteCarlo(cm, { samples, seed }).run({ x, y, k }).a;
					const mean = (c: Column) =>
						summarize(Float64Array.from({ length: samples }, (_, i) => cell(c, 0, i))).mean;
					const mx = mean(r.outputs.ox);
					const my = mean(r.outputs.oy);
					const tol = 1e-9 * Math.max(1, Math.abs(mx) + Math.abs(my));
					expect(Math.abs(mean(r.outputs.total) - (mx + my))).toBeLessThan(tol);
					expect(Math.abs(mean(r.outputs.kx) - k * mx)).toBeLessThan(1e-9 * Math.max(1, Math.abs(k * mx)));
				}
			),
			{ numRuns: 60 }
		);
		expect(true).toBe(true);
	});
});

describe('MonteCarlo runs all options in one loop', () => {
	for (const m of models) {
		it(`${m.id}: every output and the chart series equal each option's own plan on the same draws`, () => {
			const cm = compileModel(m);
			const n = 300;
			const seed = 5;
			// Values away from the defaults, so that no option's fixed value hides a wrong slot.
			const values = withDefaults(
				m,
				Object.fromEntries(m.params.map((p) => [p.id, p.default + (p.max - p.default) / 7]))
			);
			const draws = new Map<string, Float64Array>();
			m.params.forEach((p) => {
				if (!p.uncertain) return;
				const out = new Float64Array(n);
				const fitted = fitDistribution(p.uncertain, values[p.id], p.default);
				drawInto(fitted, uniformStream(seed, streamOf(p.id), n), out, p.min, p.max);
				draws.set(p.id, out);
			});
			const uncertain = new Set(draws.keys());
			const r = new MonteCarlo(cm, { samples: n, seed }).run(values);
			expect(Object.keys(r)).toEqual(m.options.map((o) => o.id));
			for (const option of m.options) {
				const got = r[option.id];
				expect(Object.keys(got.series)).toEqual([m.chart.series]);
				expect(Object.keys(got.outputs)).toEqual(Object.keys(m.outputs));
				for (const kernel of KERNELS) {
					const want = buildPlan(cm, option.id, n, uncertain, kernel).run(values, draws);
					const problems: string[] = [];
					for (const name of Object.keys(m.outputs)) {
						for (let i = 0; i < n; i++) {
							const [a, b] = [cell(got.outputs[name], 0, i), cell(want.outputs[name], 0, i)];
							if (!close(a, b, 1e-12)) problems.push(`${name}[${i}]: ${a} vs ${b}`);
						}
					}
					const chart = m.chart.series;
					for (let t = 0; t < m.periods.count; t++) {
						for (let i = 0; i < n; i++) {
							const [a, b] = [cell(got.series[chart], t, i), cell(want.series[chart], t, i)];
							if (!close(a, b, 1e-12)) problems.push(`${chart}[${t}, ${i}]: ${a} vs ${b}`);
						}
					}
					expect(problems.slice(0, 5), `${option.id} against the ${kernel} plan`).toEqual([]);
				}
			}
		});
	}

	for (const m of models) {
		it(`${m.id}: computing only the deciding output gives it bit for bit, and nothing else`, () => {
			const cm = compileModel(m);
			const full = snapshot(new MonteCarlo(cm, { samples: 300, seed: 9 }).run({}));
			const settings = { samples: 300, seed: 9, outputs: [m.decide.by], series: [] };
			const one = new MonteCarlo(cm, settings).run({});
			for (const option of m.options) {
				expect(Object.keys(one[option.id].outputs)).toEqual([m.decide.by]);
				expect(Object.keys(one[option.id].series)).toEqual([]);
				expect(snapshot(one)[option.id][m.decide.by]).toEqual(full[option.id][m.decide.by]);
			}
		});
	}

	it('refuses an output or a series the model does not have', () => {
		expect(() => new MonteCarlo(cm, { samples: 10, seed: 1, outputs: ['value', 'nope'] })).toThrow(
			"Model 'test-model' has no output 'nope'."
		);
		expect(() => new MonteCarlo(cm, { samples: 10, seed: 1, series: ['value'] })).toThrow(
			"Model 'test-model' has no series 'value'."
		);
	});

	it('falls back to closure plans, with the same results, where generated code is refused', async () => {
		const fused = snapshot(new MonteCarlo(cm, { samples: 200, seed: 3 }).run({ k: 4 }));
		// A fresh copy of the engine, so that the refusal does not stick to the modules the other tests use.
		vi.resetModules();
		const { MonteCarlo: Isolated } = await import('./montecarlo');
		const { compileModel: isolatedCompile } = await import('./model');
		const original = globalThis.Function;
		globalThis.Function = function refuse() {
			throw new EvalError('Refused to evaluate a string as JavaScript (unsafe-eval).');
		} as unknown as FunctionConstructor;
		try {
			const isolated = isolatedCompile(def);
			const closure = snapshot(new Isolated(isolated, { samples: 200, seed: 3 }).run({ k: 4 }));
			for (const option of ['a', 'b']) {
				for (const name of [...Object.keys(def.outputs), def.chart.series]) {
					const [x, y] = [fused[option][name], closure[option][name]];
					expect(y.length, `${option}.${name}`).toBe(x.length);
					expect(x.every((v, i) => close(v, y[i], 1e-12))).toBe(true);
				}
			}
		} finally {
			globalThis.Function = original;
		}
	});

	it('accumulates aggregates of series it does not store, and reads back the ones it must', () => {
		const def = model({
			periods: 6,
			params: [
				param('g', { default: 0.1, min: -0.5, max: 0.5, uncertain: { dist: 'normal', low: 0, high: 0.2 } }),
				param('dr', {
					default: 0.05,
					min: 0,
					max: 0.2,
					uncertain: { dist: 'uniform', low: 0.02, high: 0.08 }
				}),
				param('k', { default: 3, min: 0, max: 10 })
			],
			series: {
				shown: 'prev(shown, 1) * (1 + g)',
				flow: 'shown - k * t',
				rate: 'dr + t / 100',
				flat: 'k * 2',
				cube: '(1 + g) ^ 3',
				twice: 'flow * 2'
			},
			outputs: {
				pv: 'npv(flow, dr)',
				pvFixed: 'npv(flow, 0.1) + npv(flat, dr)',
				pvLast: 'npv(twice, last(rate))',
				total: 'sum(flow) + sum(flat)',
				ends: 'first(flow) * 1000 + last(flow) + at(flow, 2) + at(rate, 5)',
				missing: 'at(flow, 6)',
				cube: 'last(cube)',
				steady: 'first(flat) + last(flat) * 10 + at(flat, 1) * 100 + first(cube) * at(cube, 4)'
			},
			chart: 'shown'
		});
		const cm = compileModel(def);
		const n = 40;
		const draws = new Map([
			['g', Float64Array.from({ length: n }, (_, i) => -0.3 + (0.6 * i) / n)],
			['dr', Float64Array.from({ length: n }, (_, i) => 0.2 - (0.19 * i) / n)]
		]);
		const plan = buildFusedPlan(cm, 'a', n, new Set(['g', 'dr']), { series: new Set(['shown']) });
		const ref = referenceEvaluator(cm, 'a');
		const result = plan.run({ k: 2.5 }, draws);
		// pvLast reads `twice` back after the loop, so it is stored too.
		expect(Object.keys(result.series).sort()).toEqual(['shown', 'twice']);
		for (let i = 0; i < n; i++) {
			const expected = ref({ k: 2.5, g: draws.get('g')![i], dr: draws.get('dr')![i] });
			const stored = { ...expected, series: { shown: expected.series.shown, twice: expected.series.twice } };
			const partial = { ...cm, order: ['shown', 'twice'] };
			expect(disagreements(partial, result, stored, i), `sample ${i}`).toEqual([]);
		}
		expect(Number.isNaN(cell(result.outputs.missing, 0, 3))).toBe(true);

		// Without pvLast, nothing reads `twice` back, so it is not stored; the outputs kept are unchanged.
		const outputs = new Set(['total', 'ends', 'pv']);
		const some = buildFusedPlan(cm, 'a', n, new Set(['g', 'dr']), { series: new Set(['shown']), outputs });
		const part = some.run({ k: 2.5 }, draws);
		expect(Object.keys(part.series)).toEqual(['shown']);
		expect(Object.keys(part.outputs)).toEqual(['pv', 'total', 'ends']);
		for (const name of outputs) expect(part.outputs[name].data).toEqual(result.outputs[name].data);
	});
});

describe('stats', () => {
	it('summarises 1…101 with the textbook percentiles, mean and standard error', () => {
		const values = Float64Array.from({ length: 101 }, (_, i) => ((i * 37) % 101) + 1);
		const s = summarize(values);
		expect(s).toMatchObject({ p05: 6, p25: 26, p50: 51, p75: 76, p95: 96 });
		expect(s.mean).toBeCloseTo(51, 12);
		// Sample variance of 1…N is N(N + 1) / 12.
		expect(s.se).toBeCloseTo(Math.sqrt((101 * 102) / 12 / 101), 12);
	});

	it('interpolates between order statistics (type 7) and leaves the input unsorted', () => {
		const values = Float64Array.of(3, 1, 4, 2);
		const s = summarize(values);
		expect(s.p50).toBeCloseTo(2.5, 12);
		expect(s.p25).toBeCloseTo(1.75, 12);
		expect(s.p75).toBeCloseTo(3.25, 12);
		expect(s.p05).toBeCloseTo(1.15, 12);
		expect(s.p95).toBeCloseTo(3.85, 12);
		expect(Array.from(values)).toEqual([3, 1, 4, 2]);
	});

	it('sorts negative numbers as numbers', () => {
		const s = summarize(Float64Array.of(-10, 2, -3, 100, 0));
		expect(s.p50).toBe(0);
		expect(s.p25).toBe(-3);
	});

	it('summarises one sample with zero standard error', () => {
		expect(summarize(Float64Array.of(5))).toEqual({ mean: 5, se: 0, p05: 5, p25: 5, p50: 5, p75: 5, p95: 5 });
		expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
		expect(quantileSorted(Float64Array.of(10, 20), 0.5)).toBe(15);
	});

	it('counts the share of samples in which a is better, with its standard error', () => {
		const diff = Float64Array.of(1, -1, 2, 0);
		expect(probabilityAhead(diff, true)).toEqual({ p: 0.5, se: 0.25 });
		const lower = probabilityAhead(diff, false);
		expect(lower.p).toBe(0.25);
		expect(lower.se).toBeCloseTo(Math.sqrt((0.25 * 0.75) / 4), 15);
	});

	it('takes differences and period samples from columns of width 1 and width n', () => {
		const one: Column = { width: 1, data: Float64Array.of(5, 6) };
		const many: Column = { width: 3, data: Float64Array.of(1, 2, 3, 10, 20, 30) };
		expect(Array.from(difference(one, many, 3))).toEqual([4, 3, 2]);
		expect(Array.from(difference(many, one, 3))).toEqual([-4, -3, -2]);
		expect(Array.from(periodSamples(one, 1, 3))).toEqual([6, 6, 6]);
		expect(Array.from(periodSamples(many, 1, 3))).toEqual([10, 20, 30]);
		const fan = summarizeSeries(many, 2, 3);
		expect(fan.map((s) => s.p50)).toEqual([2, 20]);
		expect(summarizeSeries(one, 2, 3).map((s) => s.mean)).toEqual([5, 6]);
	});
});

describe('random streams keyed by parameter id', () => {
	const uncertain = { dist: 'normal' as const, low: 8, high: 12 };
	const spec = (ids: string[], streams?: 'by-position') => ({
		...model({
			params: ids.map((id) => param(id, { default: 10, min: -100, max: 100, uncertain })),
			series: Object.fromEntries(ids.map((id) => [`s_${id}`, id])),
			outputs: Object.fromEntries(ids.map((id) => [`o_${id}`, `first(s_${id})`])),
			chart: `s_${ids[0]}`
		}),
		...(streams ? { streams } : {})
	});
	const draws = (ids: string[], streams?: 'by-position') => {
		const r = new MonteCarlo(compileModel(spec(ids, streams)), { samples: 200, seed: 3 }).run({});
		const o = Object.values(r)[0].outputs;
		return Object.fromEntries(ids.map((id) => [id, Array.from(o[`o_${id}`].data)]));
	};

	it('gives a parameter the same draws wherever it stands, and whatever is added before it', () => {
		const before = draws(['x', 'y']);
		const after = draws(['z', 'y', 'x']);
		expect(after.x).toEqual(before.x);
		expect(after.y).toEqual(before.y);
		expect(after.z).not.toEqual(before.x);
	});

	it('keeps drawing by position for a revision frozen before, so its links still reproduce', () => {
		const byPosition = draws(['z', 'y', 'x'], 'by-position');
		const moved = draws(['x', 'y'], 'by-position');
		// Stream 0 belongs to whichever parameter stands first.
		expect(byPosition.z).toEqual(moved.x);
		expect(byPosition.x).not.toEqual(moved.x);
	});

	it('refuses two parameter ids on one stream', () => {
		expect(streamOf('x')).not.toBe(streamOf('y'));
		expect(new Set(['a', 'b', 'valuation', 'stake', 'growth'].map(streamOf)).size).toBe(5);
	});
});
