/**
 * Merges the blocks of a big run (blocks.ts) into the report a page shows, exactly: the result is the
 * same whichever worker held which block, and equals what one pass over all the samples gives when its
 * sums are taken in the same fixed blocks.
 *
 * - Means: block sums (each in sample order) added in block order. Standard errors: squared deviations
 *   from that mean, per block, added the same way; a second question to the workers, as summarize's
 *   two passes (stats.ts).
 * - Quantiles and the histogram's ends are exact order statistics, not estimates: order statistics do
 *   not depend on the order of the values, so they merge exactly, where fixed-bin histograms would
 *   round every quantile to a bin and need the range before the run. Found the way order-statistics.ts
 *   finds them in one column, spread over workers: each worker counts its values into equal-width
 *   buckets between the merged minimum and maximum (integer counts, which add in any order), the page
 *   finds the bucket each rank falls in, and only those buckets' values cross over to be selected.
 * - The histogram's bins and the share ahead are integer counts.
 *
 * The page asks four questions in turn (stats, spread, gather, bins); BlockMerge holds what the answers
 * have told it so far, and the drivers below ask them of workers, or of holders in this thread.
 */
import {
	blockCount,
	BlockHolder,
	layoutOf,
	type BinsReply,
	type BinsRequest,
	type BlockJob,
	type BlockStats,
	type BucketSpec,
	type ColumnLayout,
	type SpreadReply,
	type SpreadRequest,
	type Wanted
} from './blocks';
import type { CompiledModel } from './compiled-model';
import type { Histogram } from './histogram';
import { orderStatistics } from './order-statistics';
import type { UncertaintyReport } from './simulator';
import type { Summary } from './stats';

/** Buckets per column at most: 16,384 four-byte counts per column and worker. */
const MAX_BUCKETS = 1 << 14;
const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
const HISTOGRAM_BINS = 40;

/** What one worker (or a holder in this thread) answers. */
export interface BlockWorker {
	/** Starts a job (dropping any earlier one's blocks) and says the model's options and periods. */
	start(job: BlockJob): Promise<{ options: string[]; periods: number }>;
	block(b: number): Promise<BlockStats>;
	spread(req: SpreadRequest): Promise<SpreadReply>;
	gather(specs: BucketSpec[], wanted: Wanted[]): Promise<Float64Array[]>;
	bins(req: BinsRequest): Promise<BinsReply>;
}

export class BlockMerge {
	readonly blocks: number;
	private readonly stats: (BlockStats | undefined)[];
	private means: Float64Array | null = null;
	private specs: BucketSpec[] = [];
	private squares: Float64Array | null = null;
	private counts: Uint32Array[] = [];
	/** Per column: the ranks it needs and where each is found (a bucket and the rank within it). */
	private ranks: Map<number, { bucket: number; offset: number } | 'nan' | 'min'>[] = [];
	private mins: number[] = [];
	private wanted: Wanted[] = [];
	private gathered: Float64Array[][] = [];
	private order: Map<number, number>[] = [];
	private histogram: Histogram | null = null;
	private binSpec: BinsRequest | null = null;
	private nonNaN: number[] = [];

	constructor(
		readonly layout: ColumnLayout,
		readonly job: BlockJob
	) {
		this.blocks = blockCount(job.samples);
		this.stats = new Array(this.blocks);
	}

	addStats(s: BlockStats): void {
		this.stats[s.block] = s;
	}

	/** Merged means and the bucket specs, once every block has reported. */
	spreadRequest(): SpreadRequest {
		const C = this.layout.count;
		const N = this.job.samples;
		const means = new Float64Array(C);
		const specs: BucketSpec[] = [];
		for (let c = 0; c < C; c++) {
			let sum = 0;
			let min = Infinity;
			let max = -Infinity;
			let nan = 0;
			for (let b = 0; b < this.blocks; b++) {
				const s = this.stats[b];
				if (!s) throw new Error(`Block ${b} of the big run has not reported.`);
				sum += s.sums[c];
				if (s.mins[c] < min) min = s.mins[c];
				if (s.maxs[c] > max) max = s.maxs[c];
				nan += s.nans[c];
			}
			means[c] = sum / N;
			this.mins[c] = min;
			const m = N - nan;
			this.nonNaN[c] = m;
			const buckets = Math.min(MAX_BUCKETS, Math.max(1, m >> 3));
			const scale = buckets / (max - min);
			// One value throughout (scale Infinity): every rank is that value. A spread too small to divide, or
			// infinities (scale 0): every value is gathered and selected among.
			specs.push(
				m > 0 && min === max
					? { min, scale: Infinity, buckets: 0 }
					: m > 0 && scale > 0 && Number.isFinite(scale)
						? { min, scale, buckets }
						: { min, scale: 0, buckets: 0 }
			);
		}
		this.means = means;
		this.specs = specs;
		return { means, specs };
	}

