/**
 * Monte Carlo over every uncertain parameter at once. All options see the same draws (common random
 * numbers), so the difference between two options is measured sample by sample, not as the gap between
 * two noisy means. Uniforms are cached per seed and sample count; draws are recomputed only for a
 * parameter whose value moved, which keeps a slider drag cheap.
 */
import { drawInto, fitDistribution } from './distributions';
import type { CompiledModel } from './model';
import { uniformStream } from './random';
import { buildPlan, type Plan, type RunResult } from './simulate';
import type { ParamValues } from './types';

export interface McSettings {
	samples: number;
	seed: number;
}

export class MonteCarlo {
	private readonly cm: CompiledModel;
	private readonly settings: McSettings;
	private readonly uncertain: Set<string>;
	private readonly plans = new Map<string, Plan>();
	private readonly uniforms = new Map<string, Float64Array>();
	private readonly draws = new Map<string, { value: number; data: Float64Array }>();

	constructor(cm: CompiledModel, settings: McSettings) {
		this.cm = cm;
		this.settings = settings;
		this.uncertain = new Set(cm.def.params.filter((p) => p.uncertain).map((p) => p.id));
	}

	get samples(): number {
		return this.settings.samples;
	}

	/** Runs every option with the given values; each result is valid until the next call. */
	run(values: ParamValues): Record<string, RunResult> {
		const draws = this.drawAll(values);
		const out: Record<string, RunResult> = {};
		for (const option of this.cm.def.options) out[option.id] = this.plan(option.id).run(values, draws);
		return out;
	}

	private plan(optionId: string): Plan {
		let plan = this.plans.get(optionId);
		if (!plan) {
			plan = buildPlan(this.cm, optionId, this.settings.samples, this.uncertain);
			this.plans.set(optionId, plan);
		}
		return plan;
	}

	private drawAll(values: ParamValues): Map<string, Float64Array> {
		const out = new Map<string, Float64Array>();
		this.cm.def.params.forEach((p, stream) => {
			if (!p.uncertain) return;
			const value = Object.hasOwn(values, p.id) ? values[p.id] : p.default;
			const cached = this.draws.get(p.id);
			if (cached && cached.value === value) {
				out.set(p.id, cached.data);
				return;
			}
			let u = this.uniforms.get(p.id);
			if (!u) {
				// The stream is the parameter's position, so adding a parameter at the end keeps old draws.
				u = uniformStream(this.settings.seed, stream, this.settings.samples);
				this.uniforms.set(p.id, u);
			}
			const data = cached?.data ?? new Float64Array(this.settings.samples);
			drawInto(fitDistribution(p.uncertain, value, p.default), u, data, p.min, p.max);
			this.draws.set(p.id, { value, data });
			out.set(p.id, data);
		});
		return out;
	}
}
