/**
 * The fused kernel's runtime: the helpers its code calls, and a plan around a kernel that exists, however
 * it came to exist. A kernel is either generated and compiled when the program runs (fused-plan.ts, with
 * new Function) or written into the app when it is built (prebuilt.ts, as a real function): this file
 * serves both and imports neither the generator nor a parser, so a page that runs only built kernels
 * carries no code generator and never evaluates a string.
 *
 * Only the series asked for are stored (all of them by default); aggregates of series are accumulated
 * inside the loop, so a series nobody reads is never written to memory.
 */
import { giveBack, takeColumn } from './column-pool';
import type { CompiledModel } from './compiled-model';
import { BINARY, FUNCTION_IMPL } from './ops';
import { powMemo } from './pow-memo';
import { integerPower } from './special';
import type { Column, Plan, RunResult, Selection } from './simulate';
import type { OptionDef, ParamValues } from './types';

/** One option in a fused loop. */
export interface FusedPart {
	option: OptionDef;
	/** Parameters drawn per sample for this option (planOption's list). */
	drawn: readonly string[];
}

/** Where the kernel finds its inputs and puts its results. */
export interface Layout {
	/** Parameters and flags read from V, by slot. */
	slots: Map<string, number>;
	/** Drawn parameters, by their place in D (the union over all parts). */
	drawn: Map<string, number>;
	/** Per part: the series stored, each with its place in S. */
	stored: Map<string, number>[];
	/** Per part: each output's place in O. */
	outputs: Map<string, number>[];
	/** Places in O of outputs that are the same for every sample: a column of width 1, set once per run. */
	constant: Set<number>;
	/** Doubles per sample of M, the calls kept between runs (fused-memo.ts); 0 when the loop keeps none. */
	memo: number;
}

/**
 * What the generated code calls through H: pow and comparisons by mathjs's rules (ops.ts), the exact
 * integer power, and aggregates of a series stored because it cannot be accumulated in the loop. mpow is
 * pow from a table of the pairs computed already (pow-memo.ts), for powers inside a period loop.
 */
export const HELPERS = {
	pow: FUNCTION_IMPL.pow,
	mpow: powMemo,
	ipow: integerPower,
	eq: BINARY.eq,
	ne: BINARY.ne,
	lt: BINARY.lt,
	gt: BINARY.gt,
	le: BINARY.le,
	ge: BINARY.ge,
	sum: (s: Float64Array, i: number, n: number, T: number) => {
		let acc = 0;
		for (let t = 0; t < T; t++) acc += s[t * n + i];
		return acc;
	},
	npv: (s: Float64Array, i: number, n: number, T: number, rate: number) => {
		let acc = 0;
		for (let t = 0, d = 1; t < T; t++, d *= 1 + rate) acc += s[t * n + i] / d;
		return acc;
	},
	first: (s: Float64Array, i: number) => s[i],
	last: (s: Float64Array, i: number, n: number, T: number) => s[(T - 1) * n + i],
	at: (s: Float64Array, i: number, n: number, T: number, k: number) => {
		const t = k < 0 ? T + k : k;
		return Number.isInteger(t) && t >= 0 && t < T ? s[t * n + i] : NaN;
	}
};

/** The loop itself: its parameters are the names the generated code reads. */
export type Kernel = (
	V: Float64Array,
	D: Float64Array[],
	S: Float64Array[],
	O: Float64Array[],
	n: number,
	T: number,
	Y0: number,
	H: typeof HELPERS,
	M: Float64Array,
	/** The samples this call computes: i0 ≤ i < i1, of the n the columns hold. */
	i0: number,
	i1: number
) => void;

/**
 * Samples per call of a kernel. A kernel is one large function whose loop runs the samples. Called once
 * for 10,000, it spends its first run in that loop, which V8 can optimise only on stack (OSR); Chromium's
 * OSR compile of a function this large (it peels the loop first) can fail as "too big", after which V8
 * never optimises the function again and every run stays 10 to 30 times slower. Called a short chunk at a
 * time, the kernel is optimised between calls, as any hot function is. Measured in Chromium 156 on
 * cloud-spinoff's simulation kernel, 10,000 samples a run, each trial in a new browser: in one call, every
 * trial stuck at 84–91 ms a run; in calls of 1,024, 1 to 4 trials of 8; in calls of 256 or 128, none of
 * 16, at 2.2–5.7 ms (tests/bench/kernel-chunks.ts).
 */