	addSpread(r: SpreadReply): void {
		const C = this.layout.count;
		if (!this.squares) {
			this.squares = new Float64Array(C * this.blocks);
			this.counts = this.specs.map((s) => new Uint32Array(s.buckets));
		}
		r.blocks.forEach((b, k) => this.squares!.set(r.squares[k], b * C));
		r.counts.forEach((count, c) => {
			const total = this.counts[c];
			for (let i = 0; i < count.length; i++) total[i] += count[i];
		});
	}

	/** The buckets whose values are needed: those the wanted ranks fall in. */
	gatherRequest(): { specs: BucketSpec[]; wanted: Wanted[] } {
		const C = this.layout.count;
		const wanted: Wanted[] = [];
		const index = new Map<string, number>();
		const want = (column: number, bucket: number) => {
			const key = `${column}:${bucket}`;
			if (!index.has(key)) {
				index.set(key, wanted.length);
				wanted.push({ column, bucket });
			}
		};
		for (let c = 0; c < C; c++) {
			const needed = new Map<number, { bucket: number; offset: number } | 'nan' | 'min'>();
			const spec = this.specs[c];
			const m = this.nonNaN[c];
			const counts = this.counts[c];
			const starts = new Float64Array(spec.buckets);
			for (let b = 1; b < spec.buckets; b++) starts[b] = starts[b - 1] + counts[b - 1];
			for (const r of this.ranksOf(c)) {
				if (r >= m) {
					// Sorted, NaNs come last: ranks past the numbers are NaN (stats.ts's sorted path).
					needed.set(r, 'nan');
					continue;
				}
				if (spec.buckets === 0 && spec.scale === Infinity) {
					// One value throughout (a series no draw moves): every rank is that value, nothing to gather.
					needed.set(r, 'min');
					continue;
				}
				if (spec.buckets === 0) {
					needed.set(r, { bucket: -1, offset: r });
					want(c, -1);
					continue;
				}
				let lo = 0;
				let hi = spec.buckets - 1;
				while (lo < hi) {
					const mid = (lo + hi + 1) >> 1;
					if (starts[mid] <= r) lo = mid;
					else hi = mid - 1;
				}
				needed.set(r, { bucket: lo, offset: r - starts[lo] });
				want(c, lo);
			}
			this.ranks[c] = needed;
		}
		this.wanted = wanted;
		this.gathered = wanted.map(() => []);
		return { specs: this.specs, wanted };
	}

	addGather(values: Float64Array[]): void {
		values.forEach((v, k) => this.gathered[k].push(v));
	}

	/** Selects the ranks among the gathered values; then the histogram's bins are asked. */
	binsRequest(): BinsRequest {
		const C = this.layout.count;
		const byBucket = new Map<string, Float64Array>();
		this.wanted.forEach((w, k) => {
			const parts = this.gathered[k];
			const all = new Float64Array(parts.reduce((s, p) => s + p.length, 0));
			let at = 0;
			for (const p of parts) {
				all.set(p, at);
				at += p.length;
			}
			byBucket.set(`${w.column}:${w.bucket}`, all);
		});
		for (let c = 0; c < C; c++) {
			const found = new Map<number, number>();
			const byKey = new Map<string, number[]>();
			for (const [r, where] of this.ranks[c]) {
				if (where === 'nan') found.set(r, NaN);
				else if (where === 'min') found.set(r, this.mins[c]);
				else {
					const key = `${c}:${where.bucket}`;
					byKey.set(key, [...(byKey.get(key) ?? []), where.offset]);
				}
			}
			for (const [key, offsets] of byKey) {
				const values = byBucket.get(key)!;
				const at = orderStatistics(values, offsets);
				for (const [r, where] of this.ranks[c]) {
					if (typeof where === 'object' && `${c}:${where.bucket}` === key)
						found.set(r, at.get(where.offset)!);
				}
			}
			this.order[c] = found;
		}
		// histogram.ts: the axis spans the middle 99 %.
		const n = this.job.samples;
		const d = this.order[this.layout.diff];
		let lo = d.get(histogramRank(0.005, n))!;
		let hi = d.get(histogramRank(0.995, n))!;
		let bins = HISTOGRAM_BINS;
		if (!(hi > lo)) {
			const w = Math.abs(lo) * 1e-6 || 1e-9;
			[lo, hi] = [lo - w, lo + w];
			bins = 1;
		}
		this.binSpec = { lo, hi, width: (hi - lo) / bins, bins };
		return this.binSpec;
	}

	private binCounts: Float64Array | null = null;
	private tails = [0, 0];

	addBins(r: BinsReply): void {
		if (!this.binCounts) this.binCounts = new Float64Array(r.counts.length);
		for (let k = 0; k < r.counts.length; k++) this.binCounts[k] += r.counts[k];
		this.tails[0] += r.below;
		this.tails[1] += r.above;
	}

