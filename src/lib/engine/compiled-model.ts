/**
 * A model in the form the engine runs: its definition with every formula read into an expression tree,
 * the series in dependency order, and where its fused kernels come from. Two paths make one: model.ts
 * compiles a definition when the program runs (mathjs parses the formulas, kernels are generated and
 * compiled on demand), and prebuilt.ts assembles one from what the build wrote for a built-in decision
 * (trees, order and kernels as plain data and real functions, no parser, no generated code). Everything
 * that runs a model reads only this, so neither path's machinery reaches a page that does not use it.
 */
import type { Expr } from './expr';
import type { FusedPart, KernelSource } from './fused-run';
import type { ModelDef, OptionDef, ParamDef, ParamValues } from './types';

export interface CompiledModel {
	def: ModelDef;
	params: ReadonlyMap<string, ParamDef>;
	/** Series names, each after every series it reads in the same period. */
	order: string[];
	series: Record<string, Expr>;
	outputs: Record<string, Expr>;
	/** Names each series reads: same period, previous period, and everything else. */
	reads: Record<string, { now: Set<string>; prev: Set<string>; names: Set<string> }>;
	/**
	 * The fused kernel for a set of options, drawn parameters and selection: generated and compiled on
	 * demand (model.ts), or looked up among those built with the app (prebuilt.ts). Null, or absent, when
	 * there is none: the plan then runs on closures (closure-plan.ts), with the same results.
	 */
	kernels?: KernelSource;
}

/**
 * The option a plan runs and the parameters it draws: uncertain ones the option does not fix. Both
 * plans (fused and closure) start from this, so they always agree on what varies by sample.
 */
export function planOption(cm: CompiledModel, optionId: string, uncertain: ReadonlySet<string>) {
	const option = cm.def.options.find((o) => o.id === optionId);
	if (!option) throw new Error(`Model '${cm.def.id}' has no option '${optionId}'.`);
	const fixed = new Set(Object.keys(option.set ?? {}));
	const drawn = [...uncertain].filter((id) => !fixed.has(id) && cm.params.has(id));
	return { option, drawn };
}

/** Every parameter's value: the given ones where valid, defaults elsewhere. */
export function withDefaults(def: ModelDef, values: ParamValues): ParamValues {
	const out: ParamValues = {};
	for (const p of def.params) out[p.id] = Object.hasOwn(values, p.id) ? values[p.id] : p.default;
	return out;
}

/** The values one option runs with: the person's values, then the option's overrides, then flags. */
export function optionValues(def: ModelDef, option: OptionDef, values: ParamValues): ParamValues {
	return { ...(def.flags ?? {}), ...withDefaults(def, values), ...(option.set ?? {}) };
}

/** The parts of a fused loop over `optionIds`, each drawing what planOption says. */
export const fusedParts = (
	cm: CompiledModel,
	optionIds: readonly string[],
	uncertain: ReadonlySet<string>
): FusedPart[] =>
	optionIds.map((id) => {
		const { option, drawn } = planOption(cm, id, uncertain);
		return { option, drawn };
	});
