/**
 * What a person asks of a decision at given values: which option is worth more and by how much, which
 * assumptions move that answer most (tornado), and where each assumption would flip it (break-even).
 * All of it runs the model deterministically, one set of values at a time.
 */
import type { CompiledModel } from './compiled-model';
import { buildPlan, type Plan } from './simulate';
import type { ParamDef, ParamValues } from './types';

export interface OptionResult {
	series: Record<string, number[]>;
	outputs: Record<string, number>;
}

export type Evaluate = (values: ParamValues) => Record<string, OptionResult>;

/** A deterministic evaluator for every option, with its plans compiled once. */
export function evaluator(cm: CompiledModel): Evaluate {
	const plans = new Map<string, Plan>(cm.def.options.map((o) => [o.id, buildPlan(cm, o.id, 1, new Set())]));
	const none = new Map<string, Float64Array>();
	return (values) => {
		const out: Record<string, OptionResult> = {};
		for (const [id, plan] of plans) {
			const r = plan.run(values, none);
			out[id] = {
				series: Object.fromEntries(Object.entries(r.series).map(([k, c]) => [k, Array.from(c.data)])),
				outputs: Object.fromEntries(Object.entries(r.outputs).map(([k, c]) => [k, c.data[0]]))
			};
		}
		return out;
	};
}

export interface Verdict {
	/** Options from best to worst by the deciding output. */
	ranking: { optionId: string; value: number }[];
	best: string;
	runnerUp: string;
	/** How much better the best is than the runner-up, in the deciding output's unit (≥ 0). */
	margin: number;
}

export function verdict(cm: CompiledModel, results: Record<string, OptionResult>): Verdict {
	const { by, higherIsBetter } = cm.def.decide;
	const ranking = cm.def.options
		.map((o) => ({ optionId: o.id, value: results[o.id].outputs[by] }))
		.sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
	const [first, second] = ranking;
	return {
		ranking,
		best: first.optionId,
		runnerUp: second.optionId,
		margin: Math.abs(first.value - second.value)
	};
}

/** How far `a` is ahead of `b` on the deciding output (positive: a is better). */
export function advantage(cm: CompiledModel, evaluate: Evaluate, a: string, b: string) {
	const { by, higherIsBetter } = cm.def.decide;
	return (values: ParamValues): number => {
		const r = evaluate(values);
		const d = r[a].outputs[by] - r[b].outputs[by];
		return higherIsBetter ? d : -d;
	};
}

