/**
 * Fast sensitivity: a parameter's grid of values runs through the kernel in one call, as if the grid
 * were that parameter's Monte Carlo draws. A break-even search is then a few grid sweeps, each narrowing
 * the bracket 64-fold, instead of hundreds of single runs. analysis.ts keeps the one-run-at-a-time
 * versions, which the tests use as the reference for these.
 */
import { swing, type BreakEven, type TornadoBar } from './analysis';
import type { CompiledModel } from './model';
import { buildPlan, type Plan } from './simulate';
import type { ParamValues } from './types';

const GRID = 65;
const LEVELS = 3;

/** Advantage of option a over b, for each value of one parameter, the others held at `values`. */
export type Sweep = (paramId: string, xs: Float64Array, values: ParamValues) => Float64Array;

export function sweeper(cm: CompiledModel): (a: string, b: string) => Sweep {
	const plans = new Map<string, Plan>();
	const plan = (option: string, param: string) => {
		const key = `${option}\u0000${param}`;
		let p = plans.get(key);
		if (!p) {
			p = buildPlan(cm, option, GRID, new Set([param]));
			plans.set(key, p);
		}
		return p;
	};
	const { by, higherIsBetter } = cm.def.decide;
	return (a, b) => (paramId, xs, values) => {
		const draws = new Map([[paramId, padded(xs)]]);
		// Each option has its own plan, and so its own output buffers: a's column survives b's run.
		const ra = plan(a, paramId).run(values, draws).outputs[by];
		const rb = plan(b, paramId).run(values, draws).outputs[by];
		const out = new Float64Array(xs.length);
		for (let i = 0; i < xs.length; i++) {
			const d = ra.data[ra.width === 1 ? 0 : i] - rb.data[rb.width === 1 ? 0 : i];
			out[i] = higherIsBetter ? d : -d;
		}
		return out;
	};
}

const padded = (xs: Float64Array) => {
	if (xs.length > GRID) throw new Error(`A sweep takes at most ${GRID} values.`);
	const out = new Float64Array(GRID).fill(xs[0]);
	out.set(xs);
	return out;
};

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
	values: ParamValues
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
	return { paramId, value, crossings };
}
