/**
 * Triangular and Beta-PERT shapes for distributions.ts. Both are bounded, with the mode at the
 * parameter's value, and people state them by a 90 % interval rather than by their bounds, so the bounds
 * have to be solved for.
 *
 * The solve happens on the unit interval. A shape on [0, 1] with its mode at t has 5th and 95th
 * percentiles q05(t) and q95(t); scaled onto [a, a + r] it has the stated interval [L, H] and mode m when
 *   (t − q05(t)) / (q95(t) − q05(t)) = (m − L) / (H − L) =: g,
 * after which r = (H − L) / (q95 − q05) and a = L − r·q05. Because the interval moves with the value,
 * g = (default − low) / (high − low) for every value of a parameter, so each parameter needs one solve,
 * which is cached.
 */
import { betaDist, type BetaDist } from './special';

/** A distribution on [0, 1]. */
export interface UnitShape {
	quantile(p: number): number;
	cdf(x: number): number;
	mean: number;
	q05: number;
	q95: number;
	/**
	 * drawInto's loop for this shape scaled onto [a, a + range]: out[i] = a + range·Q(pLow + u[i]·span),
	 * clamped to [min, max]. Each kind has its own copy so that V8 can inline its quantile.
	 */
	fill(
		a: number,
		range: number,
		pLow: number,
		span: number,
		u: Float64Array,
		out: Float64Array,
		min: number,
		max: number
	): void;
}

export type BoundedKind = 'triangular' | 'pert';

const P_LOW = 0.05;
const P_HIGH = 0.95;

function triangular(t: number): UnitShape {
	const quantile = (p: number): number => (p <= t ? Math.sqrt(p * t) : 1 - Math.sqrt((1 - p) * (1 - t)));
	const cdf = (x: number): number => {
		if (!(x > 0)) return 0;
		if (!(x < 1)) return 1;
		return x <= t ? (x * x) / t : 1 - ((1 - x) * (1 - x)) / (1 - t);
	};
	const fill: UnitShape['fill'] = (a, range, pLow, span, u, out, min, max) => {
		for (let i = 0; i < u.length; i++) {
			const p = pLow + u[i] * span;
			// quantile(p) without its branch, which random draws mispredict half the time: both roots are
			// finite, and m·A + (1 − m)·B is exactly A or B for m = 1 or 0.
			const m = +(p <= t);
			const q = m * Math.sqrt(p * t) + (1 - m) * (1 - Math.sqrt((1 - p) * (1 - t)));
			const x = a + range * q;
			out[i] = x >= min ? (x <= max ? x : max) : min;
		}
	};
	return { quantile, cdf, mean: (1 + t) / 3, q05: quantile(P_LOW), q95: quantile(P_HIGH), fill };
}

// The PERT inverse CDF has no closed form and a Newton solve per sample costs microseconds, so it is
// tabulated once per shape, with the exact slope at each node for cubic Hermite interpolation. The middle
// table is uniform in p, which needs no logarithm per sample. The tail table is uniform in w = logit(p),
// where the quantile stays smooth (it behaves like exp(w/α) there, whereas in p it behaves like p^(1/α),
// which no polynomial follows). Interpolation errors stay near 1e-10 of the support (checked in
// distributions.test.ts); the 4e-9 of probability beyond |w| = W is inverted exactly.
const W = 20;
const TAIL_NODES = 2048;
const TAIL_STEP = (2 * W) / TAIL_NODES;
const P_TAIL = 1 / (1 + Math.exp(W));
const MID_NODES = 1024;
const MID_STEP = (P_HIGH - P_LOW) / MID_NODES;

/** Indices of tail draws, kept between fills. */
let tailIndex = new Int32Array(1024);

/** Cubic Hermite interpolation at fraction u of interval i; slopes are pre-multiplied by the spacing. */
function hermite(xs: Float64Array, slopes: Float64Array, i: number, u: number): number {
	const v = 1 - u;
	return (
		(1 + 2 * u) * v * v * xs[i] +
		u * v * v * slopes[i] +
		u * u * ((3 - 2 * u) * xs[i + 1] - v * slopes[i + 1])
	);
}

/** Nodes x = Q(p(k)) for k = 0..count and their slopes dx/dk, given p(k) and dp/dk. */
function tabulate(
	beta: BetaDist,
	count: number,
	pAt: (k: number) => number,
	dpAt: (p: number) => number
): [Float64Array, Float64Array] {
	const xs = new Float64Array(count + 1);
	const slopes = new Float64Array(count + 1);
	for (let k = 0; k <= count; k++) {
		const p = pAt(k);
		const guess = k > 0 ? xs[k - 1] + slopes[k - 1] : NaN;
		xs[k] = beta.quantile(p, k > 0 ? xs[k - 1] : 0, guess);
		slopes[k] = dpAt(p) / beta.pdf(xs[k]);
	}
	return [xs, slopes];
}

