/**
 * Compiles a checked expression into closures that work on whole columns of samples at once: a node
 * either yields one number (it depends on nothing uncertain) or fills a Float64Array with one value per
 * sample. Loops over columns keep the hot path free of per-sample calls, and no code is generated from
 * text, so the kernel needs no eval and no 'unsafe-eval' in a Content Security Policy.
 *
 * Two optimisations matter for Monte Carlo speed: a node that does not change from period to period is
 * computed once per run, and `x ^ t` with x constant over time is kept as a running product.
 */
import type { BinaryOp, Expr } from './expr';
import { BINARY, FUNCTION_IMPL, UNARY } from './ops';

export interface ScalarNode {
	vec: false;
	/** True when the value can change between periods of one run. */
	timed: boolean;
	run(): number;
}
export interface VectorNode {
	vec: true;
	timed: boolean;
	run(): Float64Array;
}
export type KNode = ScalarNode | VectorNode;

/** What the run provides while periods advance; the kernel reads it, the simulator writes it. */
export interface Clock {
	/** Period index of the period being computed. */
	t: number;
	/** Increases with every run, so time-invariant nodes know when to recompute. */
	run: number;
}

export interface Bindings {
	n: number;
	clock: Clock;
	/** A name other than an aggregate or prev: parameter, flag, constant, t, year, periods, series. */
	symbol(name: string): KNode;
	prev(series: string, init: KNode | null): KNode;
	aggregate(fn: string, series: string, args: KNode[]): KNode;
}

export const scalar = (timed: boolean, run: () => number): ScalarNode => ({ vec: false, timed, run });
export const vector = (timed: boolean, run: () => Float64Array): VectorNode => ({ vec: true, timed, run });

export function compileExpr(expr: Expr, b: Bindings): KNode {
	return hoist(build(expr, b), b.clock);
}

function build(e: Expr, b: Bindings): KNode {
	switch (e.k) {
		case 'num':
			return scalar(false, () => e.v);
		case 'sym':
			return b.symbol(e.name);
		case 'prev':
			return b.prev(e.series, e.init ? compileExpr(e.init, b) : null);
		case 'agg':
			return b.aggregate(
				e.fn,
				e.series,
				e.args.map((a) => compileExpr(a, b))
			);
		case 'un':
			return map([compileExpr(e.a, b)], b.n, UNARY[e.op]);
		case 'fn':
			return map(
				e.args.map((a) => compileExpr(a, b)),
				b.n,
				FUNCTION_IMPL[e.fn]
			);
		case 'cond':
			return conditional(compileExpr(e.c, b), compileExpr(e.a, b), compileExpr(e.b, b), b.n);
		case 'bin': {
			if (e.op === 'pow' && e.b.k === 'sym' && e.b.name === 't') {
				const base = compileExpr(e.a, b);
				if (!base.timed) return runningPower(base, b);
			}
			return binary(e.op, compileExpr(e.a, b), compileExpr(e.b, b), b.n);
		}
	}
}

/** A node that does not change over periods is computed at the first period of each run only. */
function hoist(node: KNode, clock: Clock): KNode {
	if (node.timed) return node;
	let seen = -1;
	if (node.vec) {
		let cached: Float64Array;
		return vector(false, () => {
			if (seen !== clock.run) {
				cached = node.run();
				seen = clock.run;
			}
			return cached;
		});
	}
	let cached = 0;
	return scalar(false, () => {
		if (seen !== clock.run) {
			cached = node.run();
			seen = clock.run;
		}
		return cached;
	});
}

/** base ^ t as a product carried from period to period; each period is computed once, in order. */
function runningPower(base: KNode, b: Bindings): KNode {
	const { clock, n } = b;
	if (!base.vec) {
		let acc = 1;
		return scalar(true, () => {
			acc = clock.t === 0 ? 1 : acc * base.run();
			return acc;
		});
	}
	const acc = new Float64Array(n);
	return vector(true, () => {
		const x = base.run();
		if (clock.t === 0) acc.fill(1);
		else for (let i = 0; i < n; i++) acc[i] *= x[i];
		return acc;
	});
}

/**
 * Both branches always run, so that a running product inside a branch sees every period. A condition
 * that is the same for every sample picks a whole column instead of testing each sample.
 */
function conditional(c: KNode, a: KNode, b: KNode, n: number): KNode {
	if (c.vec) return map([c, a, b], n, (x, y, z) => (x ? y : z));
	const timed = c.timed || a.timed || b.timed;
	if (!a.vec && !b.vec) {
		return scalar(timed, () => {
			const cv = c.run();
			const av = a.run();
			const bv = b.run();
			return cv ? av : bv;
		});
	}
	const out = new Float64Array(n);
	return vector(timed, () => {
		const cv = c.run();
		const av = a.run();
		const bv = b.run();
		const pick = cv ? av : bv;
		return typeof pick === 'number' ? out.fill(pick) : pick;
	});
}