export const CHUNK = 128;

/** A kernel and where its inputs and results go. */
export interface BuiltKernel {
	run: Kernel;
	layout: Layout;
}

/** Where a model's kernels come from (CompiledModel.kernels); null when it has none for this request. */
export type KernelSource = (
	cm: CompiledModel,
	parts: readonly FusedPart[],
	select: Selection,
	unroll: boolean
) => BuiltKernel | null;

/** Models with at most this many periods get their periods written out one by one (fused-generate.ts). */
export const UNROLL_LIMIT = 16;

export const unrollByDefault = (cm: CompiledModel): boolean => cm.def.periods.count <= UNROLL_LIMIT;

/**
 * What a kernel is for, as a key: the options and their drawn parameters, the series stored and the
 * outputs computed (as sets: the order asked in does not matter), whether periods are unrolled, and
 * whether costly calls are kept between runs. The generator's cache and the table of prebuilt kernels use
 * the same key, so a kernel built with the app is found for exactly the requests it was generated for.
 */
export function kernelKey(parts: readonly FusedPart[], select: Selection, unroll: boolean): string {
	const names = (set?: ReadonlySet<string>) => (set ? [...set].sort() : null);
	const parted = parts.map((p) => [p.option.id, p.drawn]);
	const calls = select.calls ? ['calls'] : [];
	return JSON.stringify([parted, names(select.series), names(select.outputs), unroll, ...calls]);
}

/** A plan for several options at once: run() returns one result per option. */
export interface MultiPlan {
	run(values: ParamValues, draws: ReadonlyMap<string, Float64Array>): Record<string, RunResult>;
	/** Drops the calls kept between runs (their memory); the next run starts keeping them again. */
	forget(): void;
	/** Gives the result columns to the column pool; neither the plan nor its results may be used after. */
	dispose(): void;
}

/**
 * The most memory a plan keeps calls in between runs (fused-memo.ts). Last-mile keeps 44 doubles a
 * sample: 3.5 MB at 10,000 samples, 35 MB at 100,000, the most a link runs on one worker, where keeping
 * them took a sixth to a third off the worker's time in Chromium (A/B runs of 12 presses). A phone that
 * opens such a link holds its result columns too (26 MB for last-mile's chart), so no more than this.
 */
export const MEMO_LIMIT_BYTES = 40 * 1024 * 1024;

/**
 * How many of a plan's n samples keep their calls between runs: all of them within the limit, else the
 * first ones that fit; every sample past them shares one more row of slots, which keeps next to nothing
 * (fused-memo.ts). Without a limit's cliff, a run just past it costs what the one just below did, plus
 * its extra samples' calls.
 */
export const keptSamples = (layout: Layout, n: number, keep: boolean): number =>
	keep && layout.memo > 0
		? Math.max(0, Math.min(n, Math.floor(MEMO_LIMIT_BYTES / (8 * layout.memo)) - 1))
		: 0;

/**
 * The kept calls' memory: `length` doubles, or one row of `row` where a device cannot spare them (a
 * RangeError), so that a run short of memory loses the speed of its kept calls, not its result.
 */
export function memoArray(length: number, row: number): Float64Array {
	try {
		return new Float64Array(length);
	} catch (err) {
		if (!(err instanceof RangeError)) throw err;
		return new Float64Array(row);
	}
}

/**
 * Runs `kernel`, made for `parts` of `cm`, over n samples. With `keep` the plan keeps each sample's
 * costly calls from one run to the next (fused-memo.ts): for a plan re-run on the same draws with values
 * that move one parameter at a time, as a Monte Carlo is from key press to key press.
 */
