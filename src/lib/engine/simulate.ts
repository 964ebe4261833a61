/**
 * Runs one option of a compiled model over all periods, for one set of values (n = 1) or for n Monte
 * Carlo samples at once. A plan is built once per option and per set of uncertain parameters, and can be
 * re-run with new values without compiling again: that is what keeps a slider drag within one frame.
 */
import { buildClosurePlan } from './closure-plan';
import { buildFusedMultiPlan, buildFusedPlan } from './fused-plan';
import type { CompiledModel } from './model';
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

let fusedAllowed = true;

/**
 * The fused plan where the page may generate code, else the closure plan; `kernel` forces one, which the
 * tests use to check both against the reference evaluator.
 */
export function buildPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>,
	kernel?: Kernel
): Plan {
	if (kernel === 'closure' || (!kernel && !fusedAllowed)) return buildClosurePlan(cm, optionId, n, uncertain);
	try {
		return buildFusedPlan(cm, optionId, n, uncertain);
	} catch (err) {
		// A Content Security Policy without 'unsafe-eval' makes new Function throw an EvalError.
		if (kernel === 'fused' || !(err instanceof EvalError)) throw err;
		fusedAllowed = false;
		return buildClosurePlan(cm, optionId, n, uncertain);
	}
}

/** Every option of a model run on the same draws; run() returns one result per option. */
export interface ModelPlan {
	/** As for Plan: the columns are overwritten by the next run. */
	run(values: ParamValues, draws: ReadonlyMap<string, Float64Array>): Record<string, RunResult>;
}

/**
 * A plan for all of a model's options at once, storing only the series in `keep` (every output is
 * computed). The fused kernel runs them in one loop, sharing what the options have in common; where
 * generated code is not allowed, each option gets a closure plan (which stores every series).
 */
export function buildModelPlan(
	cm: CompiledModel,
	n: number,
	uncertain: ReadonlySet<string>,
	keep?: ReadonlySet<string>
): ModelPlan {
	const ids = cm.def.options.map((o) => o.id);
	if (fusedAllowed) {
		try {
			return buildFusedMultiPlan(cm, ids, n, uncertain, keep);
		} catch (err) {
			if (!(err instanceof EvalError)) throw err;
			fusedAllowed = false;
		}
	}
	const plans = ids.map((id) => [id, buildClosurePlan(cm, id, n, uncertain)] as const);
	return {
		run(values, draws) {
			const out: Record<string, RunResult> = {};
			for (const [id, plan] of plans) out[id] = plan.run(values, draws);
			return out;
		}
	};
}
