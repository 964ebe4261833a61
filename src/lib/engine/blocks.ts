/**
 * Big runs (more than 100,000 samples) in fixed blocks, for a pool of workers. Every block draws from its
 * own streams (blocks-random.ts), so a block's numbers depend on (seed, values, block index) alone, and
 * whichever worker computes it, and in whatever order, the merged report is the same to the last bit
 * (blocks-merge.ts adds block results in block order).
 *
 * This is a separate path: sample counts up to 100,000 run as before (montecarlo.ts), and give the
 * numbers their links and frozen figures hold. A block holder is one worker's share: it simulates the
 * blocks it is given, keeps their columns, and answers the merge's questions about them (sums, bucket
 * counts, the values in a few buckets, histogram counts), so no column ever crosses to the page.
 */
import { blockUniformsInto } from './blocks-random';
import { blockLength } from './blocks-size';
import type { CompiledModel } from './compiled-model';
import { drawInto, fitDistribution } from './distributions';
import { MonteCarlo } from './montecarlo';
import { streamOf } from './random';
import { reportSimulation } from './simulator';
import { buildModelPlan, type Column, type ModelPlan } from './simulate';
import type { ParamValues } from './types';

export { BLOCK_SIZE, BLOCKED_ABOVE, blockCount, blockLength, usesBlocks } from './blocks-size';

/** What a big run is asked: the model's values, the pair compared, the seed and the sample count. */
export interface BlockJob {
	values: ParamValues;
	best: string;
	runnerUp: string;
	samples: number;
	seed: number;
}

/**
 * Where each summarised column lies in a block: option o's chart series at period t is column o·T + t,
 * option o's deciding output is O·T + o, and best minus runner-up (signed so that positive favours
 * best) is the last, O·(T + 1).
 */
export interface ColumnLayout {
	options: string[];
	periods: number;
	count: number;
	outcome: (o: number) => number;
	diff: number;
}

export function columnLayout(cm: CompiledModel): ColumnLayout {
	return layoutOf(
		cm.def.options.map((o) => o.id),
		cm.def.periods.count
	);
}

/** The layout from the option ids and the number of periods: what a worker tells the page. */
export function layoutOf(options: string[], periods: number): ColumnLayout {
	const O = options.length;
	const T = periods;
	return { options, periods, count: O * (T + 1) + 1, outcome: (o) => O * T + o, diff: O * (T + 1) };
}

/** A block's summaries that merge by adding, in block order. */
export interface BlockStats {
	block: number;
	n: number;
	/** Per column: the sum of its values in sample order, its least and greatest value, its NaNs. */
	sums: Float64Array;
	mins: Float64Array;
	maxs: Float64Array;
	nans: Uint32Array;
	/** Samples in which best is ahead (the difference is positive). */
	wins: number;
}

/**
 * How to bucket one column's values for finding its order statistics: equal-width buckets from `min`
 * (value v in bucket min(buckets − 1, floor((v − min) · scale))), or every value (`buckets` 0) when the
 * spread cannot be divided (one value throughout, or infinite values).
 */
export interface BucketSpec {
	min: number;
	scale: number;
	buckets: number;
}

/** The second question: squared deviations from the merged means, and bucket counts. */
export interface SpreadRequest {
	means: Float64Array;
	specs: BucketSpec[];
}

export interface SpreadReply {
	/** Per block held: its index and, per column, the sum of (x − mean)² in sample order. */
	blocks: number[];
	squares: Float64Array[];
	/** Per column, bucket counts summed over the blocks held (integers: any order gives the same). */
	counts: Uint32Array[];
}

/** The third question: the values in one bucket of one column (bucket −1: every value but NaN). */
export interface Wanted {
	column: number;
	bucket: number;
}

/** The fourth: counts of the difference in the histogram's bins (histogram.ts's rule). */
export interface BinsRequest {
	lo: number;
	hi: number;
	width: number;
	bins: number;
}

export interface BinsReply {
	counts: Float64Array;
	below: number;
	above: number;
}

/**
 * The bucket of `v` (a number, at least spec.min) under `spec`: the one expression both the counting
 * and the gathering use. (v − min) · scale lies in [0, buckets], so truncating is flooring.
 */
function bucketOf(spec: BucketSpec, v: number): number {
	const k = ((v - spec.min) * spec.scale) | 0;
	return k < spec.buckets ? k : spec.buckets - 1;
}

