/**
 * A plan calls its kernel CHUNK samples at a time (fused-run.ts says why): every sample, on either side of
 * a chunk's edge, gets what a plan of that one sample gives it, bit for bit, in both forms of the loop, and
 * with the calls it keeps from run to run (fused-memo.ts), whose slots are indexed by the sample.
 */
import { describe, expect, it } from 'vitest';
import { buildFusedMultiPlan } from './fused-plan';
import { fusedParts } from './compiled-model';
import { generated } from './fused-plan';
import { CHUNK, kernelPlan, type Kernel } from './fused-run';
import { compileModel, withDefaults } from './model';
import { model, param } from './testing/fixtures';
import type { RunResult } from './simulate';

const T = 6;
const N = 2 * CHUNK + 37;
const def = model({
	id: 'kernel-chunks',
	periods: T,
	params: [
		param('x', { default: 2, min: 0.1, max: 10, uncertain: { dist: 'uniform', low: 1, high: 3 } }),
		param('y', { default: 0.5, min: -1, max: 1, uncertain: { dist: 'uniform', low: 0.2, high: 0.8 } }),
		param('g', { default: 0.1, min: 0, max: 1, uncertain: { dist: 'uniform', low: 0, high: 0.2 } })
	],
	series: {
		level: 'prev(level, x) * (1 + g)',
		powered: 'level ^ y + (1 + g) ^ (y + t)',
		pv: 'prev(pv) + powered / (1 + g) ^ t + (t == periods - 1 ? level ^ y : 0)'
	},
	outputs: { total: 'sum(powered)', value: 'last(pv)', discounted: 'npv(level, g)' },
	decide: { by: 'value', higherIsBetter: true },
	chart: 'pv'
});
const cm = compileModel(def);
const ids = ['x', 'y', 'g'];
const uncertain = new Set(ids);
const draws = new Map(
	ids.map((id, k) => [id, Float64Array.from({ length: N }, (_, i) => 0.3 + ((i * (k + 5)) % 23) / 11)])
);
const values = withDefaults(def, {});

/** Sample i of a run: every stored series' periods and every output, as bits. */
function sample(r: RunResult, i: number): string[] {
	const out: string[] = [];
	for (const c of Object.values(r.series)) for (let t = 0; t < T; t++) out.push(String(c.data[t * r.n + i]));
	for (const c of Object.values(r.outputs))
		out.push(Object.is(c.data[c.width === 1 ? 0 : i], -0) ? '-0' : String(c.data[c.width === 1 ? 0 : i]));
	return out;
}

/** What a plan of the one sample i gives, on the same draws. */
function alone(i: number, unroll: boolean, d = draws) {
	const one = new Map([...d].map(([id, col]) => [id, col.slice(i, i + 1)]));
	const plan = buildFusedMultiPlan(cm, ['a'], 1, uncertain, {}, unroll);
	const s = sample(plan.run(values, one).a, 0);
	plan.dispose();
	return s;
}

const edges = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK - 1, 2 * CHUNK, N - 2, N - 1];

describe(`a plan of ${N} samples, its kernel called ${CHUNK} at a time`, () => {
	for (const unroll of [true, false]) {
		const form = unroll ? 'periods written out' : 'periods looped';
		it(`${form}: each sample at a chunk's edge is what a plan of that sample alone gives`, () => {
			const plan = buildFusedMultiPlan(cm, ['a'], N, uncertain, {}, unroll);
			const r = plan.run(values, draws).a;
			for (const i of edges) expect(sample(r, i), `sample ${i}`).toEqual(alone(i, unroll));
			plan.dispose();
		});

		it(`${form}: the calls kept between runs, indexed by sample, stay right across chunks`, () => {
			const plan = buildFusedMultiPlan(cm, ['a'], N, uncertain, { calls: true }, unroll, true);
			plan.run(values, draws);
			// g moved for every sample: each kept power of (1 + g) must be computed again, in every chunk.
			const moved = new Map([...draws, ['g', draws.get('g')!.map((v) => v / 2)]]);
			const r = plan.run(values, moved).a;
			for (const i of edges) expect(sample(r, i), `sample ${i}`).toEqual(alone(i, unroll, moved));
			plan.dispose();
		});
	}
});

describe('the calls a plan makes', () => {
	const parts = fusedParts(cm, ['a'], uncertain);
	const { layout, source } = generated(cm, parts, {}, true);
	const real = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', 'M', 'i0', 'i1', source) as Kernel;
	const callsFor = (n: number) => {
		const ranges: [number, number][] = [];
		const spy: Kernel = (...args) => {
			ranges.push([args[9], args[10]]);
			real(...args);
		};
		const plan = kernelPlan(cm, parts, { run: spy, layout }, n);
		const d = new Map([...draws].map(([id, col]) => [id, col.slice(0, Math.max(n, 1))]));
		const r = plan.run(values, d).a;
		plan.dispose();
		return { ranges, r };
	};

	it(`cover the samples once, in order, ${CHUNK} at a time`, () => {
		expect(callsFor(N).ranges).toEqual([
			[0, CHUNK],
			[CHUNK, 2 * CHUNK],
			[2 * CHUNK, N]
		]);
		expect(callsFor(CHUNK).ranges).toEqual([[0, CHUNK]]);
	});

	it('are one, of no sample, for a run of none: the outputs the same for all are still set', () => {
		const fixed = compileModel(
			model({
				id: 'kernel-chunks-fixed',
				periods: 2,
				params: def.params,
				series: { s: 'x * t' },
				outputs: { k: 'x * 2 + 1' }
			})
		);
		const p = fusedParts(fixed, ['a'], new Set<string>());
		const g = generated(fixed, p, {}, true);
		const ranges: [number, number][] = [];
		const run = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', 'M', 'i0', 'i1', g.source) as Kernel;
		const plan = kernelPlan(
			fixed,
			p,
			{ run: (...a) => (ranges.push([a[9], a[10]]), run(...a)), layout: g.layout },
			0
		);
		expect(plan.run(withDefaults(fixed.def, { x: 2 }), new Map()).a.outputs.k.data[0]).toBe(5);
		expect(ranges).toEqual([[0, 0]]);
		plan.dispose();
	});
});
