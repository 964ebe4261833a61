/**
 * One output of every option across one parameter's whole range, the others held: the chart for
 * decisions where time is not the natural axis (cost per parcel against daily volume), and the "what
 * would flip it" view of any parameter. The grid runs through the kernel in one call per option, as if
 * it were the parameter's Monte Carlo draws; the values where the best option changes are then narrowed
 * by finer grids inside each bracket.
 */
import type { CompiledModel } from './compiled-model';
import { buildPlan, type Plan } from './simulate';
import type { ParamValues } from './types';

export const PROFILE_POINTS = 65;
const REFINE_LEVELS = 2;

export interface Switch {
	/** The parameter value where `to` becomes the best option instead of `from`. */
	at: number;
	from: string;
	to: string;
}

export interface Profile {
	paramId: string;
	outputId: string;
	scale: 'linear' | 'log';
	xs: number[];
	/** Option id → the output at each x. */
	lines: Record<string, number[]>;
	/** Option id best at each x (by the model's decision direction). */
	best: string[];
	switches: Switch[];
}

/** Builds and keeps one plan per option and parameter: sweeping the same parameter again compiles nothing. */
export class Profiler {
	private readonly plans = new Map<string, Plan>();
	constructor(private readonly cm: CompiledModel) {}

	/** The output of one option at each of up to PROFILE_POINTS values of the parameter. */
	outputAt(optionId: string, paramId: string, outputId: string, xs: ArrayLike<number>, values: ParamValues) {
		if (xs.length > PROFILE_POINTS) throw new Error(`A profile takes at most ${PROFILE_POINTS} values.`);
		const key = `${optionId}\u0000${paramId}`;
		let plan = this.plans.get(key);
		if (!plan) {
			plan = buildPlan(this.cm, optionId, PROFILE_POINTS, new Set([paramId]));
			this.plans.set(key, plan);
		}
		const draws = new Float64Array(PROFILE_POINTS).fill(xs[0]);
		draws.set(xs);
		const col = plan.run(values, new Map([[paramId, draws]])).outputs[outputId];
		return Array.from({ length: xs.length }, (_, i) => col.data[col.width === 1 ? 0 : i]);
	}

	profile(
		paramId: string,
		outputId: string,
		values: ParamValues,
		scale: 'linear' | 'log' = 'linear'
	): Profile {
		const p = this.cm.params.get(paramId);
		if (!p) throw new Error(`'${paramId}' is not a parameter of ${this.cm.def.id}.`);
		const log = scale === 'log' && p.min > 0;
		const xs = gridOf(p.min, p.max, PROFILE_POINTS, log);
		const ids = this.cm.def.options.map((o) => o.id);
		const lines = Object.fromEntries(ids.map((id) => [id, this.outputAt(id, paramId, outputId, xs, values)]));
		const better = this.cm.def.decide.higherIsBetter
			? (a: number, b: number) => a > b
			: (a: number, b: number) => a < b;
		const bestAt = (k: number) =>
			ids.reduce(
				(b, id) =>
					Number.isFinite(lines[id][k]) &&
					(!Number.isFinite(lines[b][k]) || better(lines[id][k], lines[b][k]))
						? id
						: b,
				ids[0]
			);
		const best = xs.map((_, k) => bestAt(k));
		const switches: Switch[] = [];
		for (let k = 0; k + 1 < xs.length; k++) {
			if (best[k] === best[k + 1]) continue;
			const at = this.narrow(best[k], best[k + 1], paramId, outputId, values, xs[k], xs[k + 1], log);
			switches.push({ at, from: best[k], to: best[k + 1] });
		}
		return { paramId, outputId, scale: log ? 'log' : 'linear', xs, lines, best, switches };
	}

	/** Where options a and b are equal within [lo, hi]: finer grids, then linear interpolation. */
	private narrow(
		a: string,
		b: string,
		paramId: string,
		outputId: string,
		values: ParamValues,
		lo: number,
		hi: number,
		log: boolean
	) {
		for (let level = 0; level < REFINE_LEVELS; level++) {
			const xs = gridOf(lo, hi, PROFILE_POINTS, log);
			const fa = this.outputAt(a, paramId, outputId, xs, values);
			const fb = this.outputAt(b, paramId, outputId, xs, values);
			const k = fa.findIndex((_, i) => i + 1 < xs.length && (fa[i] - fb[i]) * (fa[i + 1] - fb[i + 1]) <= 0);
			// No sign change: a third option took over in between, and its own switch is found separately.
			if (k < 0) return (lo + hi) / 2;
			[lo, hi] = [xs[k], xs[k + 1]];
			if (level === REFINE_LEVELS - 1) {
				const d0 = fa[k] - fb[k];
				const d1 = fa[k + 1] - fb[k + 1];
				return d0 === d1 ? lo : lo + ((hi - lo) * d0) / (d0 - d1);
			}
		}
		return (lo + hi) / 2;
	}
}

function gridOf(lo: number, hi: number, count: number, log: boolean): number[] {
	if (!log) return Array.from({ length: count }, (_, k) => lo + ((hi - lo) * k) / (count - 1));
	const [l0, l1] = [Math.log(lo), Math.log(hi)];
	return Array.from({ length: count }, (_, k) =>
		k === 0 ? lo : k === count - 1 ? hi : Math.exp(l0 + ((l1 - l0) * k) / (count - 1))
	);
}
