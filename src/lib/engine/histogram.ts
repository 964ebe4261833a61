/**
 * Bins of a sample for a histogram. The axis spans the middle 99 % of the sample so one extreme draw
 * cannot squash the picture; the draws beyond it are counted in the end bins, which say so.
 */
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
	const sorted = Float64Array.from(values).sort();
	const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(p * (n - 1))))];
	let lo = at(0.005);
	let hi = at(0.995);
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
		const v = sorted[i];
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
