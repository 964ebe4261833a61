/**
 * Big runs in blocks: the same seed gives the same report whichever worker computes which block, block
 * streams are distinct from each other and from the streams of the existing sample counts, and the
 * merge equals one pass over all the samples (sums in the same blocks, order statistics exact).
 */
import { describe, expect, it } from 'vitest';
import { blockUniformsInto } from './blocks-random';
import { BLOCK_SIZE, blockCount, BlockHolder, blockLength, usesBlocks, type BlockJob } from './blocks';
import { runBlocksHere } from './blocks-merge';
import { histogram } from './histogram';
import { withDefaults } from './compiled-model';
import { evaluator, verdict } from './analysis';
import { Simulator, type UncertaintyReport } from './report';
import { streamOf, uniformStream } from './random';
import { quantiles } from './stats';
import { getCompiled } from '$lib/decisions/testing';
import type { CompiledModel } from './compiled-model';

const cm = getCompiled('cainiao-ownership')!;

function jobFor(model: CompiledModel, samples: number, seed: number, given = {}): BlockJob {
	const values = withDefaults(model.def, given);
	const v = verdict(model, evaluator(model)(values));
	return { values, best: v.best, runnerUp: v.runnerUp, samples, seed };
}

/**
 * Holds `report` to one pass over all of `job`'s samples: every column gathered whole, means and
 * squared deviations summed in the same fixed blocks, quantiles and the histogram as stats.ts and
 * histogram.ts compute them on the whole column.
 */
function expectOnePass(model: CompiledModel, job: BlockJob, report: UncertaintyReport): void {
	const { samples } = job;
	const holder = new BlockHolder(model);
	holder.start(job);
	const { layout } = holder;
	const blocks = blockCount(samples);
	for (let b = 0; b < blocks; b++) holder.block(b);
	const column = (c: number) => {
		const all = new Float64Array(samples);
		for (let b = 0; b < blocks; b++) {
			const n = blockLength(samples, b);
			all.set(holder.columnsOf(b)!.subarray(c * n, (c + 1) * n), b * BLOCK_SIZE);
		}
		return all;
	};
	const inBlocks = (f: (i: number) => number) => {
		let total = 0;
		for (let b = 0; b < blocks; b++) {
			let part = 0;
			for (let i = b * BLOCK_SIZE; i < Math.min(samples, (b + 1) * BLOCK_SIZE); i++) part += f(i);
			total += part;
		}
		return total;
	};
	const onePass = (values: Float64Array) => {
		const mean = inBlocks((i) => values[i]) / samples;
		const ss = inBlocks((i) => (values[i] - mean) ** 2);
		const [p05, p25, p50, p75, p95] = quantiles(values, [0.05, 0.25, 0.5, 0.75, 0.95]);
		return { mean, se: Math.sqrt(ss / (samples - 1)) / Math.sqrt(samples), p05, p25, p50, p75, p95 };
	};
	const T = layout.periods;
	layout.options.forEach((id, o) => {
		expect(report.options[id].outcome).toStrictEqual(onePass(column(layout.outcome(o))));
		for (let t = 0; t < T; t++) expect(report.options[id].path[t]).toStrictEqual(onePass(column(o * T + t)));
	});
	const diff = column(layout.diff);
	expect(report.difference).toStrictEqual(onePass(diff));
	expect(report.histogram).toStrictEqual(histogram(diff));
	const wins = diff.reduce((k, d) => k + (d > 0 ? 1 : 0), 0);
	expect(report.ahead.p).toBe(wins / samples);
	// The difference is best minus runner-up, signed so that positive favours best, as the page reads it.
	const a = column(layout.outcome(layout.options.indexOf(job.best)));
	const r = column(layout.outcome(layout.options.indexOf(job.runnerUp)));
	const sign = model.def.decide.higherIsBetter ? 1 : -1;
	expect(diff.every((d, i) => Object.is(d, sign * (a[i] - r[i])))).toBe(true);
}

describe('block streams', () => {
	it('differ by block, by parameter and by seed, and never replay the existing stream', () => {
		const n = 1000;
		const s = streamOf('volume');
		const streams = [
			blockUniformsInto(1, s, 0, new Float64Array(n)),
			blockUniformsInto(1, s, 1, new Float64Array(n)),
			blockUniformsInto(1, s, 15, new Float64Array(n)),
			blockUniformsInto(1, streamOf('price'), 0, new Float64Array(n)),
			blockUniformsInto(2, s, 0, new Float64Array(n)),
			uniformStream(1, s, n)
		];
		const firsts = new Set(streams.map((x) => x[0]));
		expect(firsts.size).toBe(streams.length);
		// No stream holds another's opening run of values anywhere in its first thousand.
		for (const a of streams)
			for (const b of streams) {
				if (a === b) continue;
				const at = a.indexOf(b[0]);
				expect(at < 0 || a[at + 1] !== b[1]).toBe(true);
			}
	});

	it('are uniforms strictly inside (0, 1) with the mean and spread of one', () => {
		const u = blockUniformsInto(7, 3, 4, new Float64Array(BLOCK_SIZE));
		let sum = 0;
		let min = 1;
		let max = 0;
		for (const x of u) {
			sum += x;
			min = Math.min(min, x);
			max = Math.max(max, x);
		}
		expect(min).toBeGreaterThan(0);
		expect(max).toBeLessThan(1);
		// Mean of 62,500 uniforms: standard error 0.00115; five of them.
		expect(Math.abs(sum / u.length - 0.5)).toBeLessThan(0.006);
	});

	it('refuses a block index that is not a small whole number', () => {
		expect(() => blockUniformsInto(1, 1, -1, new Float64Array(1))).toThrow(RangeError);
		expect(() => blockUniformsInto(1, 1, 1.5, new Float64Array(1))).toThrow(RangeError);
	});
});