export function kernelPlan(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	{ run: kernel, layout }: BuiltKernel,
	n: number,
	keep = false
): MultiPlan {
	const { def } = cm;
	const T = def.periods.count;
	// V holds the person's value of every parameter (and each flag's default, which the loop does not
	// read: flags and the values an option sets are literals in its code).
	const names = [...layout.slots.keys()];
	const V = new Float64Array(names.length);
	const fallback = names.map((name) => cm.params.get(name)?.default ?? def.flags?.[name] ?? 0);
	const drawnIds = [...layout.drawn.keys()];
	// Columns by their place in S and O, as the generated code numbers them. The kernel writes every
	// element of each on every run, so columns from the pool need no clearing.
	const S: Float64Array[] = [];
	for (const m of layout.stored) for (const k of m.values()) S[k] = takeColumn(T * n);
	const O: Float64Array[] = [];
	for (const m of layout.outputs)
		for (const k of m.values()) O[k] = takeColumn(layout.constant.has(k) ? 1 : n);
	const D: Float64Array[] = new Array<Float64Array>(drawnIds.length);
	// Zeroed, which no call matches: a row of slots for each sample kept, and one the others share.
	const memoLength = (keptSamples(layout, n, keep) + 1) * layout.memo;
	let M: Float64Array | null = null;
	// The result objects are built once: each run overwrites the same columns.
	const results: Record<string, RunResult> = {};
	parts.forEach((part, o) => {
		const col = (data: Float64Array): Column => ({ width: n, data });
		results[part.option.id] = {
			n,
			periods: T,
			series: Object.fromEntries([...layout.stored[o]].map(([name, k]) => [name, col(S[k])])),
			outputs: Object.fromEntries(
				[...layout.outputs[o]].map(([name, k]) => [name, { width: O[k].length, data: O[k] }])
			)
		};
	});
	return {
		run(values, draws) {
			for (let k = 0; k < names.length; k++) {
				const name = names[k];
				V[k] = cm.params.has(name) && Object.hasOwn(values, name) ? values[name] : fallback[k];
			}
			for (let k = 0; k < drawnIds.length; k++) {
				const d = draws.get(drawnIds[k]);
				if (!d || d.length < n) throw new Error(`Missing draws for '${drawnIds[k]}'.`);
				D[k] = d;
			}
			M ??= memoArray(memoLength, layout.memo);
			// At least one call, so that a run of no samples still sets the outputs that are the same for all.
			let i0 = 0;
			do kernel(V, D, S, O, n, T, def.periods.start, HELPERS, M, i0, Math.min(n, i0 + CHUNK));
			while ((i0 += CHUNK) < n);
			return results;
		},
		forget() {
			M = null;
		},
		dispose() {
			M = null;
			giveBack([...S, ...O]);
			S.length = 0;
			O.length = 0;
		}
	};
}

/**
 * Every parameter an option does not fix, drawn: the one kernel per option that serves every plan of
 * that option (the deterministic run, each parameter's sweep, a profile), whichever parameters vary.
 */
export const allParams = (cm: CompiledModel): ReadonlySet<string> => new Set(cm.def.params.map((p) => p.id));

/**
 * A plan for one option in which the parameters in `uncertain` vary by sample, run on the option's kernel
 * with every parameter drawn (`kernel`, built for `part`): the parameters that do not vary get a column
 * holding the person's value. Its results equal those of a kernel generated for `uncertain` alone, bit
 * for bit: a kernel computes each operation on the same operands whichever loop it stands in, so moving
 * a value from the run's section into the sample loop changes where it is computed, not what it is. One
 * kernel per option instead of one per option and parameter is also faster in practice: the few kernels
 * stay hot, where hundreds of rarely-run ones are never optimised.
 */
export function columnsPlan(
	cm: CompiledModel,
	part: FusedPart,
	kernel: BuiltKernel,
	n: number,
	uncertain: ReadonlySet<string>
): Plan {
	const plan = kernelPlan(cm, [part], kernel, n);
	const id = part.option.id;
	const fixed = part.drawn.filter((p) => !uncertain.has(p));
	// Each fixed parameter's column and the value it holds, filled again only when the value moves.
	const columns = new Map(fixed.map((p) => [p, new Float64Array(n)]));
	const held = new Map<string, number>();
	const draws = new Map<string, Float64Array>(columns);
	return {
		run(values, given) {
			for (const p of fixed) {
				const v = Object.hasOwn(values, p) ? values[p] : cm.params.get(p)!.default;
				if (!held.has(p) || !Object.is(held.get(p), v)) {
					columns.get(p)!.fill(v);
					held.set(p, v);
				}
			}
			for (const p of part.drawn) {
				if (!uncertain.has(p)) continue;
				const d = given.get(p);
				if (!d || d.length < n) throw new Error(`Missing draws for '${p}'.`);
				draws.set(p, d);
			}
			return plan.run(values, draws)[id];
		}
	};
}
