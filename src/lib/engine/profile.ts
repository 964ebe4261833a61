/**
 * One output of every option across one parameter's whole range, the others held: the chart for
 * decisions where time is not the natural axis (cost per parcel against daily volume), and the "what
 * would flip it" view of any parameter. The grid runs through the kernel in one call per option, as if
 * it were the parameter's Monte Carlo draws; the values where the best option changes are then narrowed
 * by finer grids inside each bracket.
 */
import { fitDistribution } from './distributions';
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

/** Where one option does best along a parameter that is its own choice, and what leads there. */
export interface Optimum {
	option: string;
	paramId: string;
	/** The parameter's value at which the option's deciding output is best, the others held. */
	at: number;
	/** The option's deciding output there. */
	value: number;
	/** The best of the other options at that value, and its deciding output. */
	rival: string;
	rivalValue: number;
	/**
	 * The assumption the best value moves with (the model's `follows`): the ends of its 90 % interval about
	 * its current value, within its range, and the best value at each. Null when the model names none.
	 */
	follows: { paramId: string; low: number; high: number; atLow: number; atHigh: number } | null;
}

/** Finer grids around the best point: each narrows the bracket to two grid steps. */
const OPTIMUM_LEVELS = 3;

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
		// Options equal at a point (a price cut of 0 % is keeping the price) are not a switch there: the
		// point goes to the option best beside it, so no switch is found at the end of the range.
		const tied = (k: number, a: string, b: string) =>
			Math.abs(lines[a][k] - lines[b][k]) <= 1e-12 * Math.max(1, Math.abs(lines[a][k]));
		for (let k = xs.length - 2; k >= 0; k--)
			if (best[k] !== best[k + 1] && tied(k, best[k], best[k + 1])) best[k] = best[k + 1];
		for (let k = 1; k < xs.length; k++)
			if (best[k] !== best[k - 1] && tied(k, best[k], best[k - 1])) best[k] = best[k - 1];
		const switches: Switch[] = [];
		for (let k = 0; k + 1 < xs.length; k++) {
			if (best[k] === best[k + 1]) continue;
			const at = this.narrow(best[k], best[k + 1], paramId, outputId, values, xs[k], xs[k + 1], log);
			switches.push({ at, from: best[k], to: best[k + 1] });
		}
		return { paramId, outputId, scale: log ? 'log' : 'linear', xs, lines, best, switches };
	}

	/**
	 * The value of `paramId` in its range at which `optionId` does best on the deciding output, the other
	 * values held: the best point of a grid over the range, then of finer grids around it. A grid finds the
	 * highest of several peaks; a peak narrower than a grid step could be missed.
	 */
	bestValue(optionId: string, paramId: string, values: ParamValues): { at: number; value: number } {
		const p = this.cm.params.get(paramId);
		if (!p) throw new Error(`'${paramId}' is not a parameter of ${this.cm.def.id}.`);
		const { by, higherIsBetter } = this.cm.def.decide;
		const sign = higherIsBetter ? 1 : -1;
		let [lo, hi] = [p.min, p.max];
		let best = { at: lo, value: NaN };
		for (let level = 0; level < OPTIMUM_LEVELS; level++) {
			const xs = gridOf(lo, hi, PROFILE_POINTS, false);
			const ys = this.outputAt(optionId, paramId, by, xs, values);
			let k = -1;
			for (let i = 0; i < xs.length; i++)
				if (Number.isFinite(ys[i]) && (k < 0 || sign * ys[i] > sign * ys[k])) k = i;
			if (k < 0) break;
			best = { at: xs[k], value: ys[k] };
			[lo, hi] = [xs[Math.max(0, k - 1)], xs[Math.min(xs.length - 1, k + 1)]];
		}
		return best;
	}

	/** The model's declared optimum (profile.optimum) at these values, or null when it declares none. */
	optimum(values: ParamValues): Optimum | null {
		const { def } = this.cm;
		const spec = def.profile?.optimum;
		if (!def.profile || !spec) return null;
		const paramId = def.profile.param;
		const { by, higherIsBetter } = def.decide;
		const { at, value } = this.bestValue(spec.option, paramId, values);
		let rival = '';
		let rivalValue = NaN;
		for (const o of def.options) {
			if (o.id === spec.option) continue;
			const y = this.outputAt(o.id, paramId, by, [at], values)[0];
			if (rival === '' || (higherIsBetter ? y > rivalValue : y < rivalValue)) [rival, rivalValue] = [o.id, y];
		}
		let follows: Optimum['follows'] = null;
		const q = spec.follows ? this.cm.params.get(spec.follows) : undefined;
		if (q?.uncertain) {
			const fitted = fitDistribution(q.uncertain, values[q.id], q.default);
			const within = (x: number) => Math.min(q.max, Math.max(q.min, x));
			const [low, high] = [within(fitted.quantile(0.05)), within(fitted.quantile(0.95))];
			const bestAt = (x: number) => this.bestValue(spec.option, paramId, { ...values, [q.id]: x }).at;
			follows = { paramId: q.id, low, high, atLow: bestAt(low), atHigh: bestAt(high) };
		}
		return { option: spec.option, paramId, at, value, rival, rivalValue, follows };
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