/** The values a tornado bar swings between: the 90 % interval where one is stated, else the full range. */
export function swing(
	p: ParamDef,
	value: number
): { low: number; high: number; basis: 'interval' | 'range' } {
	const u = p.uncertain;
	if (!u) return { low: p.min, high: p.max, basis: 'range' };
	const scale = u.dist === 'lognormal' && p.default > 0 && value > 0 ? value / p.default : null;
	const low = scale ? u.low * scale : u.low + (value - p.default);
	const high = scale ? u.high * scale : u.high + (value - p.default);
	return { low: clamp(low, p.min, p.max), high: clamp(high, p.min, p.max), basis: 'interval' };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export interface TornadoBar {
	paramId: string;
	low: number;
	high: number;
	basis: 'interval' | 'range';
	/** The advantage of the pair's first option with the parameter at low and at high. */
	atLow: number;
	atHigh: number;
}

export function tornado(
	cm: CompiledModel,
	adv: (v: ParamValues) => number,
	values: ParamValues
): TornadoBar[] {
	return cm.def.params
		.map((p) => {
			const s = swing(p, values[p.id]);
			return {
				paramId: p.id,
				...s,
				atLow: adv({ ...values, [p.id]: s.low }),
				atHigh: adv({ ...values, [p.id]: s.high })
			};
		})
		.sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
}

export interface BreakEven {
	paramId: string;
	/** The value nearest the current one at which the advantage crosses zero, or null if it never does. */
	value: number | null;
	/** All crossings found within the parameter's range, in increasing order. */
	crossings: number[];
	/** The option that is best just past `value`, when known (with several options, not always the runner-up). */
	winner?: string;
}

/**
 * Scans the parameter's whole range on a grid, then narrows each sign change by bisection. A crossing
 * narrower than one grid step can be missed; 64 steps keep that to features no model here has.
 */
export function breakEven(
	p: ParamDef,
	adv: (v: ParamValues) => number,
	values: ParamValues,
	steps = 64
): BreakEven {
	const f = (x: number) => adv({ ...values, [p.id]: x });
	const crossings: number[] = [];
	let x0 = p.min;
	let f0 = f(x0);
	let before = NaN;
	for (let k = 1; k <= steps; k++) {
		const x1 = p.min + ((p.max - p.min) * k) / steps;
		const f1 = f(x1);
		// A tie counts only where the advantage changes sign through it: options equal at the end of a
		// range, or along a stretch of it, flip nothing.
		if (f0 === 0) {
			if (before * f1 < 0) crossings.push(x0);
		} else if (Number.isFinite(f0) && Number.isFinite(f1) && f0 * f1 < 0)
			crossings.push(bisect(f, x0, x1, f0));
		before = f0;
		x0 = x1;
		f0 = f1;
	}
	const current = values[p.id];
	const nearest = crossings.reduce<number | null>(
		(best, x) => (best === null || Math.abs(x - current) < Math.abs(best - current) ? x : best),
		null
	);
	return { paramId: p.id, value: nearest, crossings };
}

function bisect(f: (x: number) => number, a: number, b: number, fa: number): number {
	const tol = Math.abs(b - a) * 1e-10;
	for (let i = 0; i < 80 && b - a > tol; i++) {
		const m = (a + b) / 2;
		const fm = f(m);
		if (fm === 0) return m;
		if (fa * fm < 0) b = m;
		else {
			a = m;
			fa = fm;
		}
	}
	return (a + b) / 2;
}

/**
 * The first period from which line a stays ahead of line b for good (a cumulative value, so this is the
 * payback or overtaking year), or null when a is not ahead at the last period.
 */
export function overtakeOf(
	a: ArrayLike<number>,
	b: ArrayLike<number>,
	higherIsBetter: boolean,
	start: number
): { period: number; year: number } | null {
	const ahead = (k: number) => (higherIsBetter ? a[k] > b[k] : a[k] < b[k]);
	let k = a.length;
	while (k > 0 && ahead(k - 1)) k--;
	if (k === a.length) return null;
	return { period: k, year: start + k };
}

/**
 * The overtaking year on the deterministic path at the central values. The page's chart draws the Monte
 * Carlo medians instead, which can cross later or never (see report.ts chartOvertake): a sentence about
 * the chart must use that one.
 */
export function overtake(cm: CompiledModel, results: Record<string, OptionResult>, a: string, b: string) {
	const { def } = cm;
	return overtakeOf(
		results[a].series[def.chart.series],
		results[b].series[def.chart.series],
		def.decide.higherIsBetter,
		def.periods.start
	);
}

export interface BreakdownRow {
	outputId: string;
	/** +1 when the part adds to the deciding output, −1 when it counts against it. */
	sign: 1 | -1;
	/** The part's signed contribution for each option. */
	byOption: Record<string, number>;
}

/** The deciding output of every option split into the parts the model declares, signed to add up. */
export function breakdown(cm: CompiledModel, results: Record<string, OptionResult>): BreakdownRow[] {
	const b = cm.def.breakdown;
	if (!b) return [];
	const row = (outputId: string, sign: 1 | -1): BreakdownRow => ({
		outputId,
		sign,
		byOption: Object.fromEntries(cm.def.options.map((o) => [o.id, sign * results[o.id].outputs[outputId]]))
	});
	return [...b.add.map((id) => row(id, 1)), ...(b.subtract ?? []).map((id) => row(id, -1))];
}
