/**
 * Every number explained: for one output or series of one option, its formula, the same formula with
 * the option's current values written in, and what it reads, down to the parameters. It works on a
 * finished OptionResult, so the numbers it shows are the ones the page shows, not a second computation.
 */
import type { OptionResult } from './analysis';
import type { Expr } from './expr';
import { optionValues, type CompiledModel } from './compiled-model';
import type { ParamValues } from './types';
import { evaluate, numberText, print, type Env, type Hook } from './explain-print';
import { closureOf, collectAggs, inputs, type ClosureNode, type Input } from './explain-inputs';

export type { ClosureNode, FlagInput, Input, ParamInput, SeriesInput } from './explain-inputs';

export interface Term {
	/** An aggregate as written with its arguments substituted, e.g. `npv(benefit, 0.1)`. */
	text: string;
	/** The series it sums up, whose unit the value carries. */
	series: string;
	value: number;
}

export interface Explanation {
	kind: 'output' | 'series';
	name: string;
	label: string;
	unit: string;
	formula: string;
	/** The formula with parameters, flags and (for a series) time and same-period series as numbers. */
	substituted: string;
	/** Outputs only: the substituted formula with each aggregate replaced by its value. */
	reduced: string | null;
	terms: Term[];
	/** Series only: the period the substitution shows, and its calendar year. */
	t: number | null;
	year: number | null;
	/** The output's value, or the series' value at period t. */
	value: number;
	/** Series only: its value in every period. */
	values: number[] | null;
	/** What the formula reads directly, in the order it first appears. */
	inputs: Input[];
	/** Everything below it, breadth first, each name once: the explained name itself is left out. */
	closure: ClosureNode[];
}

export interface ExplainOptions {
	/** The period whose substitution a series explanation shows; the last period when left out. */
	t?: number;
	/** Significant digits of the numbers written into the formula. */
	digits?: number;
}

export function explain(
	cm: CompiledModel,
	optionId: string,
	result: OptionResult,
	values: ParamValues,
	name: string,
	opts: ExplainOptions = {}
): Explanation {
	const { def } = cm;
	const option = def.options.find((o) => o.id === optionId);
	if (!option) throw new Error(`Model '${def.id}' has no option '${optionId}'.`);
	const isSeries = Object.hasOwn(def.series, name);
	if (!isSeries && !Object.hasOwn(def.outputs, name))
		throw new Error(`Model '${def.id}' has no output or series '${name}'.`);
	const scope = optionValues(def, option, values);
	const T = def.periods.count;
	const digits = opts.digits ?? 6;
	const inputOf = (n: string, lagged: boolean): Input | null => {
		const p = cm.params.get(n);
		if (p) {
			const fixed = Object.hasOwn(option.set ?? {}, n);
			return { kind: 'param', name: n, label: p.label, unit: p.unit, value: scope[n], param: p, fixed };
		}
		if (Object.hasOwn(def.flags ?? {}, n)) return { kind: 'flag', name: n, value: scope[n] };
		const s = def.series[n];
		if (s) return { kind: 'series', name: n, label: s.label, unit: s.unit, values: result.series[n], lagged };
		return null;
	};
	const series = (n: string) => result.series[n];
	const common = { name, inputs: inputs(isSeries ? cm.series[name] : cm.outputs[name], name, inputOf) };
	const closure = closureOf(cm, common.inputs, name, inputOf);

	if (!isSeries) {
		const expr = cm.outputs[name];
		const env: Env = { sym: (n) => (n === 'periods' ? T : scope[n]), prev: () => NaN, series };
		const sym = (n: string) => (n === 'periods' ? T : Object.hasOwn(scope, n) ? scope[n] : null);
		const aggValue = (e: Extract<Expr, { k: 'agg' }>) => evaluate(e, env);
		const terms = new Map<string, Term>();
		collectAggs(expr, (e) => {
			const text = print(e, { sym }, digits);
			terms.set(text, { text, series: e.series, value: aggValue(e) });
		});
		const o = def.outputs[name];
		return {
			...common,
			kind: 'output',
			label: o.label,
			unit: o.unit,
			formula: o.formula,
			substituted: print(expr, { sym }, digits),
			reduced: print(expr, { sym, agg: aggValue }, digits),
			terms: [...terms.values()],
			t: null,
			year: null,
			value: result.outputs[name],
			values: null,
			closure
		};
	}

	const t = Math.min(T - 1, Math.max(0, Math.round(opts.t ?? T - 1)));
	const time: Record<string, number> = { t, year: def.periods.start + t, periods: T };
	const sym = (n: string): number | null => {
		if (Object.hasOwn(time, n)) return time[n];
		if (Object.hasOwn(scope, n)) return scope[n];
		return Object.hasOwn(def.series, n) ? result.series[n][t] : null;
	};
	// At t = 0 prev(x, init) is init, itself a formula of parameters.
	const hook: Hook = {
		sym,
		prev: (s, init) =>
			t > 0
				? numberText(result.series[s][t - 1], digits)
				: init
					? wrapped(init, print(init, { sym }, digits))
					: '0'
	};
	const s = def.series[name];
	return {
		...common,
		kind: 'series',
		label: s.label,
		unit: s.unit,
		formula: s.formula,
		substituted: print(cm.series[name], hook, digits),
		reduced: null,
		terms: [],
		t,
		year: def.periods.start + t,
		value: result.series[name][t],
		values: result.series[name],
		closure
	};
}

/** A formula standing in for prev(…) keeps its own grouping; a single name or number needs none. */
const wrapped = (e: Expr, text: string) => (e.k === 'num' || e.k === 'sym' ? text : `(${text})`);
