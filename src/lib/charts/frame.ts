/**
 * The chart frame, after Layer Cake: a chart's layout (a pure function in its own `*-layout.ts`) computes
 * the box, the margins and the scales once; `ChartFrame.svelte` hands them through context to marks that
 * only draw. Everything here is plain TypeScript, so layouts are tested without a DOM.
 */

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A position scale: a value to a pixel (d3's continuous scales are this, and more). */
export type Position = (v: number) => number;

/** What every mark can read: the svg's size, its margins, and the scales of the plot area. */
export interface Frame {
	width: number;
	height: number;
	margin: Margin;
	x: Position;
	/** Absent where the rows are a band (tornado, waterfall), which their layouts carry themselves. */
	y?: Position;
}

/** The plot area's edges in px: where marks may draw. */
export function plotBox(f: Pick<Frame, 'width' | 'height' | 'margin'>) {
	return {
		left: f.margin.left,
		right: f.width - f.margin.right,
		top: f.margin.top,
		bottom: f.height - f.margin.bottom
	};
}

/** A label at an end of the x axis leans inwards so it is never cut off; elsewhere it is centred. */
export function edgeAnchor(px: number, left: number, right: number, room = 30): 'start' | 'middle' | 'end' {
	return px < left + room ? 'start' : px > right - room ? 'end' : 'middle';
}

/** About this many px a character of an axis label (0.75rem, tabular digits; generous, as labelMargin). */
export const TICK_CHAR_PX = 7.4;

/**
 * The most ticks, up to `most`, whose labels do not touch: neighbours' centres at least half of each
 * label's width apart, plus a gap. An axis is laid out before any text can be measured (on the server), so
 * by character count. `scale.ticks` may return a few more or fewer than asked; fewer are asked until they fit.
 */
export function fittingTicks(
	scale: { (v: number): number; ticks(count: number): number[] },
	format: (v: number) => string,
	most: number,
	gap = 10
): number[] {
	const fits = (ticks: number[]) =>
		ticks.every((t, i) => {
			if (i === 0) return true;
			const room = ((format(t).length + format(ticks[i - 1]).length) / 2) * TICK_CHAR_PX + gap;
			return Math.abs(scale(t) - scale(ticks[i - 1])) >= room;
		});
	for (let count = most; count > 1; count--) {
		const ticks = scale.ticks(count);
		if (fits(ticks)) return ticks;
	}
	// Not even d3's fewest fit: keep its first and last, the ends of the axis, which lean inwards.
	const fewest = scale.ticks(1);
	return fewest.length > 2 ? [fewest[0], fewest[fewest.length - 1]] : fewest;
}

/** Values a formatter is tried on: signs, zero, fractions and magnitudes from shares to billions. */
const PROBES = [-1234.5678, -1, -0.05, 0, 0.00123, 0.5, 1, 7, 42.42, 1999, 25000, 3.2e6, 7.5e9];

/**
 * Two formatters are the same when they are one function, or the same code printing the same for every
 * probe: a page passes `format={(v) => formatSigned(v, unit)}`, a new closure at every read, and a closure
 * over another unit prints differently.
 */
function sameFormatter(f: (v: number) => unknown, g: (v: number) => unknown): boolean {
	return String(f) === String(g) && PROBES.every((v) => Object.is(f(v), g(v)));
}

/** Structural equality of plain chart data (numbers, strings, arrays, plain objects) and formatters. */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a === 'function' && typeof b === 'function') return sameFormatter(a as never, b as never);
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((v, i) => sameData(v, b[i]));
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	const rb = b as Record<string, unknown>;
	return (
		ka.length === kb.length && ka.every((k) => k in rb && sameData((a as Record<string, unknown>)[k], rb[k]))
	);
}

/**
 * A layout function that hands back its previous result when called with equal inputs. A page re-renders
 * a chart's props as new arrays (a new report, a panel opened) even when their values are the same; the
 * same layout object then stops Svelte there, and the chart does not redraw.
 */
export function keepSame<I, L>(layout: (input: I) => L): (input: I) => L {
	let last: { input: I; out: L } | undefined;
	return (input) => {
		if (last && sameData(last.input, input)) return last.out;
		last = { input, out: layout(input) };
		return last.out;
	};
}
