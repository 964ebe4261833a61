/**
 * The formula language without its parser: the expression tree formulas are read into (formula.ts parses
 * text with mathjs), and the names, functions and aggregates it knows. Everything that runs a model (the
 * kernels, the explanation) needs only this, so a page whose models were compiled when the app was built
 * (prebuilt.ts) carries no parser.
 */
import { LINK_KEYS } from './link-keys';

export type UnaryOp = 'neg' | 'pos' | 'not';
export type BinaryOp =
	'add' | 'sub' | 'mul' | 'div' | 'pow' | 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge' | 'and' | 'or' | 'xor';
export type FnName =
	'exp' | 'log' | 'log10' | 'log2' | 'sqrt' | 'cbrt' | 'abs' | 'sign' | 'min' | 'max' | 'pow';
export type AggName = 'npv' | 'sum' | 'last' | 'first' | 'at';

export type Expr =
	| { k: 'num'; v: number }
	| { k: 'sym'; name: string }
	| { k: 'un'; op: UnaryOp; a: Expr }
	| { k: 'bin'; op: BinaryOp; a: Expr; b: Expr }
	| { k: 'fn'; fn: FnName; args: Expr[] }
	| { k: 'cond'; c: Expr; a: Expr; b: Expr }
	| { k: 'prev'; series: string; init: Expr | null }
	| { k: 'agg'; fn: AggName; series: string; args: Expr[] };

/** Arity of each allowed function: [min, max]. round/floor/ceil are left out on purpose: mathjs applies
 * tolerance corrections to them that a plain kernel would not reproduce exactly. */
export const FUNCTIONS: Record<FnName, [number, number]> = {
	exp: [1, 1],
	log: [1, 2],
	log10: [1, 1],
	log2: [1, 1],
	sqrt: [1, 1],
	cbrt: [1, 1],
	abs: [1, 1],
	sign: [1, 1],
	min: [1, 16],
	max: [1, 16],
	pow: [2, 2]
};
/** Aggregates over a series, for outputs; the number is the count of arguments after the series. */
export const AGGREGATES: Record<AggName, number> = { npv: 1, sum: 0, last: 0, first: 0, at: 1 };
export const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };
/** Names a model may not use for its own parameters, flags or series. */
export const RESERVED = new Set<string>([
	...Object.keys(FUNCTIONS),
	...Object.keys(AGGREGATES),
	...Object.keys(CONSTANTS),
	'prev',
	't',
	'year',
	'periods',
	'and',
	'or',
	'not',
	'xor',
	'mod',
	'to',
	'in',
	'true',
	'false',
	'null',
	'undefined',
	'Infinity',
	'NaN',
	// Keys of the link format: a parameter with one of these ids could never be linked.
	...LINK_KEYS
]);

/** Every name an expression reads, split by how: same-period series, previous-period series, other names. */
export function dependencies(expr: Expr): { now: Set<string>; prev: Set<string>; names: Set<string> } {
	const deps = { now: new Set<string>(), prev: new Set<string>(), names: new Set<string>() };
	const walk = (e: Expr): void => {
		switch (e.k) {
			case 'num':
				return;
			case 'sym':
				deps.names.add(e.name);
				return;
			case 'un':
				return walk(e.a);
			case 'bin':
				walk(e.a);
				return walk(e.b);
			case 'fn':
				return e.args.forEach(walk);
			case 'cond':
				walk(e.c);
				walk(e.a);
				return walk(e.b);
			case 'prev':
				deps.prev.add(e.series);
				if (e.init) walk(e.init);
				return;
			case 'agg':
				deps.now.add(e.series);
				return e.args.forEach(walk);
		}
	};
	walk(expr);
	return deps;
}
