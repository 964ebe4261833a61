/**
 * Where the verdict flips along one parameter at a scenario's values, the others held: the value nearest
 * the scenario's own at which the option leading there stops leading all the others. The same search the
 * decision page's "Verdict flips at" runs (Reporter.complete), here in the console's browser like an
 * estimate's curve, so the server never runs a model.
 */
import { evaluator, verdict } from '$lib/engine/analysis';
import { withDefaults, type CompiledModel } from '$lib/engine/compiled-model';
import { leadSweeper, sweepBreakEven } from '$lib/engine/sweep';
import type { ParamValues } from '$lib/engine/types';

/** `values`: the scenario's changed values (defaults fill in the rest). */
export function breakEvenSearch(cm: CompiledModel, values: ParamValues): (param: string) => number | null {
	const all = withDefaults(cm.def, values);
	const best = verdict(cm, evaluator(cm)(all)).best;
	const leads = leadSweeper(cm);
	const lead = leads.lead(best);
	return (param) => {
		if (!cm.params.has(param)) throw new Error(`'${param}' is not a parameter of ${cm.def.id}.`);
		return sweepBreakEven(cm, param, lead, all).value;
	};
}
