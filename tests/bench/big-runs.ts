/**
 * Big runs: how long a decision's simulation takes to settle at 100,000 futures (one worker, the
 * existing path) and at 1,000,000 (the pool: blocks on worker threads, merged exactly), in Node, as
 * medians. Run with `npx tsx tests/bench/big-runs.ts [workers]`; the workers default to the pool's
 * rule for this machine, one per core (availableParallelism), from 1 to 8.
 *
 * What is timed is what the page waits for after a slider move: the whole report (summaries of every
 * option's chart series per period, outcomes, the difference and its histogram). At 100,000 a slider
 * move on an uncertain parameter redraws that parameter only; a fresh seed draws everything. A big run
 * draws every block afresh either way. The browser's figures (Chromium, module workers) are measured
 * by the page bench, not here.
 */
import os from 'node:os';
import { Worker as NodeWorker } from 'node:worker_threads';
import { evaluator, verdict } from '../../src/lib/engine/analysis';
import { runBlocksHere } from '../../src/lib/engine/blocks-merge';
import { compileModel, withDefaults } from '../../src/lib/engine/model';
import { Simulator } from '../../src/lib/engine/report';
import { poolSize } from '../../src/lib/worker/big-run-cost';
import { BlockPool } from '../../src/lib/worker/block-pool';
import type { UncertaintyRequest } from '../../src/lib/worker/protocol';
import { benchModels } from './big-runs-models';
import { fmtMs, interleave, job, median, table } from './timing';

const REPS = Number(process.env.BIG_REPS ?? 5);
const WARMUP = 1;
const workers = Number(process.argv[2] ?? poolSize(os.availableParallelism()));

const WORKER_URL = new URL('./big-runs-worker.ts', import.meta.url).href;

/** A worker thread behind the Web Worker interface the pool uses. */
class ThreadWorker {
	onmessage: ((e: { data: unknown }) => void) | null = null;
	onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
	// The thread loads TypeScript the way this process does, through tsx's loader, registered first.
	private readonly thread = new NodeWorker(
		`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`,
		{ eval: true }
	);

	constructor() {
		this.thread.on('message', (data) => this.onmessage?.({ data }));
		this.thread.on('error', (err) => this.onerror?.({ message: err.message, preventDefault() {} }));
	}

	postMessage(m: unknown): void {
		this.thread.postMessage(m);
	}

	terminate(): void {
		void this.thread.terminate();
	}
}

const rows: string[][] = [];
const pool = new BlockPool(workers, () => new ThreadWorker() as unknown as Worker);

for (const def of benchModels) {
	const cm = compileModel(def);
	const values = withDefaults(def, {});
	const v = verdict(cm, evaluator(cm)(values));
	const uncertain = def.params.find((p) => p.uncertain)!;
	const nudged = (k: number) => ({
		...values,
		[uncertain.id]: k % 2 ? uncertain.default : uncertain.default * 1.01
	});
	const request = (samples: number, seed: number, vals = values): UncertaintyRequest => ({
		modelId: def.id,
		values: vals,
		best: v.best,
		runnerUp: v.runnerUp,
		settings: { samples, seed }
	});
	// One simulator a job: a simulator keeps the draws of its last seed, so a slider job sharing one with
	// the new-seed job would find another seed's draws each time and draw everything again.
	const fresh = new Simulator(cm);
	const slider = new Simulator(cm);
	const ms = await interleave(
		{
			'100,000, new seed': job(
				(k) => k + 1,
				(seed) => fresh.run(values, v, { samples: 100_000, seed })
			),
			'100,000, slider': job(
				(k) => nudged(k),
				(vals) => slider.run(vals, v, { samples: 100_000, seed: 1 })
			),
			[`1,000,000, pool of ${workers}`]: job(
				(k) => request(1_000_000, 1, nudged(k)),
				(r) => pool.simulate(r)
			),
			'1,000,000, this thread': job(
				(k) => nudged(k),
				(vals) =>
					runBlocksHere(cm, { values: vals, best: v.best, runnerUp: v.runnerUp, samples: 1_000_000, seed: 1 })
			)
		},
		REPS,
		WARMUP
	);
	for (const [name, times] of Object.entries(ms)) {
		rows.push([def.id, name, fmtMs(median(times)), fmtMs(Math.min(...times)), fmtMs(Math.max(...times))]);
	}
}
pool.destroy();

console.log(
	`Big runs in Node ${process.version}, ${os.availableParallelism()} logical cores, medians of ${REPS}:\n`
);
console.log(table(['decision', 'run', 'median ms', 'min ms', 'max ms'], rows));
