/**
 * Where RoomEstimates.svelte puts things, as pure functions the chart draws with and tests can read: the
 * x domain that holds every mark, the lanes that keep answers' ranges from overlapping, and which side of
 * its rule each label goes so that two close rules do not print over each other.
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
 * The anchor of each rule's label, `room` pixels wide: 'end' (label to the left of its line) for the
 * leftmost of two rules closer than `room`, 'start' otherwise; and whatever keeps it inside [left, right]
 * when only one side has room.
 */
export function ruleAnchors(
	xs: readonly number[],
	room: number,
	left: number,
	right: number
): ('start' | 'end')[] {
	return xs.map((x, i) => {
		if (x + room > right) return 'end';
		if (x - room < left) return 'start';
		const other = xs.find((y, j) => j !== i && Math.abs(y - x) < room);
		return other !== undefined && x < other ? 'end' : 'start';
	});
}
