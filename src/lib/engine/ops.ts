/**
 * Scalar meaning of every operator and function, matching the restricted mathjs instance exactly:
 * comparisons use mathjs's tolerances (relTol 1e-12, absTol 1e-15), booleans are 1 and 0, and pow is
 * Math.pow (mathjs/number returns NaN for a negative base with a fractional exponent, as Math.pow does).
 */
import type { BinaryOp, FnName, UnaryOp } from './expr';

const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

export function nearlyEqual(a: number, b: number): boolean {
	if (Number.isNaN(a) || Number.isNaN(b)) return false;
	if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
	if (a === b) return true;
	return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

export const UNARY: Record<UnaryOp, (a: number) => number> = {
	neg: (a) => -a,
	pos: (a) => a,
	not: (a) => (a ? 0 : 1)
};

export const BINARY: Record<BinaryOp, (a: number, b: number) => number> = {
	add: (a, b) => a + b,
	sub: (a, b) => a - b,
	mul: (a, b) => a * b,
	div: (a, b) => a / b,
	pow: (a, b) => powMathjs(a, b),
	eq: (a, b) => (nearlyEqual(a, b) ? 1 : 0),
	ne: (a, b) => (nearlyEqual(a, b) ? 0 : 1),
	lt: (a, b) => (a < b && !nearlyEqual(a, b) ? 1 : 0),
	gt: (a, b) => (a > b && !nearlyEqual(a, b) ? 1 : 0),
	le: (a, b) => (a <= b || nearlyEqual(a, b) ? 1 : 0),
	ge: (a, b) => (a >= b || nearlyEqual(a, b) ? 1 : 0),
	and: (a, b) => (a && b ? 1 : 0),
	or: (a, b) => (a || b ? 1 : 0),
	xor: (a, b) => (!a !== !b ? 1 : 0)
};

/** mathjs's powNumber: x^±Infinity is 0 where Math.pow would give NaN or Infinity the other way. */
function powMathjs(x: number, y: number): number {
	if ((x * x < 1 && y === Infinity) || (x * x > 1 && y === -Infinity)) return 0;
	return Math.pow(x, y);
}

export const FUNCTION_IMPL: Record<FnName, (...args: number[]) => number> = {
	exp: Math.exp,
	log: (x, base) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base)),
	log10: Math.log10,
	log2: Math.log2,
	sqrt: Math.sqrt,
	cbrt: Math.cbrt,
	abs: Math.abs,
	sign: Math.sign,
	min: Math.min,
	max: Math.max,
	pow: powMathjs
};
