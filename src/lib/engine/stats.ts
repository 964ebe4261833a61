/** Summaries of Monte Carlo samples: the numbers a person reads off a fan chart or a verdict. */
import { bucketing, fromBuckets, hasNaN, orderStatistics } from './order-statistics';
import type { Column } from './simulate';

export interface Summary {
	mean: number;
	/** Monte Carlo standard error of the mean. */
	se: number;
	p05: number;
	p25: number;
	p50: number;
	p75: number;
	p95: number;
}

/** Quantile of sorted data by linear interpolation between order statistics (type 7, as R and d3). */
export function quantileSorted(sorted: Float64Array, p: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, n - 1);
	// Exactly on a rank, take it: interpolating would give 0 × NaN next to a NaN neighbour.
	if (h === lo) return sorted[lo];
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * Mean, standard error and quantiles in three passes over the draws where a pass for each would take six:
 * the sum, least and greatest together; the squared deviations and the bucket counts of the
 * order statistics together; then the draws in the buckets the quantiles fall in. Each number is the
 * same operation on the same operands, in the same order, as one pass at a time would do.
 */
export function summarize(values: Float64Array): Summary {
	const n = values.length;
	let mean = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		mean += v;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	// A NaN draw makes the sum NaN, and so does +∞ with −∞, which cannot be bucketed either: both take
	// the path that sorts (quantiles, which finds a NaN itself), as a NaN test per draw would send them.
	const nan = mean !== mean;
	mean /= n;
	const b = n > 0 && !nan ? bucketing(n, min, max) : null;
	let ss = 0;
	if (b) {
		const { buckets, scale, counts, of } = b;
		const top = buckets - 1;
		// Two draws a turn: about twice as fast in V8, where a count's increment waits on the last one's
		// store. The same operations in the same order as one at a time.
		const even = n & ~1;
		let i = 0;
		for (; i < even; i += 2) {
			const v = values[i];
			const w = values[i + 1];
			ss += (v - mean) ** 2;
			ss += (w - mean) ** 2;
			// As countBuckets (order-statistics.ts) places a draw.
			let k = ((v - min) * scale) | 0;
			let j = ((w - min) * scale) | 0;
			if (k > top) k = top;
			if (j > top) j = top;
			of[i] = k;
			of[i + 1] = j;
			counts[k]++;
			counts[j]++;
		}
		if (i < n) {
			const v = values[i];
			ss += (v - mean) ** 2;
			let k = ((v - min) * scale) | 0;
			if (k > top) k = top;
			of[i] = k;
			counts[k]++;
		}
	} else for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
	const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
	const [p05, p25, p50, p75, p95] = b
		? quantilesAt(n, PROBS, fromBuckets(values, ranksOf(n, PROBS), b))
		: // One value throughout (a period the draws do not reach yet): every quantile is that value, as
			// sorting would give it, without a copy and a selection. Not 0, which may be +0 here and −0 there,
			// and not with a NaN among the draws (min and max skip it; a sort puts it last).
			!nan && min === max && min !== 0 && Number.isFinite(min)
			? PROBS.map(() => min)
			: quantiles(values, PROBS);
	return { mean, se: sd / Math.sqrt(n), p05, p25, p50, p75, p95 };
}

/** The order statistics the quantiles at `ps` of n draws read: the two around each. */
const ranksOf = (n: number, ps: readonly number[]): number[] =>
	ps.flatMap((p) => {
		const lo = Math.floor((n - 1) * p);
		return lo + 1 < n ? [lo, lo + 1] : [lo];
	});

/** The quantiles at `ps` of n draws from their order statistics `at` (ranksOf's), as quantileSorted reads them. */
function quantilesAt(n: number, ps: readonly number[], at: Map<number, number>): number[] {
	return ps.map((p) => {
		const h = (n - 1) * p;
		const lo = Math.floor(h);
		// Exactly on a rank, take it, as quantileSorted does.
		return h === lo ? at.get(lo)! : at.get(lo)! + (h - lo) * (at.get(lo + 1)! - at.get(lo)!);
	});
}

/**
 * The same quantiles as sorting and quantileSorted, from only the order statistics they need: a slider
 * tick summarises dozens of columns of 10,000 draws, and full sorts, then selections, were most of its time.
 */
export function quantiles(values: Float64Array, ps: readonly number[]): number[] {
	const n = values.length;
	if (n === 0) return ps.map(() => NaN);
	if (hasNaN(values)) {
		const sorted = values.slice().sort();
		return ps.map((p) => quantileSorted(sorted, p));
	}
	return quantilesAt(n, ps, orderStatistics(values, ranksOf(n, ps)));
}

/** The samples of period t of a column, one per sample (a column of width 1 repeats its value). */
export function periodSamples(col: Column, t: number, n: number): Float64Array {
	if (col.width === 1) return new Float64Array(n).fill(col.data[t]);
	return col.data.subarray(t * n, (t + 1) * n);
}

/** Per-period summaries of a series. */
export function summarizeSeries(col: Column, periods: number, n: number): Summary[] {
	return Array.from({ length: periods }, (_, t) => summarize(periodSamples(col, t, n)));
}

/** Sample-by-sample difference a − b of two scalar outputs. */
export function difference(a: Column, b: Column, n: number): Float64Array {
	const out = new Float64Array(n);
	for (let i = 0; i < n; i++) out[i] = a.data[a.width === 1 ? 0 : i] - b.data[b.width === 1 ? 0 : i];
	return out;
}

/** Share of samples in which a is better than b, with its standard error. */
export function probabilityAhead(diff: Float64Array, higherIsBetter: boolean): { p: number; se: number } {
	let wins = 0;
	for (let i = 0; i < diff.length; i++) if (higherIsBetter ? diff[i] > 0 : diff[i] < 0) wins++;
	const p = wins / diff.length;
	return { p, se: Math.sqrt((p * (1 - p)) / diff.length) };
}
