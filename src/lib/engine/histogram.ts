/**
 * Bins of a sample for a histogram. The axis spans the middle 99 % of the sample so one extreme draw
 * cannot squash the picture; the draws beyond it are counted in the end bins, which say so.
 */
import { hasNaN, orderStatistics } from './order-statistics';

export interface Histogram {
	/** Edges of the bins: bins.length + 1 values, increasing. */
	edges: number[];
	/** Share of all samples in each bin (sums to 1). */
	shares: number[];
	/** Share of samples beyond the axis at each end, included in the end bins. */
	tails: [number, number];
}

export function histogram(values: Float64Array, bins = 40): Histogram {
	const n = values.length;
	const rank = (p: number) => Math.min(n - 1, Math.max(0, Math.round(p * (n - 1))));
	// Only the two ends of the axis need ordering: find them rather than sort every draw.
	const ends = hasNaN(values)
		? ((sorted) => new Map([rank(0.005), rank(0.995)].map((r) => [r, sorted[r]])))(values.slice().sort())
		: orderStatistics(values, [rank(0.005), rank(0.995)]);
	let lo = ends.get(rank(0.005))!;
	let hi = ends.get(rank(0.995))!;
	if (!(hi > lo)) {
		// All (or nearly all) draws equal: one narrow bin around the value.
		const w = Math.abs(lo) * 1e-6 || 1e-9;
		[lo, hi] = [lo - w, lo + w];
		bins = 1;
	}
	const width = (hi - lo) / bins;
	const counts = new Array<number>(bins).fill(0);
	let below = 0;
	let above = 0;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (v < lo) below++;
		else if (v > hi) above++;
		const k = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)));
		counts[k]++;
	}
	return {
		edges: Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + k * width)),
		shares: counts.map((c) => c / n),
		tails: [below / n, above / n]
	};
}
