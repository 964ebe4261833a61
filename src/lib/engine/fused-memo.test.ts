/**
 * The calls a Monte Carlo plan keeps from one run to the next (fused-memo.ts): a run that moves one
 * parameter computes again only the powers that parameter reaches, and gives the numbers of a fresh plan
 * bit for bit; a new seed or sample count keeps nothing of the last; a plan above the memory limit keeps
 * the calls of the samples that fit, and gives the same numbers. Powers are counted through the helper
 * the generated code calls on a miss (as fused-work.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDecision } from '../../../tests/decisions';
import { fusedParts } from './compiled-model';
import { buildFusedMultiPlan, generated } from './fused-plan';
import { HELPERS, keptSamples, memoArray, MEMO_LIMIT_BYTES, type Layout } from './fused-run';
import { compileModel, withDefaults, type CompiledModel } from './model';
import { Simulator } from './report';
import { model, param } from './testing/fixtures';
import type { ParamValues } from './types';

const T = 5;
const n = 200;
const def = model({
	id: 'fused-memo',
	periods: T,
	params: [
		param('x', { default: 2, min: 0.1, max: 10, uncertain: { dist: 'uniform', low: 1, high: 3 } }),
		param('y', { default: 0.5, min: -1, max: 1, uncertain: { dist: 'uniform', low: 0.2, high: 0.8 } }),
		param('g', { default: 0.1, min: 0, max: 1, uncertain: { dist: 'uniform', low: 0, high: 0.2 } }),
		param('z', { default: 1, min: 0, max: 10, uncertain: { dist: 'uniform', low: 0.5, high: 2 } })
	],
	series: {
		// Per period, a power of a base that x moves and of one that g moves; z moves neither. g ^ y is
		// once per sample in both forms of the loop (the others are per period when periods are looped).
		level: 'x * (1 + t)',
		grown: '(1 + g) ^ (y + t)',
		value: 'z * level ^ y + grown + exp(g * t) + log(x + t) + g ^ y'
	},
	outputs: { total: 'sum(value)' },
	decide: { by: 'total', higherIsBetter: true },
	chart: 'value'
});
const cm = compileModel(def);
const draws = new Map(
	['x', 'y', 'g', 'z'].map((id, k) => [
		id,
		Float64Array.from({ length: n }, (_, i) => 0.5 + ((i * (k + 3)) % 17) / 7)
	])
);
const uncertain = new Set(['x', 'y', 'g', 'z']);

const realPow = HELPERS.pow;
let calls = 0;
beforeAll(() => {
	HELPERS.pow = (a: number, b: number) => {
		calls++;
		return realPow(a, b);
	};
});
afterAll(() => {
	HELPERS.pow = realPow;
});

/** Every number of a run as its bits' text (−0 and NaN included). */
const bits = (r: unknown) =>
	JSON.stringify(r, (_k, v: unknown) =>
		typeof v === 'number'
			? Object.is(v, -0)
				? '-0'
				: String(v)
			: v instanceof Float64Array
				? [...v].map(String)
				: v
	);

/** What `run` gives, as bits, and the powers it computed. */
function counted(run: () => unknown) {
	calls = 0;
	const text = bits(run());
	return { calls, text };
}

/** The same run on a fresh plan of the kernel that keeps no calls. */
function fresh(c: CompiledModel, values: ParamValues, samples = n, d = draws) {
	const plan = buildFusedMultiPlan(c, ['a', 'b'], samples, uncertain, {}, undefined, false);
	const text = bits(plan.run(values, d));
	plan.dispose();
	return text;
}

describe('a plan keeps its costly calls between runs', () => {
	for (const unroll of [true, false]) {
		it(`${unroll ? 'periods written out' : 'periods looped'}: a moved parameter recomputes only what it reaches, bit for bit`, () => {
			const plan = buildFusedMultiPlan(cm, ['a', 'b'], n, uncertain, { calls: true }, unroll, true);
			const base = withDefaults(def, {});
			const first = counted(() => plan.run(base, draws));
			expect(first.calls).toBeGreaterThan(0);
			// z reaches no power: nothing is computed again.
			const zMoved = { ...base, z: 3 };
			const second = counted(() => plan.run(zMoved, new Map([...draws, ['z', draws.get('x')!]])));
			expect(second.calls).toBe(0);
			expect(second.text).toBe(fresh(cm, zMoved, n, new Map([...draws, ['z', draws.get('x')!]])));
			// x reaches level ^ y alone, not (1 + g) ^ (y + t) nor g ^ y; with periods looped, level ^ y is
			// per period, where pow-memo.ts's table serves it, and not counted here.
			const xDraws = new Map([...draws, ['x', draws.get('g')!]]);
			const third = counted(() => plan.run(base, xDraws));
			if (unroll) {
				expect(third.calls).toBeGreaterThan(n);
				expect(third.calls).toBeLessThan(first.calls);
			} else expect(third.calls).toBe(0);
			expect(third.text).toBe(fresh(cm, base, n, xDraws));
			// Back to the first draws: every power computed for them was overwritten by the last run's.
			expect(counted(() => plan.run(base, draws)).text).toBe(first.text);
			plan.dispose();
		});
	}

	it('keeps nothing when asked not to, and gives the same numbers', () => {
		const plan = buildFusedMultiPlan(cm, ['a', 'b'], n, uncertain, { calls: true }, undefined, false);
		const base = withDefaults(def, {});
		const first = counted(() => plan.run(base, draws));
		const again = counted(() => plan.run(base, draws));
		expect(again.calls).toBe(first.calls);
		expect(again.text).toBe(first.text);
	});

	it('forgets on request, and keeps again from the next run', () => {
		const plan = buildFusedMultiPlan(cm, ['a', 'b'], n, uncertain, { calls: true }, undefined, true);
		const base = withDefaults(def, {});
		const first = counted(() => plan.run(base, draws));
		plan.forget();
		expect(counted(() => plan.run(base, draws))).toEqual(first);
		expect(counted(() => plan.run(base, draws)).calls).toBe(0);
	});
});

