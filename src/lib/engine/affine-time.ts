/**
 * Whether an exponent is ±t plus a constant, over every period a model runs: the mid-year discount
 * (1 + rate)^(-(t + 0.5)), a year-end one ^(-(t + 1)), ^(2025 - year). Such a power is a constant power
 * times a running product (fused-expr.ts), where Math.pow would be called once a period.
 *
 * The exponent is evaluated at each period with the formula's own arithmetic, and accepted only when it
 * names nothing but t, year, periods and constants and moves by exactly one, the same way, from period to
 * period: what is found holds for every period the kernel computes, not for a pattern in the text.
 */
import { CONSTANTS, type Expr } from './expr';
import { BINARY, UNARY } from './ops';
import type { Periods } from './types';

export interface AffineInTime {
	/** +1 or −1: the exponent at period t is offset + slope · t. */
	slope: 1 | -1;
	/** The exponent at t = 0. */
	offset: number;
}

/** The value of `e` at period t, or undefined where it names anything a period does not fix. */
function at(e: Expr, t: number, periods: Periods): number | undefined {
	switch (e.k) {
		case 'num':
			return e.v;
		case 'sym':
			if (e.name === 't') return t;
			if (e.name === 'year') return periods.start + t;
			if (e.name === 'periods') return periods.count;
			return Object.hasOwn(CONSTANTS, e.name) ? CONSTANTS[e.name] : undefined;
		case 'un': {
			const a = at(e.a, t, periods);
			return a === undefined ? undefined : UNARY[e.op](a);
		}
		case 'bin': {
			const a = at(e.a, t, periods);
			const b = a === undefined ? undefined : at(e.b, t, periods);
			return b === undefined ? undefined : BINARY[e.op](a!, b);
		}
		default:
			return undefined;
	}
}

/** a − b when the difference is exact, else undefined (the error of a rounded difference, as TwoSum finds it). */
function exactDifference(a: number, b: number): number | undefined {
	const s = a - b;
	const bb = a - s;
	return a - (s + bb) + (bb - b) === 0 ? s : undefined;
}

/**
 * The exponent as offset + slope · t, when it is exactly that at every period of `periods`; else null.
 * Exactly: the exponent the formula computes at t, less slope · t, must be the offset with no rounding
 * (t + 0.0343 rounds at some t, and x^c · x^t would then not be the power the formula asks for).
 */
export function affineInTime(e: Expr, periods: Periods): AffineInTime | null {
	if (periods.count < 2) return null;
	const offset = at(e, 0, periods);
	const next = at(e, 1, periods);
	if (offset === undefined || next === undefined || !Number.isFinite(offset)) return null;
	const slope = next - offset;
	if (slope !== 1 && slope !== -1) return null;
	for (let t = 1; t < periods.count; t++) {
		const v = at(e, t, periods);
		if (v === undefined || exactDifference(v, slope * t) !== offset) return null;
	}
	return { slope, offset };
}
