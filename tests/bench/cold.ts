/**
 * One cold start, in a process of its own: the time of the first Monte Carlo run of a model, as a page
 * meets it on load. run.ts starts this script once per engine, model and round, and reads one line of
 * JSON from it. Ours: compile the model, then the first MonteCarlo (draws, plan, run) with every option.
 * Squiggle: its first run() of the program (parse, compile, sample, compute).
 *
 *   tsx tests/bench/cold.ts <ours|squiggle> <reference|Cainiao> <samples> <seed>
 */
import { compileModel, withDefaults } from '../../src/lib/engine/model';
import { MonteCarlo } from '../../src/lib/engine/montecarlo';
import type { ModelDef, ParamValues } from '../../src/lib/engine/types';
import { cainiaoOwnership } from '../../src/lib/models/cainiao-ownership';
import { outputsOf, runSquiggle } from './engines';
import { referenceModel } from './reference-model';
import { cainiaoSquiggle, referenceSquiggle } from './squiggle-models';

const MODELS: Record<string, [ModelDef, (def: ModelDef, values: ParamValues) => string]> = {
	reference: [referenceModel, referenceSquiggle],
	Cainiao: [cainiaoOwnership, cainiaoSquiggle]
};

const [engine, model, samples, seed] = process.argv.slice(2);
const [def, squiggle] = MODELS[model];
const n = Number(samples);
let ms: number;
let mean: number;
if (engine === 'ours') {
	const t0 = performance.now();
	const cm = compileModel(def);
	const r = new MonteCarlo(cm, { samples: n, seed: Number(seed) }).run(withDefaults(def, {}));
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