/**
 * One worker's share of a big run: simulates blocks of one job and keeps their columns until the job is
 * dropped. The plan and the draw columns are kept across jobs for the same block length.
 */
export class BlockHolder {
	readonly layout: ColumnLayout;
	private readonly uncertain: { id: string; stream: number; index: number }[];
	private readonly plans = new Map<number, ModelPlan>();
	private readonly draws = new Map<string, Float64Array>();
	private readonly held = new Map<number, Float64Array>();
	/**
	 * Block buffers of earlier jobs, for the next to write into: a million futures are 184 MB of columns
	 * for Cainiao, and fresh memory is zeroed and faulted in page by page, which cost more than the
	 * simulation itself (the same finding as column-pool.ts). release() lets them go.
	 */
	private readonly spare: Float64Array[] = [];
	private job: BlockJob | null = null;

	constructor(readonly cm: CompiledModel) {
		this.layout = columnLayout(cm);
		const byPosition = cm.def.streams === 'by-position';
		this.uncertain = cm.def.params.flatMap((p, index) =>
			p.uncertain ? [{ id: p.id, stream: byPosition ? index : streamOf(p.id), index }] : []
		);
	}

	/** Starts a job: the blocks of any earlier one are dropped. */
	start(job: BlockJob): void {
		this.drop();
		this.job = job;
	}

	/** Block b's columns (column c at c·n), while held: for tests that check the merge against one pass. */
	columnsOf(b: number): Float64Array | undefined {
		return this.held.get(b);
	}

	/**
	 * Forgets the job's blocks, keeping their buffers and the plans for the next job: as many buffers as
	 * this job held, so that workers given different shares from run to run do not each keep their most.
	 */
	drop(): void {
		this.job = null;
		if (this.held.size > 0) {
			const kept = [...this.held.values(), ...this.spare].slice(0, this.held.size);
			this.spare.length = 0;
			this.spare.push(...kept);
		}
		this.held.clear();
	}

	/** Forgets the job's blocks and lets their memory go: no big run is coming soon. */
	release(): void {
		this.drop();
		this.spare.length = 0;
	}

	/** Simulates block `b` of the current job, keeps its columns and returns its summaries. */
	block(b: number): BlockStats {
		const job = this.job;
		if (!job) throw new Error('No big run is under way in this worker.');
		const n = blockLength(job.samples, b);
		if (!(n > 0)) throw new RangeError(`A run of ${job.samples} samples has no block ${b}.`);
		const { cm, layout } = this;
		const { def } = cm;
		const current = new Map<string, Float64Array>();
		for (const u of this.uncertain) {
			const p = def.params[u.index];
			const value = Object.hasOwn(job.values, p.id) ? job.values[p.id] : p.default;
			const key = `${u.id}:${n}`;
			let data = this.draws.get(key);
			if (!data) this.draws.set(key, (data = new Float64Array(n)));
			blockUniformsInto(job.seed, u.stream, b, data);
			drawInto(fitDistribution(p.uncertain!, value, p.default), data, data, p.min, p.max);
			current.set(u.id, data);
		}
		let plan = this.plans.get(n);
		if (!plan) {
			const { uncertain, select } = MonteCarlo.kernelRequest(cm, reportSimulation(def));
			this.plans.set(n, (plan = buildModelPlan(cm, n, uncertain, select)));
		}
		const runs = plan.run(job.values, current);
		const T = layout.periods;
		// Every element of a buffer is written below, so a spare one needs no clearing.
		const size = layout.count * n;
		const k = this.spare.findIndex((x) => x.length === size);
		const cols = k >= 0 ? this.spare.splice(k, 1)[0] : new Float64Array(size);
		const by = def.decide.by;
		layout.options.forEach((id, o) => {
			const series = runs[id].series[def.chart.series];
			for (let t = 0; t < T; t++) copyPeriod(series, t, n, cols, (o * T + t) * n);
			copyPeriod(runs[id].outputs[by], 0, n, cols, layout.outcome(o) * n);
		});
		const a = layout.outcome(layout.options.indexOf(job.best)) * n;
		const r = layout.outcome(layout.options.indexOf(job.runnerUp)) * n;
		const d = layout.diff * n;
		// As report.ts's Simulator: the difference, then its sign turned where lower is better.
		for (let i = 0; i < n; i++) cols[d + i] = cols[a + i] - cols[r + i];
		if (!def.decide.higherIsBetter) for (let i = 0; i < n; i++) cols[d + i] = -cols[d + i];
		this.held.set(b, cols);
		return blockStats(cols, b, n, layout);
	}

