/**
 * The worker's warm-up (src/lib/worker/warm-up.ts) with one, or more, rounds of its small runs, in Node:
 * how long each of its steps takes (a key press made during one waits for it) and how long the key presses
 * after it take. Each variant runs in a process of its own, since what is measured is how warm V8's code
 * is, and the variants alternate. `npx tsx tests/bench/warm-steps.ts [decision] [param] [rounds …]`
 * (defaults: last-mile, volume, rounds 1 and SMALL_ROUNDS; REPS processes each, 3 by default). As in the
 * worker, the runs at the futures asked follow the small ones only after a first run of at most FULL_RUN_MS;
 * WARM_FULL=1 makes them always.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evaluator, verdict } from '../../src/lib/engine/analysis';
import { compileModel, withDefaults } from '../../src/lib/engine/model';
import { Simulator } from '../../src/lib/engine/simulator';
import { FULL_RUN_MS, SMALL_ROUNDS, warmUpSteps } from '../../src/lib/worker/warm-up';
import type { UncertaintyRequest } from '../../src/lib/worker/protocol';
import { loadDecision } from '../decisions';
import { median } from './timing';

const PRESSES = 6;
const [id = 'last-mile', param = 'volume', ...given] = process.argv.slice(2);
const child = process.env.WARM_STEPS_CHILD;

if (child) {
	// One variant: the page's first run at 10,000 futures, the warm-up with `child` rounds, then presses.
	const rounds = Number(child);
	const def = (await loadDecision(id)).def;
	const cm = compileModel(def);
	const values = withDefaults(def, {});
	const v = verdict(cm, evaluator(cm)(values));
	const settings = { samples: 10_000, seed: 1 };
	const sim = new Simulator(cm);
	const start = performance.now();
	sim.run(values, v, settings);
	// The worker makes the runs at the futures asked only after a first run this quick (FULL_RUN_MS).
	const firstMs = performance.now() - start;
	const request: UncertaintyRequest = { modelId: id, values, best: v.best, runnerUp: v.runnerUp, settings };
	const { small, full } = warmUpSteps(sim, request);
	const round = small.slice(0, small.length / SMALL_ROUNDS);
	// WARM_FULL=1 makes them whatever the first run took, as a browser whose first run is quicker would.
	const withFull = firstMs <= FULL_RUN_MS || process.env.WARM_FULL === '1';
	const steps = [...Array.from({ length: rounds }, () => round).flat(), ...(withFull ? full : [])];
	const timed = (fn: () => void) => {
		const t = performance.now();
		fn();
		return performance.now() - t;
	};
	const stepMs = steps.map((s) =>
		timed(() => s.simulator.run(s.values, v, { ...settings, samples: s.samples }))
	);
	const p = def.params.find((q) => q.id === param)!;
	const pressMs = Array.from({ length: PRESSES }, (_, k) =>
		timed(() => sim.run({ ...values, [param]: p.default + (k % 2 ? 0 : p.step) }, v, settings))
	);
	console.log(JSON.stringify({ firstMs, stepMs, pressMs }));
} else {
	const variants = given.length ? given.map(Number) : [1, SMALL_ROUNDS];
	const reps = Number(process.env.REPS ?? 3);
	const results = new Map<
		number,
		{ run: number[]; longest: number[]; first: number[]; rest: number[]; total: number[] }
	>();
	for (let r = 0; r < reps; r++)
		for (const rounds of variants) {
			const out = spawnSync(
				process.execPath,
				['--import', 'tsx', fileURLToPath(import.meta.url), id, param],
				{
					env: { ...process.env, WARM_STEPS_CHILD: String(rounds) },
					encoding: 'utf8'
				}
			);
			if (out.status !== 0) throw new Error(out.stderr);
			const { firstMs, stepMs, pressMs } = JSON.parse(out.stdout.trim().split('\n').pop()!);
			const row = results.get(rounds) ?? { run: [], longest: [], first: [], rest: [], total: [] };
			row.run.push(firstMs);
			row.longest.push(Math.max(...stepMs));
			row.total.push(stepMs.reduce((a: number, b: number) => a + b, 0));
			row.first.push(pressMs[0]);
			row.rest.push(median(pressMs.slice(1)));
			results.set(rounds, row);
		}
	console.log(`Warm-up of ${id}, presses of ${param}, 10,000 futures, medians of ${reps} processes:\n`);
	console.log(
		`The runs at the futures asked follow the small ones, as in the worker, only after a first run of at most ${FULL_RUN_MS} ms.\n`
	);
	console.log(
		'| small rounds | first run, ms | longest step, ms | warm-up in all, ms | first press, ms | later presses, ms |'
	);
	console.log('|---|---|---|---|---|---|');
	for (const [rounds, r] of results)
		console.log(
			`| ${rounds} | ${median(r.run).toFixed(0)} | ${median(r.longest).toFixed(0)} | ${median(r.total).toFixed(0)} | ${median(r.first).toFixed(1)} | ${median(r.rest).toFixed(1)} |`
		);
}
