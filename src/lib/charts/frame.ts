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

/** A scale with round values along it; its range is its domain's ends mapped. */
type TickScale = {
	(v: number): number;
	readonly domain: readonly [number, number];
	ticks(count: number): number[];
};

/**
 * Where each tick's label reaches, left to right in px, estimated by character count (an axis is laid out
 * before any text can be measured, on the server). Labels at an end lean inwards when `lean`, as AxisX
 * draws them: such a label reaches its whole width inwards, not half.
 */
export function tickExtents(scale: TickScale, format: (v: number) => string, ticks: number[], lean = true) {
	const ends = scale.domain.map((v) => scale(v));
	const [left, right] = [Math.min(...ends), Math.max(...ends)];
	return ticks.map((t) => {
		const px = scale(t);
		const w = format(t).length * TICK_CHAR_PX;
		const anchor = lean ? edgeAnchor(px, left, right) : 'middle';
		const from = anchor === 'start' ? px : anchor === 'end' ? px - w : px - w / 2;
		return [from, from + w] as [number, number];
	});
}

/** No two neighbouring labels come closer than `gap` px. */
export function ticksFit(
	scale: TickScale,
	format: (v: number) => string,
	ticks: number[],
	gap = 10,
	lean = true
) {
	const ext = tickExtents(scale, format, ticks, lean);
	return ext.every(([from], i) => i === 0 || from - ext[i - 1][1] >= gap);
}

/**
 * The first of `candidates` (most ticks first) with at least two ticks whose labels do not touch. When
 * none fits, the two furthest apart values of `pool` that do, so a reader can still read positions off
 * the axis; one label only when not even two fit.
 */
export function pickTicks(
	scale: TickScale,
	format: (v: number) => string,
	candidates: number[][],
	pool = candidates.flat(),
	gap = 10
): number[] {
	const fits = (ticks: number[]) => ticksFit(scale, format, ticks, gap);
	const found = candidates.find((c) => c.length >= 2 && fits(c));
	if (found) return found;
	const all = [...new Set(pool)].sort((a, b) => scale(a) - scale(b));
	for (let span = all.length - 1; span > 0; span--)
		for (let i = 0; i + span < all.length; i++)
			if (fits([all[i], all[i + span]])) return [all[i], all[i + span]];
	return all.slice(0, 1);
}

/**
 * The most ticks, up to about `most` (`scale.ticks` may return a few more or fewer than asked), whose
 * labels do not touch: fewer are asked until they fit, and at least two are kept (see `pickTicks`).
 */
export function fittingTicks(
	scale: TickScale,
	format: (v: number) => string,
	most: number,
	gap = 10
): number[] {
	const candidates = Array.from({ length: most }, (_, k) => scale.ticks(most - k));
	return pickTicks(scale, format, candidates, [...candidates.flat(), ...scale.ticks(most * 2)], gap);
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