function pert(t: number): UnitShape {
	const beta = betaDist(1 + 4 * t, 5 - 4 * t);
	const [midX, midSlope] = tabulate(
		beta,
		MID_NODES,
		(k) => P_LOW + k * MID_STEP,
		() => MID_STEP
	);
	const [tailX, tailSlope] = tabulate(
		beta,
		TAIL_NODES,
		(k) => 1 / (1 + Math.exp(W - k * TAIL_STEP)),
		(p) => p * (1 - p) * TAIL_STEP
	);
	const quantile = (p: number): number => {
		if (p >= P_LOW && p <= P_HIGH) {
			const s = (p - P_LOW) / MID_STEP;
			const i = Math.min(Math.floor(s), MID_NODES - 1);
			return hermite(midX, midSlope, i, s - i);
		}
		if (!(p > P_TAIL && p < 1 - P_TAIL)) return beta.quantile(p);
		const s = (Math.log(p / (1 - p)) + W) / TAIL_STEP;
		const i = Math.min(Math.floor(s), TAIL_NODES - 1);
		return hermite(tailX, tailSlope, i, s - i);
	};
	const fill: UnitShape['fill'] = (a, range, pLow, span, u, out, min, max) => {
		// As quantile, with the middle table (90 % of draws) in a loop of its own and the tails left for a
		// second pass: a loop that may call out to the tail code runs much slower, even when it rarely does.
		const n = u.length;
		if (tailIndex.length < n) tailIndex = new Int32Array(n);
		const tails = tailIndex;
		let count = 0;
		for (let i = 0; i < n; i++) {
			const p = pLow + u[i] * span;
			if (p >= P_LOW && p <= P_HIGH) {
				const s = (p - P_LOW) / MID_STEP;
				const k = Math.min(Math.floor(s), MID_NODES - 1);
				const x = a + range * hermite(midX, midSlope, k, s - k);
				out[i] = x >= min ? (x <= max ? x : max) : min;
			} else tails[count++] = i;
		}
		for (let j = 0; j < count; j++) {
			const i = tails[j];
			const x = a + range * quantile(pLow + u[i] * span);
			out[i] = x >= min ? (x <= max ? x : max) : min;
		}
	};
	return { quantile, cdf: beta.cdf, mean: (1 + 4 * t) / 6, q05: midX[0], q95: midX[MID_NODES], fill };
}

/** The 5th and 95th percentiles of the unit shape with mode t, computed exactly. */
function percentiles(kind: BoundedKind, t: number): [number, number] {
	if (kind === 'triangular') {
		const q = triangular(t);
		return [q.q05, q.q95];
	}
	const beta = betaDist(1 + 4 * t, 5 - 4 * t);
	return [beta.quantile(P_LOW), beta.quantile(P_HIGH)];
}

/**
 * The mode t on [0, 1] of the shape whose mode sits at fraction g of its own 90 % interval. Both shapes
 * can put their mode slightly outside that interval (g ∈ [−0.02, 1.02] for PERT), so every g in [0, 1]
 * is bracketed by t = 0 and t = 1. The Illinois variant of regula falsi keeps that bracket and converges
 * in about ten steps, each costing two exact beta quantiles for PERT.
 */
function solveMode(kind: BoundedKind, g: number): number {
	const offset = (t: number): number => {
		const [q05, q95] = percentiles(kind, t);
		return (t - q05) / (q95 - q05) - g;
	};
	let [a, b] = [0, 1];
	let [fa, fb] = [offset(a), offset(b)];
	let side = 0;
	let c = 0.5;
	for (let i = 0; i < 100; i++) {
		c = (a * fb - b * fa) / (fb - fa);
		const fc = offset(c);
		// 4e-15 is a few roundings of the percentiles: the mode lands within that fraction of the interval.
		if (Math.abs(fc) < 4e-15 || b - a < 1e-15) break;
		if (fc * fb > 0) {
			[b, fb] = [c, fc];
			if (side === -1) fa /= 2;
			side = -1;
		} else {
			[a, fa] = [c, fc];
			if (side === 1) fb /= 2;
			side = 1;
		}
	}
	return c;
}

const cache = new Map<string, UnitShape>();
const CACHE_LIMIT = 256;

/** The unit shape whose mode lies at fraction g ∈ [0, 1] of its 90 % interval. */
export function unitShape(kind: BoundedKind, g: number): UnitShape {
	const key = `${kind}:${g}`;
	let shape = cache.get(key);
	if (!shape) {
		const t = solveMode(kind, g);
		shape = kind === 'triangular' ? triangular(t) : pert(t);
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(key, shape);
	}
	return shape;
}
