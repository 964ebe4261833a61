/**
 * The three engines behind one shape of result: option id → output id → one value per sample.
 * Only the engine's public API is used: MonteCarlo, referenceEvaluator, and the draws MonteCarlo makes
 * (uniformStream per parameter id, or position for a model frozen before ids, fitDistribution, drawInto), rebuilt here for the mathjs path.
 */
import { run, SqSampleSetDistribution } from '@quri/squiggle-lang';
import { drawInto, fitDistribution } from '../../src/lib/engine/distributions';
import type { CompiledModel } from '../../src/lib/engine/model';
import type { MonteCarlo } from '../../src/lib/engine/montecarlo';
import { streamOf, uniformStream } from '../../src/lib/engine/random';
import { referenceEvaluator } from '../../src/lib/engine/reference';
import type { ParamValues } from '../../src/lib/engine/types';

export type Outputs = Record<string, Record<string, Float64Array>>;

/** What MonteCarlo.run returns, whatever kernel is behind it. */
type RunResults = ReturnType<MonteCarlo['run']>;

/** Ours: the outputs of one MonteCarlo.run, copied out (a column of width 1 is repeated per sample). */
export function outputsOf(results: RunResults): Outputs {
	const out: Outputs = {};
	for (const [option, r] of Object.entries(results)) {
		out[option] = {};
		for (const [name, col] of Object.entries(r.outputs)) {
			out[option][name] = col.width === 1 ? new Float64Array(r.n).fill(col.data[0]) : col.data.slice(0, r.n);
		}
	}
	return out;
}

/** The draws MonteCarlo makes for `seed`: the first n of them equal the first n of a larger run. */
export function drawSamples(
	cm: CompiledModel,
	values: ParamValues,
	seed: number,
	n: number
): Map<string, Float64Array> {
	const draws = new Map<string, Float64Array>();
	// The same stream per parameter as MonteCarlo: its id, or its position for a model frozen before that.
	const byPosition = cm.def.streams === 'by-position';
	cm.def.params.forEach((p, index) => {
		if (!p.uncertain) return;
		const stream = byPosition ? index : streamOf(p.id);
		const data = new Float64Array(n);
		drawInto(
			fitDistribution(p.uncertain, values[p.id], p.default),
			uniformStream(seed, stream, n),
			data,
			p.min,
			p.max
		);
		draws.set(p.id, data);
	});
	return draws;
}

/** mathjs: every option's reference evaluator, once per sample (each call runs every period). */
export function mathjsRunner(
	cm: CompiledModel
): (values: ParamValues, draws: Map<string, Float64Array>, n: number) => Outputs {
	const evaluators = cm.def.options.map((o) => [o.id, referenceEvaluator(cm, o.id)] as const);
	const names = Object.keys(cm.def.outputs);
	return (values, draws, n) => {
		const out: Outputs = {};
		for (const [option, evaluate] of evaluators) {
			const cols = Object.fromEntries(names.map((name) => [name, new Float64Array(n)]));
			const sample: ParamValues = { ...values };
			for (let i = 0; i < n; i++) {
				for (const [id, data] of draws) sample[id] = data[i];
				const r = evaluate(sample).outputs;
				for (const name of names) cols[name][i] = r[name];
			}
			out[option] = cols;
		}
		return out;
	};
}

/** Squiggle: one run of a program returning { option: { output: sample set } }. */
export async function runSquiggle(code: string, sampleCount: number, seed: string): Promise<Outputs> {
	const output = await run(code, { environment: { sampleCount, xyPointLength: 1000, seed } });
	const result = output.result;
	if (!result.ok) throw new Error(`Squiggle failed: ${result.value.toString()}`);
	const top = result.value.result;
	if (top.tag !== 'Dict') throw new Error('Squiggle program must end with a dict of options');
	const out: Outputs = {};
	for (const [option, v] of top.value.entries()) {
		if (v.tag !== 'Dict') throw new Error(`Squiggle option '${option}' is not a dict`);
		out[option] = {};
		for (const [name, d] of v.value.entries()) {
			if (d.tag !== 'Dist' || !(d.value instanceof SqSampleSetDistribution)) {
				throw new Error(`Squiggle output ${option}.${name} is not a sample set`);
			}
			out[option][name] = Float64Array.from(d.value.getSamples());
		}
	}
	return out;
}
