/**
 * Every decision's model as the build compiled it (built.ts, virtual:kernels) gives the numbers the model
 * compiled at run time gives, bit for bit: the deterministic answer, every sweep behind the tornado and
 * the break-evens, the profile and the Monte Carlo, at the sources' values and away from them. And it
 * runs without generating any code: Function is refused throughout.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileModel } from '$lib/engine/model';
import { buildFusedPlan } from '$lib/engine/fused-plan';
import { unrollByDefault } from '$lib/engine/fused-run';
import { MonteCarlo } from '$lib/engine/montecarlo';
import { prebuiltRequests } from '$lib/engine/prebuild';
import { Reporter, reportSimulation, Simulator } from '$lib/engine/report';
import { buildPlan, type RunResult } from '$lib/engine/simulate';
import type { ModelDef, ParamValues } from '$lib/engine/types';
import { loadBuilt } from './built';
import { loadSimulation } from './built-simulation';
import { decisions } from './registry';
import { models } from './testing';

/** JSON in which every number stands for its exact double: −0, NaN and ±Infinity included. */
const exact = (v: unknown) =>
	JSON.stringify(v, (_, x) =>
		typeof x === 'number' && (!Number.isFinite(x) || Object.is(x, -0)) ? `#${Object.is(x, -0) ? '-0' : x}` : x
	);
const columns = (r: Record<string, RunResult>) =>
	exact(
		Object.fromEntries(
			Object.entries(r).map(([id, x]) => [
				id,
				{
					series: Object.fromEntries(Object.entries(x.series).map(([k, c]) => [k, [c.width, [...c.data]]])),
					outputs: Object.fromEntries(Object.entries(x.outputs).map(([k, c]) => [k, [c.width, [...c.data]]]))
				}
			])
		)
	);

/** Values away from the sources': each parameter a fixed share of the way across its range. */
const away = (def: ModelDef): ParamValues =>
	Object.fromEntries(def.params.map((p, k) => [p.id, p.min + ((p.max - p.min) * ((k * 7 + 3) % 10)) / 10]));

/** The compiled model refuses to run generated code while a test runs it. */
let refused = 0;
const original = globalThis.Function;
beforeEach(() => {
	refused = 0;
	globalThis.Function = function refuse() {
		refused++;
		throw new EvalError('Refused to evaluate a string as JavaScript (unsafe-eval).');
	} as unknown as FunctionConstructor;
});
afterEach(() => {
	globalThis.Function = original;
});

/** Runs `f` with Function as it is, for the model compiled at run time. */
function generating<T>(f: () => T): T {
	const stub = globalThis.Function;
	globalThis.Function = original;
	try {
		return f();
	} finally {
		globalThis.Function = stub;
	}
}

