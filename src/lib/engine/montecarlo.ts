/**
 * Monte Carlo over every uncertain parameter at once. All options see the same draws (common random
 * numbers), so the difference between two options is measured sample by sample, not as the gap between
 * two noisy means. Draws are recomputed only for a parameter whose value moved, from the same uniforms,
 * which keeps a slider drag cheap.
 *
 * Every option runs in one plan (simulate.ts's buildModelPlan), which computes every output and stores,
 * of the series, only the one the page charts (`chart.series`); the others are never written out.
 */
import { drawInto, fitDistribution } from './distributions';
import type { CompiledModel } from './model';
import { uniformsInto } from './random';
import { buildModelPlan, type ModelPlan, type RunResult } from './simulate';
import type { ParamValues } from './types';

export interface McSettings {
	samples: number;
	seed: number;
}

export class MonteCarlo {
	private readonly cm: CompiledModel;
	private readonly settings: McSettings;
	private readonly uncertain: Set<string>;
	private plan: ModelPlan | null = null;
	private readonly draws = new Map<string, { value: number; data: Float64Array }>();
	private readonly current = new Map<string, Float64Array>();

	constructor(cm: CompiledModel, settings: McSettings) {
		this.cm = cm;
		this.settings = settings;
		this.uncertain = new Set(cm.def.params.filter((p) => p.uncertain).map((p) => p.id));
	}

	get samples(): number {
		return this.settings.samples;
	}

	/**
	 * Runs every option with the given values; each result is valid until the next call. A result's
	 * `series` holds the chart series (`def.chart.series`) only; `outputs` holds every output.
	 */
	run(values: ParamValues): Record<string, RunResult> {
		const draws = this.drawAll(values);
		this.plan ??= buildModelPlan(
			this.cm,
			this.settings.samples,
			this.uncertain,
			new Set([this.cm.def.chart.series])
		);
		return { ...this.plan.run(values, draws) };
	}

	private drawAll(values: ParamValues): ReadonlyMap<string, Float64Array> {
		const { seed, samples } = this.settings;
		this.cm.def.params.forEach((p, stream) => {
			if (!p.uncertain) return;
			const value = Object.hasOwn(values, p.id) ? values[p.id] : p.default;
			const cached = this.draws.get(p.id);
			if (cached && cached.value === value) return;
			// Fitted first: a value it refuses must leave the cached draws as they were.
			const fitted = fitDistribution(p.uncertain, value, p.default);
			// The uniforms are made again rather than kept: a stream costs about as much as copying it.
			// The stream is the parameter's position, so adding a parameter at the end keeps old draws.
			const data = uniformsInto(seed, stream, cached?.data ?? new Float64Array(samples));
			drawInto(fitted, data, data, p.min, p.max);
			this.draws.set(p.id, { value, data });
			this.current.set(p.id, data);
		});
		return this.current;
	}
}
