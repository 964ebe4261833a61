/**
 * Runs one option of a compiled model over all periods, for one set of values (n = 1) or for n Monte
 * Carlo samples at once. A plan is built once per option and per set of uncertain parameters, and can be
 * re-run with new values without compiling again: that is what keeps a slider drag within one frame.
 */
import { buildClosurePlan } from './closure-plan';
import { buildFusedPlan } from './fused-plan';
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