	report(): UncertaintyReport {
		const { layout, job } = this;
		const n = job.samples;
		const { lo, hi, width, bins } = this.binSpec!;
		this.histogram = {
			edges: Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + k * width)),
			shares: Array.from(this.binCounts!, (c) => c / n),
			tails: [this.tails[0] / n, this.tails[1] / n]
		};
		let wins = 0;
		for (const s of this.stats) wins += s!.wins;
		const p = wins / n;
		const T = layout.periods;
		const options: UncertaintyReport['options'] = {};
		layout.options.forEach((id, o) => {
			options[id] = {
				path: Array.from({ length: T }, (_, t) => this.summary(o * T + t)),
				outcome: this.summary(layout.outcome(o))
			};
		});
		return {
			samples: n,
			seed: job.seed,
			best: job.best,
			runnerUp: job.runnerUp,
			options,
			difference: this.summary(layout.diff),
			histogram: this.histogram,
			ahead: { p, se: Math.sqrt((p * (1 - p)) / n) }
		};
	}

	/** The ranks column c needs: those of the quantiles (stats.ts), and the histogram's ends for the difference. */
	private ranksOf(c: number): number[] {
		const n = this.job.samples;
		const ranks = PROBS.flatMap((p) => {
			const lo = Math.floor((n - 1) * p);
			return lo + 1 < n ? [lo, lo + 1] : [lo];
		});
		if (c === this.layout.diff) ranks.push(histogramRank(0.005, n), histogramRank(0.995, n));
		return ranks;
	}

	/** As stats.ts's summarize, from the merged sums and the order statistics. */
	private summary(c: number): Summary {
		const n = this.job.samples;
		const C = this.layout.count;
		let ss = 0;
		for (let b = 0; b < this.blocks; b++) ss += this.squares![b * C + c];
		const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
		const at = this.order[c];
		const [p05, p25, p50, p75, p95] = PROBS.map((p) => {
			const h = (n - 1) * p;
			const lo = Math.floor(h);
			if (h === lo) return at.get(lo)!;
			const hi = Math.min(lo + 1, n - 1);
			return at.get(lo)! + (h - lo) * (at.get(hi)! - at.get(lo)!);
		});
		return { mean: this.means![c], se: sd / Math.sqrt(n), p05, p25, p50, p75, p95 };
	}
}

const histogramRank = (p: number, n: number) => Math.min(n - 1, Math.max(0, Math.round(p * (n - 1))));

/** Thrown by runBlocks when `cancelled` turns true: a newer request replaced this one. */
export class Cancelled extends Error {
	constructor() {
		super('The big run was replaced by a newer one.');
	}
}

/**
 * Runs a big job on `workers`: blocks are handed out one at a time to whichever worker is free (so a
 * slow worker holds fewer), then the merge's three questions go to every worker. `onprogress` hears
 * the samples done after each block; `cancelled` is checked between steps.
 */
export async function runBlocks(
	job: BlockJob,
	workers: readonly BlockWorker[],
	onprogress: (done: number) => void = () => {},
	cancelled: () => boolean = () => false
): Promise<UncertaintyReport> {
	const check = () => {
		if (cancelled()) throw new Cancelled();
	};
	const [shape] = await Promise.all(workers.map((w) => w.start(job)));
	check();
	const merge = new BlockMerge(layoutOf(shape.options, shape.periods), job);
	let next = 0;
	let done = 0;
	await Promise.all(
		workers.map(async (w) => {
			while (next < merge.blocks) {
				check();
				const stats = await w.block(next++);
				check();
				merge.addStats(stats);
				done += stats.n;
				onprogress(done);
			}
		})
	);
	const spread = merge.spreadRequest();
	for (const r of await Promise.all(workers.map((w) => w.spread(spread)))) merge.addSpread(r);
	check();
	const { specs, wanted } = merge.gatherRequest();
	for (const r of await Promise.all(workers.map((w) => w.gather(specs, wanted)))) merge.addGather(r);
	check();
	const bins = merge.binsRequest();
	for (const r of await Promise.all(workers.map((w) => w.bins(bins)))) merge.addBins(r);
	return merge.report();
}

/**
 * The same in this thread, with `assign(b)` choosing which of `shares` holders computes block b: the
 * tests give different assignments, and a page without workers runs it with one holder.
 */
export function runBlocksHere(
	cm: CompiledModel,
	job: BlockJob,
	shares = 1,
	assign: (b: number) => number = () => 0
): UncertaintyReport {
	const holders = Array.from({ length: shares }, () => new BlockHolder(cm));
	const merge = new BlockMerge(holders[0].layout, job);
	for (const h of holders) h.start(job);
	for (let b = 0; b < merge.blocks; b++) merge.addStats(holders[assign(b)].block(b));
	const spread = merge.spreadRequest();
	for (const h of holders) merge.addSpread(h.spread(spread));
	const { specs, wanted } = merge.gatherRequest();
	for (const h of holders) merge.addGather(h.gather(specs, wanted));
	const bins = merge.binsRequest();
	for (const h of holders) merge.addBins(h.bins(bins));
	return merge.report();
}