type Col = Float64Array | number;
const get = (c: Col, i: number) => (typeof c === 'number' ? c : c[i]);

/** Applies f sample by sample; the general path for functions and rarer operators. */
function map(args: KNode[], n: number, f: (...x: number[]) => number): KNode {
	const timed = args.some((a) => a.timed);
	if (!args.some((a) => a.vec)) {
		const x = new Array<number>(args.length);
		return scalar(timed, () => {
			for (let j = 0; j < args.length; j++) x[j] = (args[j] as ScalarNode).run();
			return f(...x);
		});
	}
	const out = new Float64Array(n);
	if (args.length === 1) {
		const a = args[0];
		return vector(timed, () => {
			const A = a.run() as Float64Array;
			for (let i = 0; i < n; i++) out[i] = f(A[i]);
			return out;
		});
	}
	if (args.length === 2) {
		const [a, b] = args;
		return vector(timed, () => {
			const A = a.run();
			const B = b.run();
			if (typeof A !== 'number' && typeof B !== 'number') for (let i = 0; i < n; i++) out[i] = f(A[i], B[i]);
			else if (typeof A !== 'number') for (let i = 0; i < n; i++) out[i] = f(A[i], B as number);
			else for (let i = 0; i < n; i++) out[i] = f(A, (B as Float64Array)[i]);
			return out;
		});
	}
	const cols: Col[] = new Array(args.length);
	const x = new Array<number>(args.length);
	return vector(timed, () => {
		for (let j = 0; j < args.length; j++) cols[j] = args[j].run();
		for (let i = 0; i < n; i++) {
			for (let j = 0; j < cols.length; j++) x[j] = get(cols[j], i);
			out[i] = f(...x);
		}
		return out;
	});
}

type Loop = (a: Float64Array | number, b: Float64Array | number, out: Float64Array, n: number) => void;

/** Tight loops for the four operators models use most, one per shape, so V8 keeps each monomorphic. */
const FAST: Partial<Record<BinaryOp, { vv: Loop; vs: Loop; sv: Loop }>> = {
	add: {
		vv: (a, b, o, n) => { const A = a as Float64Array, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = A[i] + B[i]; }, // prettier-ignore
		vs: (a, b, o, n) => { const A = a as Float64Array, s = b as number; for (let i = 0; i < n; i++) o[i] = A[i] + s; }, // prettier-ignore
		sv: (a, b, o, n) => { const s = a as number, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = s + B[i]; } // prettier-ignore
	},
	sub: {
		vv: (a, b, o, n) => { const A = a as Float64Array, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = A[i] - B[i]; }, // prettier-ignore
		vs: (a, b, o, n) => { const A = a as Float64Array, s = b as number; for (let i = 0; i < n; i++) o[i] = A[i] - s; }, // prettier-ignore
		sv: (a, b, o, n) => { const s = a as number, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = s - B[i]; } // prettier-ignore
	},
	mul: {
		vv: (a, b, o, n) => { const A = a as Float64Array, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = A[i] * B[i]; }, // prettier-ignore
		vs: (a, b, o, n) => { const A = a as Float64Array, s = b as number; for (let i = 0; i < n; i++) o[i] = A[i] * s; }, // prettier-ignore
		sv: (a, b, o, n) => { const s = a as number, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = s * B[i]; } // prettier-ignore
	},
	div: {
		vv: (a, b, o, n) => { const A = a as Float64Array, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = A[i] / B[i]; }, // prettier-ignore
		vs: (a, b, o, n) => { const A = a as Float64Array, s = b as number; for (let i = 0; i < n; i++) o[i] = A[i] / s; }, // prettier-ignore
		sv: (a, b, o, n) => { const s = a as number, B = b as Float64Array; for (let i = 0; i < n; i++) o[i] = s / B[i]; } // prettier-ignore
	}
};

function binary(op: BinaryOp, a: KNode, b: KNode, n: number): KNode {
	const fast = FAST[op];
	if (!fast || (!a.vec && !b.vec)) {
		return map([a, b], n, BINARY[op]);
	}
	const loop = a.vec && b.vec ? fast.vv : a.vec ? fast.vs : fast.sv;
	const out = new Float64Array(n);
	return vector(a.timed || b.timed, () => {
		loop(a.run(), b.run(), out, n);
		return out;
	});
}
