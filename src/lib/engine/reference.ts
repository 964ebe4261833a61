/**
 * The slow, obvious evaluator the fast kernel must agree with: mathjs's own compile().evaluate(), one
 * sample and one period at a time, with a plain scope. Tests and the benchmark use it; the app does not.
 */
import { all, create, type MathNode } from 'mathjs/number';
import type { CompiledModel } from './model';
import { optionValues } from './model';
import type { ParamValues } from './types';

const math = create(all, { predictable: true });

interface Compiled {
	evaluate(scope: Record<string, unknown>): unknown;
}

const prevName = (series: string) => `__prev_${series}`;

/** prev(x) becomes a plain symbol holding last period's value; at t = 0 it becomes its initial value. */
function withoutPrev(formula: string, first: boolean): Compiled {
	const tree = math.parse(formula).transform((node: MathNode) => {
		if (node.type !== 'FunctionNode') return node;
		const f = node as unknown as { fn: { name?: string }; args: MathNode[] };
		if (f.fn.name !== 'prev') return node;
		const series = (f.args[0] as unknown as { name: string }).name;
		if (first) return f.args[1] ?? new math.ConstantNode(0);
		return new math.SymbolNode(prevName(series));
	});
	return tree.compile();
}

const AGGREGATES = {
	sum: (xs: number[]) => xs.reduce((a, b) => a + b, 0),
	npv: (xs: number[], rate: number) => xs.reduce((a, x, t) => a + x / Math.pow(1 + rate, t), 0),
	first: (xs: number[]) => xs[0],
	last: (xs: number[]) => xs[xs.length - 1],
	at: (xs: number[], t: number) => xs[t < 0 ? xs.length + t : t] ?? NaN
};

export interface ReferenceResult {
	series: Record<string, number[]>;
	outputs: Record<string, number>;
}

/** A reusable evaluator for one option: compiled once, then evaluated for any number of value sets. */
export function referenceEvaluator(
	cm: CompiledModel,
	optionId: string
): (values: ParamValues) => ReferenceResult {
	const { def } = cm;
	const option = def.options.find((o) => o.id === optionId);
	if (!option) throw new Error(`No option '${optionId}'.`);
	const firstPeriod = Object.fromEntries(cm.order.map((s) => [s, withoutPrev(def.series[s].formula, true)]));
	const later = Object.fromEntries(cm.order.map((s) => [s, withoutPrev(def.series[s].formula, false)]));
	const outputs = Object.entries(def.outputs).map(([name, o]) => [name, math.compile(o.formula)] as const);
	const T = def.periods.count;

	return (values) => {
		const base = optionValues(def, option, values);
		const series: Record<string, number[]> = Object.fromEntries(cm.order.map((s) => [s, []]));
		for (let t = 0; t < T; t++) {
			const scope: Record<string, unknown> = { ...base, t, year: def.periods.start + t, periods: T };
			for (const s of cm.order) if (t > 0) scope[prevName(s)] = series[s][t - 1];
			for (const s of cm.order) {
				const v = Number((t === 0 ? firstPeriod : later)[s].evaluate(scope));
				series[s].push(v);
				scope[s] = v;
			}
		}
		const scope: Record<string, unknown> = { ...base, periods: T, ...series, ...AGGREGATES };
		const out = Object.fromEntries(outputs.map(([name, c]) => [name, Number(c.evaluate(scope))]));
		return { series, outputs: out };
	};
}