describe('a simulation keeps calls only for its own seed and sample count', () => {
	const v = { best: 'a', runnerUp: 'b' };
	const values = withDefaults(def, { z: 2 });
	const runOf = (s: Simulator, samples: number, seed: number) =>
		counted(() => s.run(values, v, { samples, seed }));

	it('a second press on the same settings computes no power again; a new seed or count computes all', () => {
		const s = new Simulator(cm);
		const first = runOf(s, 1000, 1);
		expect(first.calls).toBeGreaterThan(0);
		expect(runOf(s, 1000, 1).calls).toBe(0);
		const seeded = runOf(s, 1000, 2);
		expect(seeded).toEqual(runOf(new Simulator(cm), 1000, 2));
		expect(seeded.calls).toBe(first.calls);
		const fewer = runOf(s, 500, 2);
		expect(fewer).toEqual(runOf(new Simulator(cm), 500, 2));
		expect(fewer.calls).toBeGreaterThan(0);
	});
});

describe('the memory limit', () => {
	it('keeps every sample’s calls within MEMO_LIMIT_BYTES, and above it those of the samples that fit', () => {
		const layout = { memo: 112 } as Layout;
		// A row of slots per sample kept, and one row that the samples past them share.
		const rows = Math.floor(MEMO_LIMIT_BYTES / (112 * 8));
		expect(keptSamples(layout, rows - 1, true)).toBe(rows - 1);
		expect(keptSamples(layout, rows, true)).toBe(rows - 1);
		expect(keptSamples(layout, 10 * rows, true)).toBe(rows - 1);
		expect((keptSamples(layout, 10 * rows, true) + 1) * 112 * 8).toBeLessThanOrEqual(MEMO_LIMIT_BYTES);
		expect(keptSamples(layout, 10, false)).toBe(0);
		expect(keptSamples({ ...layout, memo: 0 }, 10, true)).toBe(0);
	});

	describe('last-mile', () => {
		let lastMile: CompiledModel;
		let ids: string[];
		let all: Set<string>;
		let select: { outputs: Set<string>; series: Set<string>; calls: true };
		let layout: Layout;
		beforeAll(async () => {
			lastMile = compileModel((await loadDecision('last-mile')).def);
			ids = lastMile.def.options.map((o) => o.id);
			all = new Set(lastMile.def.params.filter((p) => p.uncertain).map((p) => p.id));
			select = { outputs: new Set([lastMile.def.decide.by]), series: new Set<string>(), calls: true };
			layout = generated(lastMile, fusedParts(lastMile, ids, all), select).layout;
		});
		const drawn = (samples: number) =>
			new Map(
				[...all].map((id, k) => {
					const p = lastMile.params.get(id)!;
					return [
						id,
						Float64Array.from({ length: samples }, (_, i) => p.default * (0.9 + (((i + k) * 7) % 11) / 50))
					];
				})
			);

		it('keeps its powers at 100,000 samples, the most a link runs on one worker', () => {
			expect(keptSamples(layout, 100_000, true)).toBe(100_000);
		});

		it('above the limit, the samples that fit keep their calls, the others compute theirs, with the same numbers', () => {
			const fit = keptSamples(layout, Number.MAX_SAFE_INTEGER, true);
			const samples = fit + 300;
			const d = drawn(samples);
			const values = withDefaults(lastMile.def, {});
			// A press moves a drawn parameter's column: each sample gets a new value of it.
			const moved = new Map([...d, ['volume', d.get('volume')!.map((x) => x * 1.5)]]);
			const kept = buildFusedMultiPlan(lastMile, ids, samples, all, select, undefined, true);
			const first = counted(() => kept.run(values, d));
			const again = counted(() => kept.run(values, d));
			const pressed = counted(() => kept.run(values, moved));
			const back = counted(() => kept.run(values, d));
			kept.dispose();
			// The 300 samples past those that fit compute their calls again: the row they share holds the
			// last one's. The ones that fit compute none.
			expect(again.calls).toBeGreaterThan(0);
			expect(again.calls).toBeLessThanOrEqual((first.calls * 300) / samples + layout.memo);
			expect(pressed.calls).toBeGreaterThan(again.calls);
			// Held to a kernel without kept calls at all (no memo code), at the values and moved away.
			const plain = buildFusedMultiPlan(lastMile, ids, samples, all, { ...select, calls: false });
			const want = [d, moved].map((draws) => counted(() => plain.run(values, draws)).text);
			plain.dispose();
			expect([first.text, again.text, back.text].every((t) => t === want[0])).toBe(true);
			expect(pressed.text === want[1]).toBe(true);
		});
	});

	it('falls back to one row of slots where the memory cannot be had, and gives the same numbers', () => {
		expect(memoArray(2 ** 40, 12).length).toBe(12);
		expect(memoArray(36, 12).length).toBe(36);
	});
});

