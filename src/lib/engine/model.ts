/**
 * Turns a model definition into a checked, ordered form the simulator can run: every formula parsed,
 * series sorted so each comes after the series it reads in the same period, cycles named.
 */
import { dependencies, FormulaError, parseFormula, type Expr, type FormulaContext } from './formula';
import type { ModelDef, OptionDef, ParamDef, ParamValues } from './types';
import { ModelError, validateModel } from './validate';

export interface CompiledModel {
	def: ModelDef;
	params: ReadonlyMap<string, ParamDef>;
	/** Series names, each after every series it reads in the same period. */
	order: string[];
	series: Record<string, Expr>;
	outputs: Record<string, Expr>;
	/** Names each series reads: same period, previous period, and everything else. */
	reads: Record<string, ReturnType<typeof dependencies>>;
}

export function compileModel(def: ModelDef): CompiledModel {
	const problems = validateModel(def);
	const values = new Set([...def.params.map((p) => p.id), ...Object.keys(def.flags ?? {})]);
	const seriesNames = new Set(Object.keys(def.series));
	const parseAll = (kind: FormulaContext['kind'], entries: [string, { formula: string }][]) => {
		const out: Record<string, Expr> = {};
		for (const [name, { formula }] of entries) {
			try {
				out[name] = parseFormula(formula, { kind, values, series: seriesNames });
			} catch (err) {
				if (!(err instanceof FormulaError)) throw err;
				problems.push(`${kind} '${name}': ${err.message}`);
			}
		}
		return out;
	};
	const series = parseAll('series', Object.entries(def.series));
	const outputs = parseAll('output', Object.entries(def.outputs));
	if (problems.length) throw new ModelError(def.id, problems);

	const reads: CompiledModel['reads'] = {};
	for (const [name, expr] of Object.entries(series)) {
		const d = dependencies(expr);
		for (const n of d.names) if (seriesNames.has(n)) d.now.add(n);
		reads[name] = d;
	}
	const order = topologicalOrder(reads);
	if (!Array.isArray(order)) {
		throw new ModelError(def.id, [
			`series ${order.cycle.join(' → ')} read each other in the same period; use prev(…) for last period's value.`
		]);
	}
	return { def, params: new Map(def.params.map((p) => [p.id, p])), order, series, outputs, reads };
}

function topologicalOrder(reads: CompiledModel['reads']): string[] | { cycle: string[] } {
	const order: string[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const visit = (name: string): string[] | null => {
		const s = state.get(name);
		if (s === 'done') return null;
		if (s === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
		state.set(name, 'visiting');
		stack.push(name);
		for (const dep of reads[name].now) {
			const cycle = visit(dep);
			if (cycle) return cycle;
		}
		stack.pop();
		state.set(name, 'done');
		order.push(name);
		return null;
	};
	for (const name of Object.keys(reads)) {
		const cycle = visit(name);
		if (cycle) return { cycle };
	}
	return order;
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
