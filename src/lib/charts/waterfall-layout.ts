/**
 * The waterfall's layout: each part's bar starts where the previous one ended and the last is the total;
 * the label column (beside the bars, or above each on a phone), the value column at the right, the rows,
 * the scales and every bar and connector. Pure, from plain numbers and labels.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { Frame } from './frame';
import { wrapLabel } from './wrap';

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
	/** The label's lines with their baselines, and the value's baseline. */
	lines: { text: string; y: number }[];
	valueY: number;
	/** The dashed connector down to the next bar, from its end: absent for the last. */
	link?: { x: number; y1: number; y2: number };
}

export interface WaterfallLayout {
	frame: Frame;
	/** On a phone each label sits above its bar instead of beside it, so it is never cut short. */
	compact: boolean;
	barHeight: number;
	bars: WaterfallBar[];
}

const LINE_HEIGHT = 14;

export const TOTAL_ID = '__total';

export function waterfallLayout({ width, steps, totalLabel, format }: WaterfallInput): WaterfallLayout {
	// (A printed column is redrawn about 340 px wide: that keeps the side-by-side layout, which is shorter.)
	const compact = width < 335;
	let at = 0;
	const parts = steps.map((s) => {
		const from = at;
		at += s.delta;
		return { ...s, from, to: at, total: false };
	});
	parts.push({ id: TOTAL_ID, label: totalLabel, delta: at, from: 0, to: at, total: true });
	const margin = {
		top: 8,
		// The value column holds the longest value (about 7.8 px a character, bold for the total).
		right: Math.max(60, Math.ceil(Math.max(...parts.map((b) => format(b.delta).length)) * 8.4) + 16),
		bottom: 8,
		left: compact ? 8 : Math.min(250, width * 0.4)
	};
	// Beside its bar a label wraps onto two lines where it must (the total's option name is often long), and
	// only what still does not fit is shortened; about 8 px a character, the bold total's width. A narrow
	// column (the printed handout's, about 340 px) keeps one line a row, so the handout stays one page.
	const room = compact ? width - margin.right - 8 : margin.left - 12;
	const wrapped = parts.map((b) => wrapLabel(b.label, room / 8, width < 480 ? 1 : 2));
	const rowHeight = compact
		? 50
		: width < 480
			? 28
			: Math.max(34, 14 + LINE_HEIGHT * Math.max(1, ...wrapped.map((l) => l.length)));
	const labelBand = compact ? 16 : 0;
	const height = margin.top + margin.bottom + parts.length * rowHeight;
	const ends = parts.flatMap((b) => [b.from, b.to]);
	const x = scaleLinear()
		.domain([Math.min(0, ...ends), Math.max(0, ...ends)])
		.nice()
		.range([margin.left, width - margin.right]);
	const y = scaleBand<string>()
		.domain(parts.map((b) => b.id))
		.range([margin.top, height - margin.bottom])
		.paddingInner(0.2);
	const barHeight = y.bandwidth() - labelBand;
	const topOf = (id: string) => (y(id) ?? 0) + labelBand;
	const bars = parts.map((b, k): WaterfallBar => {
		const top = topOf(b.id);
		const lines = wrapped[k];
		const centre = compact ? (y(b.id) ?? 0) + 11 : top + barHeight / 2;
		const next = parts[k + 1];
		return {
			...b,
			x: x(Math.min(b.from, b.to)),
			w: Math.max(1, Math.abs(x(b.to) - x(b.from))),
			top,
			lines: lines.map((text, i) => ({
				text,
				y: compact ? centre : centre + (i - (lines.length - 1) / 2) * LINE_HEIGHT
			})),
			valueY: top + barHeight / 2,
			link: next ? { x: x(b.to), y1: top + barHeight, y2: topOf(next.id) } : undefined
		};
	});
	return { frame: { width, height, margin, x }, compact, barHeight, bars };
}