// Whole reports on both paths, for every decision: slow on a loaded machine, never close to a minute.
describe('the models compiled with the app', { timeout: 60_000 }, () => {
	it('exist for every decision the registry finds, and for no other id', async () => {
		expect(models.length).toBe(decisions.length);
		for (const d of decisions) expect((await loadBuilt(d.id))?.def.id).toBe(d.id);
		expect(await loadBuilt('no-such-decision')).toBeUndefined();
	});

	for (const def of models) {
		describe(def.id, () => {
			it('has a kernel for every request the page and the worker make', async () => {
				const cm = (await loadBuilt(def.id))!;
				for (const { parts, select, unroll } of prebuiltRequests(cm))
					expect(cm.kernels!(cm, parts, select, unroll)).not.toBeNull();
			});

			for (const [where, valuesOf] of [
				['at the sources’ values', () => ({})],
				['away from them', away]
			] as const) {
				it(`gives the run-time model's whole report, bit for bit, ${where}`, async () => {
					const cm = (await loadBuilt(def.id))!;
					const values = valuesOf(def);
					const settings = { samples: 1000, seed: 11 };
					const runtime = generating(() => new Reporter(compileModel(def)).report(values, settings));
					expect(exact(new Reporter(cm).report(values, settings))).toBe(exact(runtime));
					expect(refused).toBe(0);
				});

				it(`gives the run-time model's simulation columns, bit for bit, ${where}`, async () => {
					const cm = (await loadBuilt(def.id))!;
					const values = valuesOf(def);
					const settings = { samples: 500, seed: 5, ...reportSimulation(def) };
					const runtime = generating(() => new MonteCarlo(compileModel(def), settings).run(values));
					expect(columns(new MonteCarlo(cm, settings).run(values))).toBe(columns(runtime));
					expect(refused).toBe(0);
				});
			}

			it('simulates in the worker, from its slim module, as the run-time model does, bit for bit', async () => {
				const cm = (await loadSimulation(def.id))!;
				const values = away(def);
				const v = { best: def.options[0].id, runnerUp: def.options[def.options.length - 1].id };
				const settings = { samples: 800, seed: 3 };
				const runtime = generating(() => new Reporter(compileModel(def)).uncertainty(values, v, settings));
				expect(exact(new Simulator(cm).run(values, v, settings))).toBe(exact(runtime));
				expect(refused).toBe(0);
				const { parts, select, unroll } = prebuiltRequests(cm, 'worker')[0];
				expect(unroll).toBe(unrollByDefault(cm));
				expect(cm.kernels!(cm, parts, select, unroll)).not.toBeNull();
			});

			it('keeps its calls from press to press in the worker, and gives a fresh run’s numbers, bit for bit', async () => {
				const cm = (await loadSimulation(def.id))!;
				const v = { best: def.options[0].id, runnerUp: def.options[def.options.length - 1].id };
				const settings = { samples: 800, seed: 3 };
				const simulator = new Simulator(cm);
				const runtimeCm = compileModel(def);
				// Press after press on one simulation: each parameter in turn away from its source, then back;
				// each against a simulation that runs once.
				const presses = [{}, ...def.params.map((p) => ({ [p.id]: away(def)[p.id] })), {}];
				for (const values of presses) {
					const runtime = generating(() => new Simulator(runtimeCm).run(values, v, settings));
					expect(exact(simulator.run(values, v, settings))).toBe(exact(runtime));
				}
				expect(refused).toBe(0);
			});

			it('sweeps each parameter as the kernel generated for that parameter alone does, bit for bit', async () => {
				const cm = (await loadBuilt(def.id))!;
				const runtime = generating(() => compileModel(def));
				const values = away(def);
				for (const p of def.params) {
					const n = 9;
					const xs = Float64Array.from({ length: n }, (_, k) => p.min + ((p.max - p.min) * k) / (n - 1));
					const draws = new Map([[p.id, xs]]);
					for (const o of def.options) {
						const built = buildPlan(cm, o.id, n, new Set([p.id]), 'fused').run(values, draws);
						const alone = generating(() =>
							buildFusedPlan(runtime, o.id, n, new Set([p.id])).run(values, draws)
						);
						// A column the parameter does not reach is one value wide in the kernel made for it alone.
						const widen = (r: RunResult) => ({
							...r,
							outputs: Object.fromEntries(
								Object.entries(r.outputs).map(([k, c]) => [
									k,
									{ width: n, data: c.width === n ? c.data : new Float64Array(n).fill(c.data[0]) }
								])
							)
						});
						expect(columns({ [o.id]: widen(built) }), `${o.id}, ${p.id}`).toBe(
							columns({ [o.id]: widen(alone) })
						);
					}
				}
				expect(refused).toBe(0);
			});
		});
	}

	it('are what the pages load: refusing generated code, a run-time model falls back, a built one never asks', async () => {
		const def = models[0];
		const cm = (await loadBuilt(def.id))!;
		new Reporter(cm).report({}, { samples: 200, seed: 1 });
		expect(refused).toBe(0);
		vi.resetModules();
		const { compileModel: isolated } = await import('$lib/engine/model');
		const { Reporter: IsolatedReporter } = await import('$lib/engine/report');
		new IsolatedReporter(isolated(def)).report({}, { samples: 200, seed: 1 });
		expect(refused).toBeGreaterThan(0);
	});
});
