/**
 * Writes a checked expression back as mathjs text, optionally with names replaced by their values, and
 * evaluates one with the kernel's own scalar operators. explain.ts builds the "formula with today's
 * values" from these, so the text a person reads is the expression the engine ran, not a re-parse of it.
 */
import { CONSTANTS, type AggName, type BinaryOp, type Expr } from './expr';
import { BINARY, FUNCTION_IMPL, UNARY } from './ops';

/** What a name, prev(…) or aggregate becomes in the printed text; null prints it as written. */
export interface Hook {
	sym?(name: string): number | null;
	prev?(series: string, init: Expr | null): string | null;
	agg?(e: Extract<Expr, { k: 'agg' }>): number | null;
}

/** mathjs precedence, low to high; a child binding more loosely than its parent needs parentheses. */
const PREC: Record<BinaryOp, number> = {
	or: 2,
	xor: 3,
	and: 4,
	eq: 5,
	ne: 5,
	lt: 5,
	gt: 5,
	le: 5,
	ge: 5,
	add: 6,
	sub: 6,
	mul: 7,
	div: 7,
	pow: 9
};
const SYMBOL: Record<BinaryOp, string> = {
	or: 'or',
	xor: 'xor',
	and: 'and',
	eq: '==',
	ne: '!=',
	lt: '<',
	gt: '>',
	le: '<=',
	ge: '>=',
	add: '+',
	sub: '-',
	mul: '*',
	div: '/',
	pow: '^'
};
const COND = 1;
const UNARY_PREC = 8;
const ATOM = 10;

/**
 * A number as mathjs reads it, rounded to `digits` significant digits so a substituted formula stays
 * readable; negatives come in parentheses so that `a - b` with b = −2 reads `a - (-2)`.
 */
export function numberText(v: number, digits = 6): string {
	if (Number.isNaN(v)) return 'NaN';
	if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '(-Infinity)';
	if (v === 0) return '0';
	const text = String(Number(v.toPrecision(digits)));
	return v < 0 ? `(${text})` : text;
}

export function print(e: Expr, hook: Hook = {}, digits = 6): string {
	return write(e, hook, digits).text;
}

function write(e: Expr, hook: Hook, digits: number): { text: string; prec: number } {
	const atom = (text: string) => ({ text, prec: ATOM });
	const sub = (x: Expr) => write(x, hook, digits);
	const wrap = (x: Expr, parens: (prec: number) => boolean) => {
		const w = sub(x);
		return parens(w.prec) ? `(${w.text})` : w.text;
	};
	switch (e.k) {
		case 'num':
			return atom(numberText(e.v, digits));
		case 'sym': {
			const v = hook.sym?.(e.name) ?? null;
			return atom(v === null ? e.name : numberText(v, digits));
		}
		case 'prev': {
			const replaced = hook.prev?.(e.series, e.init) ?? null;
			if (replaced !== null) return atom(replaced);
			return atom(`prev(${e.series}${e.init ? `, ${sub(e.init).text}` : ''})`);
		}
		case 'agg': {
			const v = hook.agg?.(e) ?? null;
			if (v !== null) return atom(numberText(v, digits));
			return atom(`${e.fn}(${[e.series, ...e.args.map((a) => sub(a).text)].join(', ')})`);
		}
		case 'fn':
			return atom(`${e.fn}(${e.args.map((a) => sub(a).text).join(', ')})`);
		case 'un': {
			const op = e.op === 'neg' ? '-' : e.op === 'pos' ? '+' : 'not ';
			return { text: op + wrap(e.a, (p) => p < UNARY_PREC), prec: UNARY_PREC };
		}
		case 'cond':
			return {
				text: `${wrap(e.c, (p) => p <= COND)} ? ${wrap(e.a, (p) => p <= COND)} : ${sub(e.b).text}`,
				prec: COND
			};
		case 'bin': {
			const p = PREC[e.op];
			// pow groups to the right and comparisons do not chain, so an equal-precedence left child
			// needs parentheses there; elsewhere only a right child of equal precedence does.
			const left = wrap(e.a, (q) => q < p || (q === p && (e.op === 'pow' || p === 5)));
			const right = wrap(e.b, (q) => q <= p);
			return { text: `${left} ${SYMBOL[e.op]} ${right}`, prec: p };
		}
	}
}

/** How evaluate() reads names, previous values and aggregates. */
export interface Env {
	sym(name: string): number;
	prev(series: string, init: Expr | null): number;
	series(name: string): readonly number[];
}

/** The engine's scalar meaning of an expression: the same operators the kernel runs. */
export function evaluate(e: Expr, env: Env): number {
	const ev = (x: Expr) => evaluate(x, env);
	switch (e.k) {
		case 'num':
			return e.v;
		case 'sym':
			return Object.hasOwn(CONSTANTS, e.name) ? CONSTANTS[e.name] : env.sym(e.name);
		case 'prev':
			return env.prev(e.series, e.init);
		case 'agg':
			return aggregate(e.fn, env.series(e.series), e.args.map(ev));
		case 'fn':
			return FUNCTION_IMPL[e.fn](...e.args.map(ev));
		case 'un':
			return UNARY[e.op](ev(e.a));
		case 'cond':
			return ev(e.c) ? ev(e.a) : ev(e.b);
		case 'bin':
			return BINARY[e.op](ev(e.a), ev(e.b));
	}
}

/** As closure-plan.ts sums a column: npv discounts period t by (1 + rate)^t, at(s, −1) is the last. */
export function aggregate(fn: AggName, xs: readonly number[], args: number[]): number {
	const T = xs.length;
	switch (fn) {
		case 'sum':
			return xs.reduce((a, x) => a + x, 0);
		case 'first':
			return xs[0];
		case 'last':
			return xs[T - 1];
		case 'at': {
			const t = args[0] < 0 ? T + args[0] : args[0];
			return Number.isInteger(t) && t >= 0 && t < T ? xs[t] : NaN;
		}
		case 'npv': {
			let total = 0;
			for (let t = 0, d = 1; t < T; t++, d *= 1 + args[0]) total += xs[t] * (1 / d);
			return total;
		}
	}
}