describe('a site takes the power another site of the same call computed in the sample', () => {
	const shared = model({
		id: 'fused-memo-siblings',
		periods: 4,
		flags: { ramp: 0 },
		options: [
			{ id: 'a', label: 'A', description: 'At full share from the start' },
			{ id: 'b', label: 'B', description: 'Ramps up to full share', set: { ramp: 1 } }
		],
		params: [
			param('x', { default: 2, min: 0.1, max: 10, uncertain: { dist: 'uniform', low: 1, high: 3 } }),
			param('y', { default: 0.5, min: -1, max: 1, uncertain: { dist: 'uniform', low: 0.2, high: 0.8 } }),
			param('years', { default: 2, min: 1, max: 4, uncertain: { dist: 'uniform', low: 1, high: 3 } })
		],
		// B's share ramps up over its years; at 1 its base is A's, to the bit, and stays so.
		series: { share: 'ramp ? min(1, (t + 1) / years) : 1', cost: '(x * share) ^ y' },
		outputs: { total: 'sum(cost)' },
		chart: 'cost'
	});
	const scm = compileModel(shared);

	it('B computes its power only before its share reaches 1, and gets the same bits', () => {
		const plan = buildFusedMultiPlan(
			scm,
			['a', 'b'],
			n,
			new Set(['x', 'y', 'years']),
			{ calls: true },
			true,
			false
		);
		calls = 0;
		// years = 2: B's share is 1/2, then 1. A's power is one site (x ^ y, the same every period), B's four;
		// B's first is computed, the other three are A's.
		const r = plan.run(withDefaults(shared, {}), new Map([...draws, ['years', new Float64Array(n).fill(2)]]));
		expect(calls).toBe(n * 2);
		for (const [id, ramp] of [
			['a', 0],
			['b', 1]
		] as const) {
			const total = r[id].outputs.total.data;
			for (let i = 0; i < n; i++) {
				const [x, y] = [draws.get('x')![i], draws.get('y')![i]];
				let expected = 0;
				for (let t = 0; t < 4; t++) expected += realPow(ramp ? x * Math.min(1, (t + 1) / 2) : x, y);
				expect(total[i]).toBe(expected);
			}
		}
	});
});

describe('the slots a kernel keeps per sample', () => {
	it('are those its code still reads once the statements nothing reads are gone, numbered from 0', () => {
		// A terminal value, read in the last period only: its other periods' kept powers are dropped.
		const terminal = compileModel(
			model({
				id: 'fused-memo-terminal',
				periods: T,
				params: def.params,
				series: {
					level: 'x * (1 + t)',
					value: 'z * level ^ y + exp(g * t)',
					after: 'level ^ (y + 1) * g',
					pv: 'prev(pv) + value + (t == periods - 1 ? after : 0)'
				},
				outputs: { total: 'last(pv)' },
				decide: { by: 'total', higherIsBetter: true },
				chart: 'pv'
			})
		);
		// As the worker asks: no series stored, the deciding output alone.
		const select = { series: new Set<string>(), outputs: new Set(['total']), calls: true };
		const parts = fusedParts(terminal, ['a', 'b'], uncertain);
		const { source, layout } = generated(terminal, parts, select, true);
		const slots = new Set([...source.matchAll(/M\[mq \+ (\d+)\]/g)].map(([, k]) => Number(k)));
		expect(layout.memo).toBeGreaterThan(0);
		expect([...slots].sort((a, b) => a - b)).toEqual([...Array(layout.memo).keys()]);
		expect(source).toContain(`const mw = ${layout.memo}, mk = ((M.length / ${layout.memo}) | 0) - 1;`);
		// Pressed, it gives what a fresh plan gives.
		const planOf = (keep: boolean) =>
			buildFusedMultiPlan(terminal, ['a', 'b'], n, uncertain, select, true, keep);
		const base = withDefaults(terminal.def, {});
		const moved = new Map([...draws, ['g', draws.get('z')!]]);
		const kept = planOf(true);
		kept.run(base, draws);
		const pressed = bits(kept.run(base, moved));
		const fresh = planOf(false);
		expect(pressed).toBe(bits(fresh.run(base, moved)));
		kept.dispose();
		fresh.dispose();
	});
});
