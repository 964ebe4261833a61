/**
 * Where RoomEstimates.svelte puts things, as pure functions the chart draws with and tests can read: the
 * x domain that holds every mark, the lanes that keep answers' ranges from overlapping, and where a rule's
 * label goes so that it stays whole inside the chart.
 */
import type { QuantileTable } from '$lib/engine/quantile-table';
import type { FittedAnswer } from './summary';

/** The smallest interval holding every answer's best guess and range, the pool's table, and the rules. */
export function estimatesDomain(
	answers: readonly FittedAnswer[],
	table: QuantileTable | null,
	rules: readonly number[],
	bounds: { min: number; max: number }
): [number, number] {
	const xs = [
		...answers.flatMap((a) => [a.best, a.low ?? a.best, a.high ?? a.best]),
		...(table ? [table[0], table[table.length - 1]] : []),
		...rules
	].filter(Number.isFinite);
	if (xs.length === 0) return [bounds.min, bounds.max];
	let lo = Math.min(...xs);
	let hi = Math.max(...xs);
	if (lo === hi) {
		const pad = Math.abs(lo) * 0.1 || (bounds.max - bounds.min) * 0.05 || 1;
		lo -= pad;
		hi += pad;
	}
	const pad = (hi - lo) * 0.04;
	return [Math.max(bounds.min, lo - pad), Math.min(bounds.max, hi + pad)];
}

/** Lanes of answers a chart draws at most: past them, ranges share a lane (assignLanes). */
export const MAX_LANES = 12;

/**
 * A lane for each answer, in the order given: answers sorted by best guess are dealt to the lowest lane
 * whose last range ends (in pixels) before this one starts, so ranges that overlap go to different lanes
 * and the picture stays as compact as the answers allow. Returns the lane of each answer and the count.
 */
export function assignLanes(
	spans: readonly { from: number; to: number }[],
	gap: number,
	maxLanes: number
): { lanes: number[]; count: number } {
	const order = spans.map((_, i) => i).sort((a, b) => spans[a].from - spans[b].from || a - b);
	const ends: number[] = [];
	const lanes = new Array<number>(spans.length).fill(0);
	for (const i of order) {
		let lane = ends.findIndex((end) => end + gap <= spans[i].from);
		if (lane < 0) {
			// Past the lane limit, the lane that frees up first takes it (ranges then overlap there).
			lane = ends.length < maxLanes ? ends.length : ends.indexOf(Math.min(...ends));
		}
		ends[lane] = Math.max(ends[lane] ?? -Infinity, spans[i].to);
		lanes[i] = lane;
	}
	return { lanes, count: Math.max(1, ends.length) };
}

/**
 * Where a rule's label goes: to the right of its line when it fits before `right`, else to the left when
 * it fits after `left`, else as far right as keeps it whole (a narrow chart with a long label). A label
 * `toLeft` (its rule has another just to its right, which the label would cross) tries the left first.
 * `width` is the label's estimated width in pixels. Returns the label's left edge.
 */
export function ruleLabelX(
	x: number,
	width: number,
	gap: number,
	left: number,
	right: number,
	toLeft = false
): number {
	const fitsRight = x + gap + width <= right;
	const fitsLeft = x - gap - width >= left;
	if (fitsLeft && (toLeft || !fitsRight)) return x - gap - width;
	if (fitsRight) return x + gap;
	return Math.max(left, right - width);
}

/** A label's width in pixels, estimated at 0.6 em a character (the UI font's digits and lower case). */
export const labelWidth = (text: string, font: number): number => text.length * font * 0.6;