	/** Squared deviations per held block, and bucket counts summed over them. */
	spread(req: SpreadRequest): SpreadReply {
		const blocks = [...this.held.keys()].sort((x, y) => x - y);
		const C = this.layout.count;
		const counts = req.specs.map((s) => new Uint32Array(Math.max(0, s.buckets)));
		const squares = blocks.map((b) => {
			const cols = this.held.get(b)!;
			const n = cols.length / C;
			const sq = new Float64Array(C);
			for (let c = 0; c < C; c++) {
				const mean = req.means[c];
				const spec = req.specs[c];
				const count = counts[c];
				let ss = 0;
				for (let i = c * n, end = i + n; i < end; i++) {
					const v = cols[i];
					ss += (v - mean) ** 2;
					if (spec.buckets > 0 && v === v) count[bucketOf(spec, v)]++;
				}
				sq[c] = ss;
			}
			return sq;
		});
		return { blocks, squares, counts };
	}

	/** The values of each wanted bucket, from every held block: one pass over each column concerned. */
	gather(specs: BucketSpec[], wanted: Wanted[]): Float64Array[] {
		const C = this.layout.count;
		const blocks = [...this.held.values()];
		const found: number[][] = wanted.map(() => []);
		const byColumn = new Map<number, number[]>();
		wanted.forEach((w, k) => byColumn.set(w.column, [...(byColumn.get(w.column) ?? []), k]));
		for (const [c, ks] of byColumn) {
			const spec = specs[c];
			const all = ks.find((k) => wanted[k].bucket < 0);
			// Which wanted entry each bucket feeds, −1 for none.
			const slot = new Int32Array(Math.max(1, spec.buckets)).fill(-1);
			for (const k of ks) if (wanted[k].bucket >= 0) slot[wanted[k].bucket] = k;
			for (const cols of blocks) {
				const n = cols.length / C;
				for (let i = c * n, end = i + n; i < end; i++) {
					const v = cols[i];
					if (v !== v) continue;
					if (all !== undefined) found[all].push(v);
					else {
						const k = slot[bucketOf(spec, v)];
						if (k >= 0) found[k].push(v);
					}
				}
			}
		}
		return found.map((values) => Float64Array.from(values));
	}

	/** The difference counted into the histogram's bins, as histogram.ts counts it. */
	bins(req: BinsRequest): BinsReply {
		const C = this.layout.count;
		const c = this.layout.diff;
		const counts = new Float64Array(req.bins);
		let below = 0;
		let above = 0;
		for (const cols of this.held.values()) {
			const n = cols.length / C;
			for (let i = c * n, end = i + n; i < end; i++) {
				const v = cols[i];
				if (v < req.lo) below++;
				else if (v > req.hi) above++;
				const k = Math.min(req.bins - 1, Math.max(0, Math.floor((v - req.lo) / req.width)));
				// NaN lands nowhere, as in histogram.ts (where it indexes no bin).
				if (k === k) counts[k]++;
			}
		}
		return { counts, below, above };
	}
}

/** Period t of a result column into `out` at `at`; a column of width 1 repeats its value. */
function copyPeriod(col: Column, t: number, n: number, out: Float64Array, at: number): void {
	if (col.width === 1) out.fill(col.data[t], at, at + n);
	else out.set(col.data.subarray(t * n, (t + 1) * n), at);
}

/** A block's sums (in sample order), extremes, NaN counts and wins. */
export function blockStats(cols: Float64Array, block: number, n: number, layout: ColumnLayout): BlockStats {
	const C = layout.count;
	const sums = new Float64Array(C);
	const mins = new Float64Array(C);
	const maxs = new Float64Array(C);
	const nans = new Uint32Array(C);
	for (let c = 0; c < C; c++) {
		let sum = 0;
		let min = Infinity;
		let max = -Infinity;
		let nan = 0;
		for (let i = c * n, end = i + n; i < end; i++) {
			const v = cols[i];
			sum += v;
			if (v !== v) nan++;
			else {
				if (v < min) min = v;
				if (v > max) max = v;
			}
		}
		sums[c] = sum;
		mins[c] = min;
		maxs[c] = max;
		nans[c] = nan;
	}
	let wins = 0;
	for (let i = layout.diff * n, end = i + n; i < end; i++) if (cols[i] > 0) wins++;
	return { block, n, sums, mins, maxs, nans, wins };
}
