/**
 * The waterfall's layout: each part's bar starts where the previous one ended and the last is the total;
 * the label column (beside the bars, or above each on a phone), the value column at the right, the rows,
 * the scales and every bar and connector. Pure, from plain numbers and labels.
 */
import type { Frame } from './frame';
import { linear, nice } from './scales';
import { spacedLines, wrapLines } from './wrap';

export interface WaterfallInput {
	width: number;
	steps: { id: string; label: string; delta: number }[];
	totalLabel: string;
	format: (v: number) => string;
	/** The labels' and values' size against the screen's (smaller on paper); 1 by default. */
	textScale?: number;
}

export interface WaterfallBar {
	id: string;
	label: string;
	delta: number;
	from: number;
	to: number;
	total: boolean;
	/** The bar's box. */
	x: number;
	w: number;
	top: number;
	/**
	 * The label's lines with their baselines (anchored at their end beside the bar, at their start above
	 * it, the label's spaces kept), and the value's baseline.
	 */
	lines: { text: string; y: number }[];
	valueY: number;
	/** The dashed connector down to the next bar, from its end: absent for the last. */
	link?: { x: number; y1: number; y2: number };
}

export interface WaterfallLayout {
	frame: Frame;
	/** Labels sit above their bars (a narrow chart, where that is shorter) instead of beside them. */
	compact: boolean;
	barHeight: number;
	bars: WaterfallBar[];
}

/**
 * The sizes that follow the text, px at its size on screen (0.78rem): a line, a character of a label and
 * of the bold total or a value, the bars and rows around them. On paper they shrink with the text.
 */
const TEXT = {
	line: 14,
	/** Between a label above its bar and the bar. */
	pad: 2,
	char: 7.6,
	bold: 8,
	value: 8.4,
	baseline: 11,
	aboveBar: 26,
	aboveGap: 8,
	row: 28,
	wideRow: 34
};
type Text = typeof TEXT;
/** The lines a label may take beside its bar and above it: only what still does not fit is shortened. */
const MOST_LINES = { beside: 5, above: 4 };

export const TOTAL_ID = '__total';

interface Rows {
	compact: boolean;
	left: number;
	/** Each label's lines, the label's spaces kept on the side away from their anchor. */
	lines: string[][];
	/** Each row's height: its bar (and the label above it) and the gap below. */
	heights: number[];
	barHeight: number;
	gap: number;
	/** Labels that do not fit in the lines allowed, shortened. */
	cut: number;
}

type Label = { label: string; total: boolean };

function wrapAll(t: Text, labels: Label[], room: number, most: number, anchor: 'start' | 'end') {
	const lines = labels.map((l) =>
		spacedLines(wrapLines(l.label, room / (l.total ? t.bold : t.char), most), anchor)
	);
	const cut = lines.filter((l, k) => l.join('') !== labels[k].label.split(/\s+/).join(' ')).length;
	return { lines, cut };
}

/** Each label above its bar, across the chart's width (the value stays in its column, beside the bar). */
function above(t: Text, width: number, labels: Label[]): Rows {
	const { lines, cut } = wrapAll(t, labels, width - 16, MOST_LINES.above, 'start');
	const heights = lines.map((l) => t.pad + t.line * l.length + t.aboveBar + t.aboveGap);
	return { compact: true, left: 8, lines, heights, barHeight: t.aboveBar, gap: t.aboveGap, cut };
}

/**
 * Each label beside its bar, in a column of its own, each row as tall as its label's lines; a bar as thick
 * as a row of one line.
 */
function beside(t: Text, width: number, labels: Label[]): Rows {
	// Wide, the label column may take up to 320 px, so that long labels take two lines, not three.
	const left = Math.min(320, width * 0.4);
	const { lines, cut } = wrapAll(t, labels, left - 12, MOST_LINES.beside, 'end');
	// A line's height of room around the label's lines.
	const row = (n: number) => Math.max(width < 480 ? t.row : t.wideRow, t.line * (n + 1));
	const barHeight = 0.8 * row(1);
	const heights = lines.map((l) => row(l.length));
	return { compact: false, left, lines, heights, barHeight, gap: 0.25 * barHeight, cut };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function waterfallLayout(input: WaterfallInput): WaterfallLayout {
	const { width, steps, totalLabel, format, textScale = 1 } = input;
	const t = Object.fromEntries(Object.entries(TEXT).map(([k, v]) => [k, v * textScale])) as Text;
	let at = 0;
	const parts = steps.map((s) => {
		const from = at;
		at += s.delta;
		return { ...s, from, to: at, total: false };
	});
	parts.push({ id: TOTAL_ID, label: totalLabel, delta: at, from: 0, to: at, total: true });
	// Narrow (a phone, or the printed handout's column), labels go beside their bars or above them,
	// whichever cuts fewer and then makes the chart shorter (the handout must stay one page). Labels and
	// width decide, not values: a slider changes it only where it changes the leader, and the total's label.
	const options = width < 480 ? [beside(t, width, parts), above(t, width, parts)] : [beside(t, width, parts)];
	const r = options.reduce((a, b) =>
		b.cut < a.cut || (b.cut === a.cut && sum(b.heights) < sum(a.heights)) ? b : a
	);
	const margin = {
		top: 8,
		// The value column holds the longest value (bold for the total).
		right: Math.max(
			60 * textScale,
			Math.ceil(Math.max(...parts.map((b) => format(b.delta).length)) * t.value) + 16
		),
		bottom: 8,
		left: r.left
	};
	const { compact, barHeight, gap, heights } = r;
	const tops = heights.map((_, k) => margin.top + sum(heights.slice(0, k)));
	const height = margin.top + sum(heights) - gap + margin.bottom;
	const ends = parts.flatMap((b) => [b.from, b.to]);
	const x = linear(nice([Math.min(0, ...ends), Math.max(0, ...ends)]), [margin.left, width - margin.right]);
	// A bar sits under its label's lines, or centred beside them.
	const barTop = (k: number) =>
		compact ? tops[k] + heights[k] - gap - barHeight : tops[k] + (heights[k] - gap - barHeight) / 2;
	const bars = parts.map((b, k): WaterfallBar => {
		const top = barTop(k);
		const lines = r.lines[k];
		const centre = top + barHeight / 2;
		const next = parts[k + 1];
		return {
			...b,
			x: x(Math.min(b.from, b.to)),
			w: Math.max(1, Math.abs(x(b.to) - x(b.from))),
			top,
			lines: lines.map((text, i) => ({
				text,
				y: compact ? tops[k] + t.baseline + i * t.line : centre + (i - (lines.length - 1) / 2) * t.line
			})),
			valueY: centre,
			link: next ? { x: x(b.to), y1: top + barHeight, y2: barTop(k + 1) } : undefined
		};
	});
	return { frame: { width, height, margin, x }, compact, barHeight, bars };
}
