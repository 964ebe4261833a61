/**
 * The room's belief as SHELF pools it: the equal-weight linear pool of the fitted answers, a mixture whose
 * CDF is the mean of theirs. A mixture has no closed-form quantile, so it is found by bisection on the CDF;
 * the bracket is exact, because the mixture's p-quantile lies between the smallest and the largest of the
 * answers' p-quantiles.
 */
import type { Belief } from './belief-fit';

export interface Pool extends Belief {
	size: number;
}

/** Bisection stops when the bracket is this small relative to the pool's support (or to 1 when it is a point). */
const RELATIVE_TOLERANCE = 1e-12;
const MAX_STEPS = 200;

export function linearPool(beliefs: readonly Belief[]): Pool {
	if (beliefs.length === 0) throw new RangeError('A pool needs at least one fitted answer.');
	const n = beliefs.length;
	const lo = Math.min(...beliefs.map((b) => b.lo));
	const hi = Math.max(...beliefs.map((b) => b.hi));
	const cdf = (x: number) => {
		let sum = 0;
		for (const b of beliefs) sum += b.cdf(x);
		return sum / n;
	};
	const tolerance = RELATIVE_TOLERANCE * Math.max(1, hi - lo, Math.abs(lo), Math.abs(hi));
	const quantile = (p: number) => {
		if (!(p > 0)) return lo;
		if (!(p < 1)) return hi;
		if (n === 1) return beliefs[0].quantile(p);
		// Invariant: cdf(a) < p ≤ cdf(b), or a = b.
		let a = Infinity;
		let b = -Infinity;
		for (const belief of beliefs) {
			const q = belief.quantile(p);
			if (q < a) a = q;
			if (q > b) b = q;
		}
		if (cdf(a) >= p) return a;
		for (let step = 0; step < MAX_STEPS && b - a > tolerance; step++) {
			const mid = 0.5 * a + 0.5 * b;
			if (cdf(mid) >= p) b = mid;
			else a = mid;
		}
		return b;
	};
	return { cdf, quantile, lo, hi, size: n };
}
