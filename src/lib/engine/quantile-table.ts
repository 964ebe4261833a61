/**
 * A quantile table: a distribution given by its values at a fixed grid of probabilities, interpolated
 * linearly between them (so its density is flat between neighbouring values). It is how the engine draws
 * a room's pooled belief, which no family can express, and how a link carries it.
 *
 * The grid is TABLE_POINTS probabilities 0, 1/40, …, 1. The inner values are the pool's quantiles at those
 * probabilities; the two ends, which would be the ends of the pool's support (a slider's min and max for a
 * normal), are its 0.1 % and 99.9 % quantiles instead, so a far bound does not smear the outer 2.5 % over
 * the whole range. Between grid points the table's CDF stays within one grid step (2.5 percentage points)
 * of the pool's, whatever the pool's shape: both pass through the same points and both are monotone.
 *
 * Values are rounded to a quantum the parameter's step justifies (tableQuantum), so the table a link
 * carries is the table the room ran: the room must run the rounded table, never the pool itself.
 *
 * Sampling is by inversion of the cached uniforms, like every other kind, so a run is reproducible from
 * its seed.
 */
import type { Drawable } from './distributions';
import type { Belief } from './belief-fit';
import type { ParamDef } from './types';

/** Values of a table at TABLE_PROBS, non-decreasing. */
export type QuantileTable = readonly number[];

/** The room's beliefs by parameter id: each replaces the parameter's sourced distribution in a run. */
export type Beliefs = Readonly<Record<string, QuantileTable>>;

export const TABLE_POINTS = 41;
const SEGMENTS = TABLE_POINTS - 1;
export const TABLE_PROBS: readonly number[] = Array.from({ length: TABLE_POINTS }, (_, k) => k / SEGMENTS);
/** The pool's quantiles that stand for the table's ends. */
export const TABLE_TAIL = 0.001;

/** The probability whose pool quantile is the table's k-th value. */
export const tableSource = (k: number): number =>
	k === 0 ? TABLE_TAIL : k === SEGMENTS ? 1 - TABLE_TAIL : k / SEGMENTS;

/**
 * The power of ten a table of `param` is rounded to, as a count of decimal places (negative for tens,
 * hundreds, …): a tenth of its step's order of magnitude, so a table point is never coarser than a tenth of
 * a slider step, and the link spends no digits the slider could not show.
 */
export function tablePlaces(param: Pick<ParamDef, 'step' | 'min' | 'max'>): number {
	const step = param.step > 0 && Number.isFinite(param.step) ? param.step : (param.max - param.min) / 100;
	if (!(step > 0 && Number.isFinite(step))) return 6;
	return Math.min(12, 1 - Math.floor(Math.log10(step) + 1e-9));
}

/** x rounded to `places` decimals (negative: to tens, hundreds, …), without float noise or −0. */
export function roundPlaces(x: number, places: number): number {
	if (places >= 0) return Number(x.toFixed(places)) + 0;
	const unit = 10 ** -places;
	return Math.round(x / unit) * unit + 0;
}

/**
 * Values rounded as a link writes them and kept within the parameter's range. Rounding and clamping are
 * both monotone, so a table stays non-decreasing; the running maximum only guards against values given
 * out of order. Applying it twice changes nothing.
 */
export function quantise(values: readonly number[], param: Pick<ParamDef, 'step' | 'min' | 'max'>): number[] {
	const places = tablePlaces(param);
	const out: number[] = [];
	for (const x of values) {
		const kept = Math.min(param.max, Math.max(param.min, roundPlaces(x, places)));
		out.push(out.length ? Math.max(out[out.length - 1], kept) : kept);
	}
	return out;
}

/** The table of `belief` (usually a pool) for `param`, rounded and kept within its min…max. */
export function tableOf(belief: Belief, param: Pick<ParamDef, 'step' | 'min' | 'max'>): QuantileTable {
	return quantise(
		Array.from({ length: TABLE_POINTS }, (_, k) => belief.quantile(tableSource(k))),
		param
	);
}

/** Why `values` is not a table (a sentence), or null when it is one. */
export function tableProblem(values: readonly unknown[]): string | null {
	if (values.length !== TABLE_POINTS) {
		return `a room’s belief has ${TABLE_POINTS} values, this one has ${values.length}`;
	}
	for (let k = 0; k < values.length; k++) {
		const x = values[k];
		if (typeof x !== 'number' || !Number.isFinite(x))
			return `value ${k + 1} of the room’s belief is not a number`;
		if (k > 0 && x < (values[k - 1] as number)) {
			return `the room’s belief must not decrease, but value ${k + 1} is below value ${k}`;
		}
	}
	return null;
}

/** A quantile table as a distribution: what drawInto draws, and the mean. */
export interface TableDistribution extends Drawable {
	kind: 'table';
	mean: number;
}

/** The table as a distribution the engine draws (drawInto) like any fitted family. */
export function tableDistribution(values: QuantileTable): TableDistribution {
	const problem = tableProblem(values);
	if (problem) throw new RangeError(`Not a quantile table: ${problem}.`);
	const v = Float64Array.from(values);
	const quantile = (p: number) => {
		if (!(p > 0)) return v[0];
		if (!(p < 1)) return v[SEGMENTS];
		const k = p * SEGMENTS;
		const i = Math.min(SEGMENTS - 1, Math.floor(k));
		return v[i] + (k - i) * (v[i + 1] - v[i]);
	};
	const cdf = (x: number) => {
		if (x < v[0]) return 0;
		if (x >= v[SEGMENTS]) return 1;
		// The last i with v[i] ≤ x; then v[i + 1] > x, so the segment has width and the CDF is right-continuous
		// across runs of equal values (the point masses a table of a point-mass pool holds).
		let a = 0;
		let b = SEGMENTS;
		while (b - a > 1) {
			const m = (a + b) >> 1;
			if (v[m] <= x) a = m;
			else b = m;
		}
		return (a + (x - v[a]) / (v[a + 1] - v[a])) / SEGMENTS;
	};
	let sum = 0;
	for (let i = 0; i < SEGMENTS; i++) sum += 0.5 * v[i] + 0.5 * v[i + 1];
	return Object.freeze({ kind: 'table' as const, quantile, cdf, mean: sum / SEGMENTS });
}

/** The table as a Belief, for summaries and charts that read the room's pooled numbers from it. */
export function tableBelief(values: QuantileTable): Belief {
	const d = tableDistribution(values);
	return { cdf: d.cdf, quantile: d.quantile, lo: values[0], hi: values[SEGMENTS] };
}

/**
 * The table's density as a step function: one flat piece per segment of nonzero width, each holding
 * 1/40 of the probability. Segments of zero width (point masses) are left out, with their mass counted
 * in `pointMass`, so a chart can say so instead of drawing an infinite spike.
 */
export function tableDensity(values: QuantileTable): {
	pieces: { x0: number; x1: number; density: number }[];
	pointMass: number;
} {
	const pieces: { x0: number; x1: number; density: number }[] = [];
	let pointMass = 0;
	for (let i = 0; i < SEGMENTS; i++) {
		const width = values[i + 1] - values[i];
		if (width > 0) pieces.push({ x0: values[i], x1: values[i + 1], density: 1 / SEGMENTS / width });
		else pointMass += 1 / SEGMENTS;
	}
	return { pieces, pointMass };
}
