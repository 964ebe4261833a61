/**
 * What a formula reads, sorted into parameters, flags and series, and everything below it down to the
 * parameters: the walk behind explain.ts's inputs and closure.
 */
import type { Expr } from './expr';
import type { CompiledModel } from './compiled-model';
import type { ParamDef } from './types';

export interface ParamInput {
	kind: 'param';
	name: string;
	label: string;
	unit: string;
	value: number;
	param: ParamDef;
	/** The option sets this value, so the person's value does not apply to it. */
	fixed: boolean;
}
export interface FlagInput {
	kind: 'flag';
	name: string;
	value: number;
}
export interface SeriesInput {
	kind: 'series';
	name: string;
	label: string;
	unit: string;
	values: number[];
	/** Read only as prev(x): the formula at period t sees the value of t − 1. */
	lagged: boolean;
}
export type Input = ParamInput | FlagInput | SeriesInput;
/** One input in the closure, with how far below the explained number it sits and who reads it first. */
export type ClosureNode = Input & { depth: number; via: string };

/** Names an expression reads, in the order they first appear; lagged when only ever read through prev. */
function reads(expr: Expr): Map<string, boolean> {
	const out = new Map<string, boolean>();
	const note = (n: string, lagged: boolean) => out.set(n, (out.get(n) ?? true) && lagged);
	const walk = (e: Expr): void => {
		if (e.k === 'sym') note(e.name, false);
		else if (e.k === 'prev') {
			note(e.series, true);
			if (e.init) walk(e.init);
		} else if (e.k === 'agg') {
			note(e.series, false);
			e.args.forEach(walk);
		} else if (e.k === 'un') walk(e.a);
		else if (e.k === 'bin') [e.a, e.b].forEach(walk);
		else if (e.k === 'fn') e.args.forEach(walk);
		else if (e.k === 'cond') [e.c, e.a, e.b].forEach(walk);
	};
	walk(expr);
	return out;
}

export type InputOf = (name: string, lagged: boolean) => Input | null;

/** A series reading its own last value (prev(pv) in pv) is left out: the formula already shows it. */
export function inputs(expr: Expr, self: string, inputOf: InputOf): Input[] {
	return [...reads(expr)].flatMap(([n, lagged]) => (n === self ? [] : (inputOf(n, lagged) ?? [])));
}

export function closureOf(cm: CompiledModel, direct: Input[], root: string, inputOf: InputOf): ClosureNode[] {
	const seen = new Set<string>([root]);
	const out: ClosureNode[] = [];
	let level = direct.map((i) => ({ ...i, depth: 1, via: root }));
	while (level.length) {
		const next: ClosureNode[] = [];
		for (const node of level) {
			if (seen.has(node.name)) continue;
			seen.add(node.name);
			out.push(node);
			if (node.kind !== 'series') continue;
			for (const i of inputs(cm.series[node.name], node.name, inputOf))
				next.push({ ...i, depth: node.depth + 1, via: node.name });
		}
		level = next;
	}
	return out;
}

/** Each aggregate of an output, outermost first (an aggregate inside another's argument is its own term). */
export function collectAggs(e: Expr, found: (e: Extract<Expr, { k: 'agg' }>) => void): void {
	const walk = (x: Expr) => collectAggs(x, found);
	if (e.k === 'agg') {
		found(e);
		e.args.forEach(walk);
	} else if (e.k === 'un') walk(e.a);
	else if (e.k === 'bin') [e.a, e.b].forEach(walk);
	else if (e.k === 'fn') e.args.forEach(walk);
	else if (e.k === 'cond') [e.c, e.a, e.b].forEach(walk);
}
