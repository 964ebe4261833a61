/**
 * What the projector asks the simulation worker for a scenario: the deterministic verdict at its values
 * (one model run per option, cheap enough for the page's thread) and the Monte Carlo request for that pair,
 * with the scenario's samples, seed and any room's beliefs. The decision page builds the same request from
 * the same scenario (live-report.svelte.ts), which is why a room's link reproduces the projector's numbers.
 */
import { evaluator, verdict, type Evaluate, type Verdict } from '$lib/engine/analysis';
import { withDefaults, type CompiledModel } from '$lib/engine/compiled-model';
import type { Scenario } from '$lib/state/url';
import type { UncertaintyRequest } from '$lib/worker/protocol';

export interface VerdictRun {
	verdict: Verdict;
	request: UncertaintyRequest;
}

const evaluators = new WeakMap<CompiledModel, Evaluate>();

export function verdictRun(cm: CompiledModel, scenario: Scenario): VerdictRun {
	let evaluate = evaluators.get(cm);
	if (!evaluate) {
		evaluate = evaluator(cm);
		evaluators.set(cm, evaluate);
	}
	const values = withDefaults(cm.def, scenario.values);
	const v = verdict(cm, evaluate(values));
	const beliefs = scenario.beliefs;
	return {
		verdict: v,
		request: {
			modelId: cm.def.id,
			values,
			best: v.best,
			runnerUp: v.runnerUp,
			settings: {
				samples: scenario.samples,
				seed: scenario.seed,
				...(beliefs && Object.keys(beliefs).length ? { beliefs } : {})
			}
		}
	};
}
