/**
 * Fast sensitivity: a parameter's grid of values runs through the kernel in one call, as if the grid
 * were that parameter's Monte Carlo draws. A break-even search is then a few grid sweeps, each narrowing
 * the bracket 64-fold, instead of hundreds of single runs. analysis.ts keeps the one-run-at-a-time
 * versions, which the tests use as the reference for these.
 */
import { swing, type BreakEven, type TornadoBar } from './analysis';
import type { CompiledModel } from './compiled-model';
import { buildPlan, type Narrow, type Plan } from './simulate';
import type { ParamValues } from './types';

const GRID = 65;

/**
 * The kernel a sweep runs on: the deciding output alone, no series stored. Built with the app (prebuild.ts),
 * it skips every other output, where the option's full kernel writes every series of every period; each
 * output is computed by the same operations in either, so the numbers are the same. Its periods are a
 * loop, not written out one by one: a fifth to a sixth of the unrolled code (1.3 kB gzip for cloud-spinoff's
 * two options instead of 7.6), on a page that loads it whole, and sweeps run 2 to 65 samples, where
 * unrolling gains little.
 */
export const sweepKernel = (cm: CompiledModel): Narrow => ({
	select: { series: new Set(), outputs: new Set([cm.def.decide.by]) },
	unroll: false
});
const LEVELS = 3;

/** Advantage of option a over b, for each value of one parameter, the others held at `values`. */
export type Sweep = (paramId: string, xs: Float64Array, values: ParamValues) => Float64Array;

/**
 * Each option's deciding output for each value of one parameter; each option runs its own plan, made for
 * as many values as are swept (a grid, a tornado's two ends, one value for bestAt): a plan of GRID
 * samples given two values would compute 63 padded ones for nothing, on every key press. Each sample is
 * computed on its own, so a plan's size does not change the numbers.
 */
function outputs(cm: CompiledModel) {
	const plans = new Map<string, { plan: Plan; draws: Map<string, Float64Array> }>();
	const narrow = sweepKernel(cm);
	const plan = (option: string, param: string, n: number) => {
		const key = `${option}\u0000${param}\u0000${n}`;
		let p = plans.get(key);
		if (!p) {
			p = { plan: buildPlan(cm, option, n, new Set([param]), undefined, narrow), draws: new Map() };
			plans.set(key, p);
		}
		return p;
	};
	const { by } = cm.def.decide;
	return (option: string, paramId: string, xs: Float64Array, values: ParamValues): Float64Array => {
		if (xs.length === 0 || xs.length > GRID) throw new Error(`A sweep takes 1 to ${GRID} values.`);
		const p = plan(option, paramId, xs.length);
		p.draws.set(paramId, xs);
		const r = p.plan.run(values, p.draws).outputs[by];
		// Copied out: the plan's buffers are overwritten by its next run. slice and fill, not
		// Float64Array.from: this runs for every parameter and grid level on every key press.
		return r.width === 1 ? new Float64Array(xs.length).fill(r.data[0]) : r.data.slice(0, xs.length);
	};
}

export function sweeper(cm: CompiledModel): (a: string, b: string) => Sweep {
	const out = outputs(cm);
	const sign = cm.def.decide.higherIsBetter ? 1 : -1;
	return (a, b) => (paramId, xs, values) => {
		const ra = out(a, paramId, xs, values);
		const rb = out(b, paramId, xs, values);
		return ra.map((x, i) => sign * (x - rb[i]));
	};
}

/**
 * The lead of one option over the best of all the others, for each value of one parameter: where it
 * crosses zero the verdict changes, whichever option takes over (with four options, not always the
 * runner-up). `bestAt` names the best option at one value.
 */
export function leadSweeper(cm: CompiledModel): {
	lead: (best: string) => Sweep;
	bestAt: (paramId: string, x: number, values: ParamValues) => string;
} {
	const out = outputs(cm);
	const sign = cm.def.decide.higherIsBetter ? 1 : -1;
	const ids = cm.def.options.map((o) => o.id);
	return {
		lead: (best) => (paramId, xs, values) => {
			const mine = out(best, paramId, xs, values);
			const rival = new Float64Array(xs.length).fill(-Infinity);
			for (const id of ids) {
				if (id === best) continue;
				const theirs = out(id, paramId, xs, values);
				for (let i = 0; i < xs.length; i++) rival[i] = Math.max(rival[i], sign * theirs[i]);
			}
			return mine.map((x, i) => sign * x - rival[i]);
		},
		bestAt: (paramId, x, values) => {
			const xs = Float64Array.of(x);
			let best = ids[0];
			let top = -Infinity;
			for (const id of ids) {
				const v = sign * out(id, paramId, xs, values)[0];
				if (v > top) [best, top] = [id, v];
			}
			return best;
		}
	};
}

const grid = (lo: number, hi: number) =>
	Float64Array.from({ length: GRID }, (_, k) => lo + ((hi - lo) * k) / (GRID - 1));

export function sweepTornado(cm: CompiledModel, sweep: Sweep, values: ParamValues): TornadoBar[] {
	return cm.def.params
		.map((p) => {
			const s = swing(p, values[p.id]);
			const [atLow, atHigh] = sweep(p.id, Float64Array.of(s.low, s.high), values);
			return { paramId: p.id, ...s, atLow, atHigh };
		})
		.sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
}

/** Every crossing of zero within the parameter's range, narrowed to about 1/64³ of the range. */
export function sweepBreakEven(
	cm: CompiledModel,
	paramId: string,
	sweep: Sweep,
	values: ParamValues,
	bestAt?: (paramId: string, x: number, values: ParamValues) => string
): BreakEven {
	const p = cm.params.get(paramId)!;
	const crossings: number[] = [];
	const scan = (lo: number, hi: number, level: number) => {
		const xs = grid(lo, hi);
		const f = sweep(paramId, xs, values);
		for (let k = 0; k < GRID - 1; k++) {
			// A tie counts only where the advantage changes sign through it (see analysis.ts breakEven).
			if (f[k] === 0) {
				if (k > 0 && f[k - 1] * f[k + 1] < 0) crossings.push(xs[k]);
			} else if (Number.isFinite(f[k]) && Number.isFinite(f[k + 1]) && f[k] * f[k + 1] < 0) {
				if (level + 1 < LEVELS) scan(xs[k], xs[k + 1], level + 1);
				// Linear interpolation within the last, tiny bracket.
				else crossings.push(xs[k] + ((xs[k + 1] - xs[k]) * f[k]) / (f[k] - f[k + 1]));
			}
		}
	};
	scan(p.min, p.max, 0);
	const current = values[p.id];
	const value = crossings.reduce<number | null>(
		(best, x) => (best === null || Math.abs(x - current) < Math.abs(best - current) ? x : best),
		null
	);
	if (value === null || !bestAt) return { paramId, value, crossings };
	// Who wins just past the break-even, on the far side from the current value.
	const beyond = value + Math.sign(value - current) * (p.max - p.min) * 1e-4;
	return {
		paramId,
		value,
		crossings,
		winner: bestAt(paramId, Math.min(p.max, Math.max(p.min, beyond)), values)
	};
}
