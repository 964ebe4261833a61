/**
 * Runs one option of a compiled model over all periods, for one set of values (n = 1) or for n Monte
 * Carlo samples at once. A plan is built once per option and per set of uncertain parameters, and can be
 * re-run with new values without compiling again: that is what keeps a slider drag within one frame.
 */
import { buildClosurePlan } from './closure-plan';
import { fusedParts, type CompiledModel } from './compiled-model';
import {
	allParams,
	columnsPlan,
	kernelPlan,
	unrollByDefault,
	type BuiltKernel,
	type FusedPart
} from './fused-run';
import type { ParamValues } from './types';

/** Values of one series for every period and sample: value(t, i) = data[t * width + (width > 1 ? i : 0)]. */
export interface Column {
	/** 1 when the series does not depend on anything uncertain, else the sample count. */
	width: number;
	data: Float64Array;
}

export interface RunResult {
	n: number;
	periods: number;
	series: Record<string, Column>;
	outputs: Record<string, Column>;
}

export interface Plan {
	/** The result's columns belong to the plan and are overwritten by its next run: copy what you keep. */
	run(values: ParamValues, draws: ReadonlyMap<string, Float64Array>): RunResult;
}

export type Kernel = 'fused' | 'closure';

/** What a plan keeps of a run; everything when a field is omitted. */
export interface Selection {
	/** Series stored for every period and sample; the others are computed where needed, never stored. */
	series?: ReadonlySet<string>;
	/** Outputs computed; the others are skipped, with every accumulator only they need. */
	outputs?: ReadonlySet<string>;
	/**
	 * Costly calls written to be kept between runs (fused-memo.ts), for a plan re-run on the same draws (a
	 * Monte Carlo): the other kernels never keep them, and are smaller without.
	 */
	calls?: boolean;
}

/** Throws for a name in `select` that the model does not have, which would otherwise read as missing data. */
export function checkSelection(cm: CompiledModel, select: Selection): void {
	for (const [kind, names, known] of [
		['series', select.series, cm.series],
		['output', select.outputs, cm.outputs]
	] as const) {
		for (const name of names ?? []) {
			if (!Object.hasOwn(known, name)) throw new Error(`Model '${cm.def.id}' has no ${kind} '${name}'.`);
		}
	}
}

/** The kernel `cm` has for these parts, or null (none built, or generated code refused). */
function kernelFor(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	select: Selection,
	unroll = unrollByDefault(cm)
): BuiltKernel | null {
	return cm.kernels?.(cm, parts, select, unroll) ?? null;
}

/** A narrower kernel a plan may run on, where the model has it: what it keeps, and whether it is unrolled. */
export interface Narrow {
	select: Selection;
	unroll: boolean;
}

/**
 * The fused plan where the model has a kernel for it (generated where the page may generate code, or
 * built with the app), else the closure plan; `kernel` forces one, which the tests use to check both
 * against the reference evaluator.
 *
 * The fused plan runs the option's kernel with every parameter drawn (fused-run.ts, columnsPlan),
 * whatever `uncertain` holds: the same numbers as a kernel made for `uncertain` alone, and a handful of
 * kernels per model, small enough to build with the app, where a kernel per parameter swept would be
 * hundreds.
 */
export function buildPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>,
	kernel?: Kernel,
	narrow?: Narrow
): Plan {
	if (kernel !== 'closure') {
		const [part] = fusedParts(cm, [optionId], allParams(cm));
		// A narrower kernel where the model has one (a sweep's, computing only the deciding output); else
		// the option's full kernel, whose results hold what the narrow one keeps and more: unrolled, or with
		// its periods in a loop, as a decision page has it (prebuild.ts); the same numbers either way.
		const built =
			(narrow && kernelFor(cm, [part], narrow.select, narrow.unroll)) ||
			kernelFor(cm, [part], {}) ||
			kernelFor(cm, [part], {}, false);
		if (built) return columnsPlan(cm, part, built, n, uncertain);
		if (kernel === 'fused') throw new Error(`Model '${cm.def.id}' has no fused kernel here.`);
	}
	return buildClosurePlan(cm, optionId, n, uncertain);
}

/** Every option of a model run on the same draws; run() returns one result per option. */
export interface ModelPlan {
	/** As for Plan: the columns are overwritten by the next run. */
	run(values: ParamValues, draws: ReadonlyMap<string, Float64Array>): Record<string, RunResult>;
	/** Drops what the plan keeps between runs to save work (fused-run.ts, kernelPlan); results unchanged. */
	forget(): void;
	/** Lets other plans reuse the result columns (column-pool.ts); the plan and its results are dead after. */
	dispose(): void;
}

/**
 * A plan for all of a model's options at once, keeping what `select` names. The fused kernel runs them in
 * one loop, sharing what the options have in common; where the model has no such kernel, each option
 * gets a closure plan, which computes every output and stores every series (a superset of `select`).
 * `keepCalls` for a plan re-run on the same draws: it keeps each sample's costly calls between runs.
 */
export function buildModelPlan(
	cm: CompiledModel,
	n: number,
	uncertain: ReadonlySet<string>,
	select: Selection = {},
	keepCalls = false
): ModelPlan {
	const ids = cm.def.options.map((o) => o.id);
	const parts = fusedParts(cm, ids, uncertain);
	const built = kernelFor(cm, parts, select);
	if (built) return kernelPlan(cm, parts, built, n, keepCalls);
	const plans = ids.map((id) => [id, buildClosurePlan(cm, id, n, uncertain)] as const);
	return {
		run(values, draws) {
			const out: Record<string, RunResult> = {};
			for (const [id, plan] of plans) out[id] = plan.run(values, draws);
			return out;
		},
		forget() {},
		// Closure plans allocate inside their kernels; their columns are left to the garbage collector.
		dispose() {}
	};
}
