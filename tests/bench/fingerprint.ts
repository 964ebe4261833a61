/**
 * A fingerprint of every number the engine gives for every decision, to show that a change to the engine
 * (the kernel generator above all) leaves each one the same to the last bit. verdicts.ts prints a few
 * figures to four digits; this hashes the bits of all of them. Run before and after a change and compare:
 * `npx tsx tests/bench/fingerprint.ts [id …]` prints one hash per decision and path, and one over all.
 *
 * Per decision (test-only fixtures included, for their odd formulas): the whole report at the sources
 * with 10,000 futures, as the page shows it (deterministic answer, sweeps, simulation); the same at every
 * parameter's minimum and at its maximum with 2,000; every option's every series and output, fused on the
 * same scattered values, with the periods written out and with them looped, and on closures; a big
 * run of two blocks merged as the pool merges them; and one simulation of 2,000 futures pressed as a
 * page presses it, each parameter in turn to its maximum and back (a plan keeps its costly calls from
 * press to press, fused-memo.ts: pressed, it must give what a fresh one gives).
 */
import { createHash } from 'node:crypto';
import { runBlocksHere } from '../../src/lib/engine/blocks-merge';
import { buildClosurePlan } from '../../src/lib/engine/closure-plan';
import { buildFusedMultiPlan } from '../../src/lib/engine/fused-plan';
import { compileModel, withDefaults, type CompiledModel } from '../../src/lib/engine/model';
import { Reporter, Simulator } from '../../src/lib/engine/report';
import type { ModelDef, ParamValues } from '../../src/lib/engine/types';
import { loadDecisions } from '../decisions';

const SCATTERED = 1000;
const BIG = 125_000;

/** Every number as its exact bits (−0 and NaN included), typed arrays as arrays, maps as entries. */
function digest(value: unknown): string {
	const hash = createHash('sha256');
	const numberText = (v: number) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : String(v));
	hash.update(
		JSON.stringify(value, (_key, v: unknown) => {
			if (typeof v === 'number') return numberText(v);
			if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as Float64Array, numberText);
			if (v instanceof Map) return [...v];
			if (v instanceof Set) return [...v];
			return v;
		})
	);
	return hash.digest('hex').slice(0, 16);
}

/** Outcome of `fn`, or its error's message: an error is a result too, and must stay the same. */
function attempt(fn: () => unknown): unknown {
	try {
		return fn();
	} catch (err) {
		return { error: err instanceof Error ? err.message : String(err) };
	}
}

/** Each parameter's values spread over its range, ends included, on a fixed pattern (no engine code). */
function scattered(def: ModelDef, n: number): Map<string, Float64Array> {
	const draws = new Map<string, Float64Array>();
	def.params.forEach((p, k) => {
		const col = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const u = i === 0 ? 0 : i === 1 ? 1 : ((i + k * 7) * 0.6180339887498949) % 1;
			col[i] = p.min + (p.max - p.min) * u;
		}
		draws.set(p.id, col);
	});
	return draws;
}

function allSeriesAndOutputs(cm: CompiledModel, unroll: boolean | 'closure'): unknown {
	const { def } = cm;
	const ids = def.options.map((o) => o.id);
	const uncertain = new Set(def.params.map((p) => p.id));
	const draws = scattered(def, SCATTERED);
	const values = withDefaults(def, {});
	if (unroll === 'closure') {
		return ids.map((id) => buildClosurePlan(cm, id, SCATTERED, uncertain).run(values, draws));
	}
	return buildFusedMultiPlan(cm, ids, SCATTERED, uncertain, {}, unroll).run(values, draws);
}

/** One simulation's reports, press after press: each parameter at its maximum, then at its source. */
function presses(cm: CompiledModel, v: { best: string; runnerUp: string }): unknown {
	const simulator = new Simulator(cm);
	const settings = { samples: 2000, seed: 1 };
	return cm.def.params.flatMap((p) =>
		[{ [p.id]: p.max }, {}].map((values) => attempt(() => simulator.run(values, v, settings)))
	);
}

function report(cm: CompiledModel, values: ParamValues, samples: number): unknown {
	return new Reporter(cm).report(values, { samples, seed: 1 });
}

const wanted = process.argv.slice(2);
const all = createHash('sha256');
for (const { def } of await loadDecisions({ fixtures: true })) {
	if (wanted.length > 0 && !wanted.includes(def.id)) continue;
	const cm = compileModel(def);
	const ends = (pick: 'min' | 'max') => Object.fromEntries(def.params.map((p) => [p.id, p[pick]]));
	const v = new Reporter(cm).quick({}).verdict;
	const parts: [string, () => unknown][] = [
		['report', () => report(cm, {}, 10_000)],
		['at minima', () => report(cm, ends('min'), 2000)],
		['at maxima', () => report(cm, ends('max'), 2000)],
		['unrolled', () => allSeriesAndOutputs(cm, true)],
		['looped', () => allSeriesAndOutputs(cm, false)],
		['closures', () => allSeriesAndOutputs(cm, 'closure')],
		[
			'blocks',
			() =>
				runBlocksHere(cm, {
					values: withDefaults(def, {}),
					best: v.best,
					runnerUp: v.runnerUp,
					samples: BIG,
					seed: 1
				})
		],
		['presses', () => presses(cm, v)]
	];
	const line = parts.map(([name, fn]) => {
		const d = digest(attempt(fn));
		all.update(d);
		return `${name} ${d}`;
	});
	console.log(`${def.id}: ${line.join(' · ')}`);
}
console.log(`all: ${all.digest('hex').slice(0, 16)}`);
