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
 * The most ticks, up to `most`, whose labels fit side by side in `span` px with a gap between them: an
 * axis is laid out before any text can be measured (on the server), so by character count. `ticksOf` is
 * d3's `scale.ticks`, which may return a few more or fewer than asked; fewer are asked until they fit.
 */
export function fittingTicks(
	ticksOf: (count: number) => number[],
	format: (v: number) => string,
	span: number,
	most: number,
	gap = 12
): number[] {
	let ticks = ticksOf(most);
	for (let count = most; count >= 1; count--) {
		ticks = ticksOf(count);
		const widest = Math.max(0, ...ticks.map((t) => format(t).length)) * TICK_CHAR_PX;
		// Neighbouring centred labels need a label's width and a gap between their centres.
		if (ticks.length <= 1 || (ticks.length - 1) * (widest + gap) <= span) return ticks;
	}
	// Not even two fit: the ends of the domain's ticks, or only one.
	return ticks.slice(0, 1);
}

/** Structural equality of plain chart data (numbers, strings, arrays, plain objects); functions by identity. */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((v, i) => sameData(v, b[i]));
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	const rb = b as Record<string, unknown>;
	return ka.length === kb.length && ka.every((k) => k in rb && sameData((a as Record<string, unknown>)[k], rb[k]));
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