describe('block sizes', () => {
	it('split a run into fixed blocks, the last one shorter when the count is not a multiple', () => {
		expect(blockCount(1_000_000)).toBe(16);
		expect(blockCount(200_000)).toBe(4);
		expect(blockLength(200_000, 3)).toBe(200_000 - 3 * BLOCK_SIZE);
		expect(usesBlocks(100_000)).toBe(false);
		expect(usesBlocks(1_000_000)).toBe(true);
	});
});

describe('merging blocks', () => {
	// 8 blocks, the last shorter, so that 8 workers each get one and uneven assignments are possible.
	const samples = 7 * BLOCK_SIZE + 1234;
	const job = jobFor(cm, samples, 42);
	const one = runBlocksHere(cm, job);

	it('gives the same report, bit for bit, on 1, 2, 3 and 8 workers and any assignment', () => {
		const assignments: [number, (b: number) => number][] = [
			[2, (b) => b % 2],
			[2, (b) => (b < 6 ? 1 : 0)],
			[3, (b) => (b * 7) % 3],
			[3, (b) => (b === 0 ? 2 : 0)],
			[8, (b) => b],
			[8, (b) => 7 - b]
		];
		for (const [shares, assign] of assignments) {
			expect(runBlocksHere(cm, job, shares, assign)).toStrictEqual(one);
		}
	});

	it('equals one pass over all the samples, with sums taken in the same blocks', () => {
		expectOnePass(cm, job, one);
	});

	it('changes with the seed and with the values, and agrees with the unblocked run in distribution', () => {
		const other = runBlocksHere(cm, jobFor(cm, samples, 43));
		expect(other.difference.mean).not.toBe(one.difference.mean);
		// A different seed, half a million futures: the two means agree within a few standard errors.
		const gap = Math.abs(other.difference.mean - one.difference.mean);
		expect(gap).toBeLessThan(5 * Math.hypot(one.difference.se, other.difference.se));
		const small = new Simulator(cm).run(job.values, job, { samples: 100_000, seed: 42 });
		const far = Math.abs(small.difference.mean - one.difference.mean);
		expect(far).toBeLessThan(5 * Math.hypot(one.difference.se, small.difference.se));
		expect(Math.abs(small.ahead.p - one.ahead.p)).toBeLessThan(5 * Math.hypot(one.ahead.se, small.ahead.se));
	});
});

describe('the report above 100,000 samples', () => {
	it('is refused in one thread, which would give other numbers, and 100,000 runs as before', () => {
		const sim = new Simulator(cm);
		const job = jobFor(cm, 2 * BLOCK_SIZE + 10, 5);
		expect(() => sim.run(job.values, job, { samples: job.samples, seed: 5 })).toThrow(
			'125,010 futures run only on a pool of workers; choose 100,000 or fewer here.'
		);
		const hundred = sim.run(job.values, job, { samples: 100_000, seed: 1 });
		expect(hundred).toStrictEqual(new Simulator(cm).run(job.values, job, { samples: 100_000, seed: 1 }));
		expect(hundred.difference.mean).not.toBe(
			runBlocksHere(cm, { ...job, samples: 100_001, seed: 1 }).difference.mean
		);
	});
});

describe('a model with NaN and a constant output', () => {
	it('merges them as one pass would', async () => {
		const { compileModel } = await import('./model');
		const { model, param } = await import('./testing/fixtures');
		const def = model({
			periods: 2,
			flags: { fixed: 0 },
			params: [
				param('x', { default: 0, min: -10, max: 10, uncertain: { dist: 'normal', low: -1, high: 1 } })
			],
			options: [
				{ id: 'a', label: 'A', description: '' },
				{ id: 'b', label: 'B', description: '', set: { fixed: 1 } }
			],
			// About one sample in six is NaN (x above 0.6); option b's outcome is the same in every sample.
			series: { s: 'x > 0.6 ? log(-1 - x * x) : x + t' },
			outputs: { value: 'fixed == 1 ? 0.5 : last(s)' }
		});
		const tiny = compileModel(def);
		const job = jobFor(tiny, 2 * BLOCK_SIZE + 7, 3);
		const r = runBlocksHere(tiny, job);
		expect(runBlocksHere(tiny, job, 3, (b) => 2 - b)).toStrictEqual(r);
		expectOnePass(tiny, job, r);
		expect(r.difference.mean).toBeNaN();
		expect(r.options.a.outcome.p95).toBeNaN();
		expect(r.options.a.outcome.p50).toBeCloseTo(1, 1);
		expect(r.options.b.outcome).toMatchObject({ mean: 0.5, p05: 0.5, p95: 0.5, se: 0 });
	});
});
