/**
 * The waterfall's layout: each part's bar starts where the previous one ended and the last is the total;
 * the label column (beside the bars, or above each on a phone), the value column at the right, the rows,
 * the scales and every bar and connector. Pure, from plain numbers and labels.
 */
import { scaleLinear } from 'd3';
import type { Frame } from './frame';
import { spacedLines, wrapLines } from './wrap';

export interface WaterfallInput {
	width: number;
	steps: { id: string; label: string; delta: number }[];
	totalLabel: string;
	format: (v: number) => string;
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

const LINE_HEIGHT = 14;
/** About this many px a character of a label (0.78rem), and of the bold total's. */
const CHAR_PX = 7.6;
const BOLD_CHAR_PX = 8;
/** The lines a label may take beside its bar and above it: only what still does not fit is shortened. */
const MOST_LINES = { beside: 5, above: 4 };
/** Above its bar: the bar's height and the gap below it. */
const ABOVE_BAR = 26;
const ABOVE_GAP = 8;

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

function wrapAll(labels: Label[], room: number, most: number, anchor: 'start' | 'end') {
	const lines = labels.map((l) =>
		spacedLines(wrapLines(l.label, room / (l.total ? BOLD_CHAR_PX : CHAR_PX), most), anchor)
	);
	const cut = lines.filter((l, k) => l.join('') !== labels[k].label.split(/\s+/).join(' ')).length;
	return { lines, cut };
}

/** Each label above its bar, across the chart's width (the value stays in its column, beside the bar). */
function above(width: number, labels: Label[]): Rows {
	const { lines, cut } = wrapAll(labels, width - 16, MOST_LINES.above, 'start');
	const heights = lines.map((l) => 2 + LINE_HEIGHT * l.length + ABOVE_BAR + ABOVE_GAP);
	return { compact: true, left: 8, lines, heights, barHeight: ABOVE_BAR, gap: ABOVE_GAP, cut };
}

/**
 * Each label beside its bar, in a column of its own, each row as tall as its label's lines; a bar as thick
 * as a row of one line.
 */
function beside(width: number, labels: Label[]): Rows {
	const narrow = width < 480;
	const left = Math.min(250, width * 0.4);
	const { lines, cut } = wrapAll(labels, left - 12, MOST_LINES.beside, 'end');
	const row = (n: number) => Math.max(narrow ? 28 : 34, 14 + LINE_HEIGHT * n);
	const barHeight = 0.8 * row(1);
	const heights = lines.map((l) => row(l.length));
	return { compact: false, left, lines, heights, barHeight, gap: 0.25 * barHeight, cut };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function waterfallLayout({ width, steps, totalLabel, format }: WaterfallInput): WaterfallLayout {
	let at = 0;
	const parts = steps.map((s) => {
		const from = at;
		at += s.delta;
		return { ...s, from, to: at, total: false };
	});
	parts.push({ id: TOTAL_ID, label: totalLabel, delta: at, from: 0, to: at, total: true });
	// Narrow (a phone, or the printed handout's column), labels go beside their bars or above them,
	// whichever cuts fewer and then makes the chart shorter (the handout must stay one page). It depends on
	// the labels and the width alone, so the chart does not change its arrangement as a slider moves values.
	const options = width < 480 ? [beside(width, parts), above(width, parts)] : [beside(width, parts)];
	const r = options.reduce((a, b) =>
		b.cut < a.cut || (b.cut === a.cut && sum(b.heights) < sum(a.heights)) ? b : a
	);
	const margin = {
		top: 8,
		// The value column holds the longest value (about 7.8 px a character, bold for the total).
		right: Math.max(60, Math.ceil(Math.max(...parts.map((b) => format(b.delta).length)) * 8.4) + 16),
		bottom: 8,
		left: r.left
	};
	const { compact, barHeight, gap, heights } = r;
	const tops = heights.map((_, k) => margin.top + sum(heights.slice(0, k)));
	const height = margin.top + sum(heights) - gap + margin.bottom;
	const ends = parts.flatMap((b) => [b.from, b.to]);
	const x = scaleLinear()
		.domain([Math.min(0, ...ends), Math.max(0, ...ends)])
		.nice()
		.range([margin.left, width - margin.right]);
	// A bar sits under its label's lines, or centred beside them.
	const barTop = (k: number) =>
		compact ? tops[k] + 2 + LINE_HEIGHT * r.lines[k].length : tops[k] + (heights[k] - gap - barHeight) / 2;
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
				y: compact ? tops[k] + 11 + i * LINE_HEIGHT : centre + (i - (lines.length - 1) / 2) * LINE_HEIGHT
			})),
			valueY: centre,
			link: next ? { x: x(b.to), y1: top + barHeight, y2: barTop(k + 1) } : undefined
		};
	});
	return { frame: { width, height, margin, x }, compact, barHeight, bars };
}
