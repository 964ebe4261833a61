/**
 * The engine's part of a key press, in Node, split where the page splits it: the quick answer and the
 * sweeps on the page's thread, and in the worker the simulation, itself split into drawing the moved
 * parameter, the kernel, and the summaries. Medians over REPS presses that move one parameter up and down,
 * as the page bench does (page-settle.ts measures the whole press in Chromium; this says where the
 * engine's milliseconds are). Run: `npx tsx tests/bench/press-parts.ts [id param] …`.
 */
import { compileModel, withDefaults } from '../../src/lib/engine/model';
import { MonteCarlo } from '../../src/lib/engine/montecarlo';
import { reportSimulation, Reporter, Simulator } from '../../src/lib/engine/report';
import type { ModelDef } from '../../src/lib/engine/types';
import { loadDecision } from '../decisions';
import { fmtMs, interleave, job as wallJob, median, table, type Job } from './timing';

// PRESS_CLOCK=cpu times each part by the process's CPU time instead of the wall clock: on a machine
// shared with other work, a part's wall time is mostly the time it waited for a core.
const CPU = process.env.PRESS_CLOCK === 'cpu';
function job<S, R>(setup: (k: number) => S, fn: (s: S) => R): Job {
	if (!CPU) return wallJob(setup, fn);
	return async (k) => {
		const s = setup(k);
		const start = process.cpuUsage();
		fn(s);
		const used = process.cpuUsage(start);
		return (used.user + used.system) / 1000;
	};
}

// PRESS_SAMPLES=100000 splits a press at a big run's size (up to 100,000 a run is one worker's).
const SAMPLES = Number(process.env.PRESS_SAMPLES ?? 10_000);
const REPS = Number(process.env.PRESS_REPS ?? 21);
const WARMUP = 5;
const args = process.argv.slice(2);
const pages = args.length ? args : ['cainiao-ownership', 'valuation', 'last-mile', 'volume'];

/** The values after press k: the parameter one step above its default, then back, as a slider's keys. */
function pressed(def: ModelDef, param: string) {
	const p = def.params.find((x) => x.id === param)!;
	const step = p.step ?? (p.max - p.min) / 100;
	return (k: number) => withDefaults(def, { [param]: k % 2 ? p.default : p.default + step });
}

const rows: string[][] = [];
for (let a = 0; a < pages.length; a += 2) {
	const [id, param] = [pages[a], pages[a + 1]];
	const { def } = await loadDecision(id);
	const cm = compileModel(def);
	const reporter = new Reporter(cm);
	const at = pressed(def, param);
	const settings = { samples: SAMPLES, seed: 1 };
	const verdictAt = (k: number) => reporter.quick(at(k)).verdict;
	// Each timed part has its own engine objects, so one part's caches do not warm another's.
	const simulator = new Simulator(cm);
	const drawn = new MonteCarlo(cm, { ...settings, ...reportSimulation(def) });
	const kernelOnly = new MonteCarlo(cm, { ...settings, ...reportSimulation(def) });
	const ms = await interleave(
		{
			'quick answer': job(at, (v) => reporter.quick(v)),
			sweeps: job(
				(k) => reporter.quick(at(k)),
				(q) => reporter.sweeps(q)
			),
			'worker: whole simulation': job(
				(k) => [at(k), verdictAt(k)] as const,
				([v, vd]) => simulator.run(v, vd, settings)
			),
			'worker: draws + kernel': job(at, (v) => drawn.run(v)),
			'worker: kernel alone': job(
				() => at(0),
				(v) => kernelOnly.run(v)
			)
		},
		REPS,
		WARMUP
	);
	const m = Object.fromEntries(Object.entries(ms).map(([k, t]) => [k, median(t as number[])]));
	for (const [name, t] of Object.entries(m)) rows.push([id, name, fmtMs(t)]);
	const summaries = m['worker: whole simulation'] - m['worker: draws + kernel'];
	rows.push([id, 'worker: summaries (whole − draws − kernel)', fmtMs(summaries)]);
	rows.push([
		id,
		'worker: draws (draws + kernel − kernel)',
		fmtMs(m['worker: draws + kernel'] - m['worker: kernel alone'])
	]);
}
console.log(
	`Engine time of a key press in Node ${process.version}, ${SAMPLES} futures, medians of ${REPS}:\n`
);
console.log(table(['decision', 'part', 'median ms'], rows));
