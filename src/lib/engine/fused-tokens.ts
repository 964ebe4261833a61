/**
 * The vocabulary of the fused kernel's generated code: every piece of text that can enter it besides
 * numeric literals and index-named slots (V[3], s2, P0). No name or text from a model or a user is ever
 * part of it, and SAFE_SOURCE refuses any source with a character outside it, so a bug in the generator
 * cannot turn into code injection.
 */

/** Functions by their JavaScript spelling; pow goes through mathjs's rule in the helpers (H). */
export const JS_FN: Record<string, string> = {
	exp: 'Math.exp',
	log10: 'Math.log10',
	log2: 'Math.log2',
	sqrt: 'Math.sqrt',
	cbrt: 'Math.cbrt',
	abs: 'Math.abs',
	sign: 'Math.sign',
	min: 'Math.min',
	max: 'Math.max',
	pow: 'H.pow'
};

/** Binary operators; comparisons call the helpers because mathjs compares with a tolerance. */
export const JS_BIN: Record<string, (a: string, b: string) => string> = {
	add: (a, b) => `(${a} + ${b})`,
	sub: (a, b) => `(${a} - ${b})`,
	mul: (a, b) => `(${a} * ${b})`,
	div: (a, b) => `(${a} / ${b})`,
	pow: (a, b) => `H.pow(${a}, ${b})`,
	eq: (a, b) => `H.eq(${a}, ${b})`,
	ne: (a, b) => `H.ne(${a}, ${b})`,
	lt: (a, b) => `H.lt(${a}, ${b})`,
	gt: (a, b) => `H.gt(${a}, ${b})`,
	le: (a, b) => `H.le(${a}, ${b})`,
	ge: (a, b) => `H.ge(${a}, ${b})`,
	and: (a, b) => `(${a} && ${b} ? 1 : 0)`,
	or: (a, b) => `(${a} || ${b} ? 1 : 0)`,
	xor: (a, b) => `(!${a} !== !${b} ? 1 : 0)`
};

/**
 * A comparison with 0, written out: with mathjs's tolerance (absTol 1e-15; relTol cannot matter next to
 * 0), a > 0 is exactly a > 1e-15, a == 0 is |a| ≤ 1e-15, and so on; NaN compares false as in ops.ts.
 * The key is the operator with the zero on the right.
 */
export const AGAINST_ZERO: Record<string, (a: string) => string> = {
	gt: (a) => `(${a} > 1e-15 ? 1 : 0)`,
	ge: (a) => `(${a} >= -1e-15 ? 1 : 0)`,
	lt: (a) => `(${a} < -1e-15 ? 1 : 0)`,
	le: (a) => `(${a} <= 1e-15 ? 1 : 0)`,
	eq: (a) => `(Math.abs(${a}) <= 1e-15 ? 1 : 0)`,
	ne: (a) => `(Math.abs(${a}) <= 1e-15 ? 0 : 1)`
};

/** The same comparison with the operands swapped: 0 < a is a > 0. */
export const MIRROR: Record<string, string> = { gt: 'lt', lt: 'gt', ge: 'le', le: 'ge', eq: 'eq', ne: 'ne' };

/** Whole exponents from 3 up to this are raised by integerPower (special.ts), faster than Math.pow. */
export const MAX_INTEGER_POWER = 1024;

/** Code that calls a function. */
export const CALL = /[A-Za-z]\(/;
/** Code cheap enough to repeat where it is used rather than hoist: a local, a literal. */
export const SIMPLE = /^\(?-?[\w.]+\)?$/;
/** Every character the generated source may contain. */
export const SAFE_SOURCE = /^[A-Za-z0-9_\s.,;:()[\]{}+\-*/=<>!?&|"]*$/;

/** A double written so that it reads back as itself (−0 included). */
export const literal = (v: number): string =>
	Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '(-0)' : `(${String(v)})`;
