/**
 * Turns a model definition into a checked, ordered form the simulator can run: every formula parsed,
 * series sorted so each comes after the series it reads in the same period, cycles named.
 */
import { dependencies, FormulaError, parseFormula, type Expr, type FormulaContext } from './formula';
import type { CompiledModel } from './compiled-model';
import { generatedKernels } from './fused-plan';
import type { ModelDef } from './types';
import { ModelError, validateModel } from './validate';

// The compiled form and what works on it live in compiled-model.ts, which needs no parser; re-exported
// here for the code that compiles models when it runs (tests, benches, old revisions, the server).
export * from './compiled-model';

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
	return {
		def,
		params: new Map(def.params.map((p) => [p.id, p])),
		order,
		series,
		outputs,
		reads,
		// Kernels generated and compiled on demand: this model is read when the program runs.
		kernels: generatedKernels
	};
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
