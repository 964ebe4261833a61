/**
 * One cold start, in a process of its own: the time of the first Monte Carlo run of a model, as a page
 * meets it on load. run.ts starts this script once per engine, model and round, and reads one line of
 * JSON from it. Ours: compile the model, then the first MonteCarlo (draws, plan, run) with every option,
 * computing the outputs Squiggle returns (benches.ts) and storing the chart series.
 * Squiggle: its first run() of the program (parse, compile, sample, compute).
 *
 *   tsx tests/bench/cold.ts <ours|squiggle> <reference|Cainiao> <samples> <seed>
 */
import { compileModel, withDefaults } from '../../src/lib/engine/model';
import { MonteCarlo } from '../../src/lib/engine/montecarlo';
import { benches } from './benches';
import { outputsOf, runSquiggle } from './engines';

const [engine, model, samples, seed] = process.argv.slice(2);
const bench = benches.find((b) => b.name === model);
if (!bench) throw new Error(`no bench model '${model}'`);
const { def, squiggle, compare } = bench;
const n = Number(samples);
let ms: number;
let mean: number;
if (engine === 'ours') {
	const t0 = performance.now();
	const cm = compileModel(def);
	const r = new MonteCarlo(cm, { samples: n, seed: Number(seed), outputs: compare }).run(
		withDefaults(def, {})
	);
	ms = performance.now() - t0;
	mean = outputsOf(r)[def.options[0].id][def.decide.by].reduce((a, b) => a + b, 0) / n;
} else {
	const code = squiggle(def, withDefaults(def, {}));
	const t0 = performance.now();
	const r = await runSquiggle(code, n, `cold-${seed}`);
	ms = performance.now() - t0;
	mean = r[def.options[0].id][def.decide.by].reduce((a, b) => a + b, 0) / n;
}
console.log(JSON.stringify({ ms, mean }));
