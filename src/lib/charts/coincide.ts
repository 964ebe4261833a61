/**
 * Lines drawn over each other: a line that stays within a few px of a line drawn before it, along all of
 * its length, hides it, and a legend colour then has no line. Such a line is drawn dashed over the other,
 * each line of a group in its own slot of the dash pattern, so every colour shows; the chart names the
 * line it repeats.
 */

/** How a line that repeats an earlier one is drawn, and which line that is (the first of its group). */
export interface Repeat {
	of: number;
	dasharray: string;
	dashoffset: number;
}

/** px of a dash: long enough to show its colour, short enough that every line of a group shows often. */
const DASH = 8;

/**
 * For each line (pixel ys at shared xs, NaN where it is not drawn), null when it shows by itself, or how
 * to draw it. Within a stroke's width (2.5 px) the earlier line shows as a sliver at most. Straight
 * segments over the same xs are furthest apart at a point, so the points decide.
 */
export function repeats(lines: number[][], within = 2.5, top = -Infinity): (Repeat | null)[] {
	const root: number[] = lines.map((_, k) => k);
	// A point above `top` is cut off at it: two lines both cut off there are not compared (both off the
	// chart, one may be twice the other), and only the points where one at least shows count.
	const off = (v: number) => Number.isNaN(v) || v < top;
	const same = (a: number[], b: number[]) => {
		let shared = 0;
		for (let i = 0; i < a.length; i++) {
			if (off(a[i]) && off(b[i])) continue;
			if (!(Math.abs(Math.max(top, a[i]) - Math.max(top, b[i])) <= within)) return false;
			shared++;
		}
		return shared > 0;
	};
	lines.forEach((l, k) => {
		const j = lines.slice(0, k).findIndex((m) => same(l, m));
		if (j >= 0) root[k] = root[j];
	});
	return lines.map((_, k) => {
		if (root[k] === k) return null;
		const group = root.flatMap((r, i) => (r === root[k] ? [i] : []));
		const slot = group.indexOf(k);
		return { of: root[k], dasharray: `${DASH} ${DASH * (group.length - 1)}`, dashoffset: -DASH * slot };
	});
}
