/**
 * The fast plan: the loop fused-generate.ts writes for a model's options, compiled with new Function and
 * run over Float64Array columns. This file is its runtime: the helpers the generated code calls, the
 * caches that let a new plan for the same model reuse a loop V8 has already optimised, and the columns
 * each plan reads and writes.
 *
 * Only the series asked for are stored (all of them by default); aggregates of series are accumulated
 * inside the loop, so a series nobody reads is never written to memory. Where 'unsafe-eval' is
 * forbidden, new Function throws and simulate.ts falls back to the closure kernel.
 */
import { giveBack, takeColumn } from './column-pool';
import { generateFused, type FusedPart, type Generated } from './fused-generate';
import type { CompiledModel } from './model';
import { planOption } from './model';
import { BINARY, FUNCTION_IMPL } from './ops';
import { integerPower } from './special';
import type { Column, Plan, RunResult, Selection } from './simulate';
import type { ParamValues } from './types';

/** The generated loop, as compiled: its parameters are the names the generated code reads. */
type Kernel = (
	V: Float64Array,
	D: Float64Array[],
	S: Float64Array[],
	O: Float64Array[],
	n: number,
	T: number,
	Y0: number,
	H: typeof HELPERS
) => void;

/**
 * What the generated code calls through H: pow and comparisons by mathjs's rules (ops.ts), the exact
 * integer power, and aggregates of a series stored because it cannot be accumulated in the loop.
 */
const HELPERS = {
	pow: FUNCTION_IMPL.pow,
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

// Compiled loops by source. A loop depends only on its source, so a new plan for the same model and
// options (a new MonteCarlo after the sample count or seed changed) reuses the loop V8 has already
// compiled and optimised instead of compiling it again.
const compiled = new Map<string, Kernel>();
const COMPILED_LIMIT = 64;

function compile(source: string): Kernel {
	let kernel = compiled.get(source);
	if (!kernel) {
		kernel = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', source) as Kernel;
		if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
		compiled.set(source, kernel);
	}
	return kernel;
}

// Generated loops by model and by what they run, so that a new plan for the same model (a new
// MonteCarlo) does not generate its source again.
const sources = new WeakMap<CompiledModel, Map<string, Generated>>();

function generated(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	select: Selection,
	unroll?: boolean
): Generated {
	const names = (set?: ReadonlySet<string>) => (set ? [...set].sort() : null);
	const parted = parts.map((p) => [p.option.id, p.drawn]);
	const key = JSON.stringify([parted, names(select.series), names(select.outputs), unroll]);
	let byKey = sources.get(cm);
	if (!byKey) {
		byKey = new Map();
		sources.set(cm, byKey);
	}
	let g = byKey.get(key);
	if (!g) {
		g = generateFused(cm, parts, select, unroll);
		if (byKey.size >= COMPILED_LIMIT) byKey.delete(byKey.keys().next().value!);
		byKey.set(key, g);
	}
	return g;
}

/** A plan for several options at once: run() returns one result per option. */
export interface MultiPlan {
	run(values: ParamValues, draws: ReadonlyMap<string, Float64Array>): Record<string, RunResult>;
	/** Gives the result columns to the column pool; neither the plan nor its results may be used after. */
	dispose(): void;
}

/**
 * Builds one loop for the given options on the same draws; throws if the environment forbids generated
 * code. `select` names the series to store and the outputs to compute (all of each when omitted).
 */
export function buildFusedMultiPlan(
	cm: CompiledModel,
	optionIds: readonly string[],
	n: number,
	uncertain: ReadonlySet<string>,
	select: Selection = {},
	unroll?: boolean
): MultiPlan {
	const { def } = cm;
	const parts = optionIds.map((id) => {
		const { option, drawn } = planOption(cm, id, uncertain);
		return { option, drawn };
	});
	const { source, layout } = generated(cm, parts, select, unroll);
	const kernel = compile(source);

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
			kernel(V, D, S, O, n, T, def.periods.start, HELPERS);
			return results;
		},
		dispose() {
			giveBack([...S, ...O]);
			S.length = 0;
			O.length = 0;
		}
	};
}

/** Builds the fused plan for one option; throws if the environment forbids generated code. */
export function buildFusedPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>,
	select: Selection = {},
	unroll?: boolean
): Plan {
	const plan = buildFusedMultiPlan(cm, [optionId], n, uncertain, select, unroll);
	return { run: (values, draws) => plan.run(values, draws)[optionId] };
}
