/**
 * The tornado's layout at a width, as a pure function of its labels: the label column, how each label
 * wraps, and the row height (every row as tall as the most lines any label takes). The chart draws with
 * it, and the page's placeholder reserves the chart's height with it before the chart has arrived, so the
 * two cannot disagree when labels wrap. `tornadoChart` adds the scales and the bars for the chart itself.
 */
import { fittingTicks, type Frame } from './frame';
import { band as bands, linear, nice } from './scales';
import { spacedLines, wrapLines, type LabelLine } from './wrap';

/** Line height of a label, px. */
export const LINE_HEIGHT = 15;
/** About this many px a character at the label's size. */
const CHAR_PX = 7.6;
/** The bottom holds the value axis's labels, which AxisX writes 20 px under the plot. */
const MARGIN = { top: 6, right: 12, bottom: 30 };
/**
 * A label wraps onto as many lines as it needs, up to this: a shortened label ("…while others hold…")
 * hides what the assumption is, so rows grow taller rather than cut it.
 */
const MAX_LINES = 5;

export interface TornadoLayout {
	margin: { top: number; right: number; bottom: number; left: number };
	/** A label's lines, and whether each follows a space in it. */
	wrap: (label: string) => LabelLine[];
	lines: (label: string) => string[];
	rowHeight: number;
	height: number;
}

/** `rows` defaults to one per label; given, the height is for that many rows as tall as the labels' tallest. */
export function tornadoLayout(width: number, labels: readonly string[], rows = labels.length): TornadoLayout {
	// Wide, the label column may take up to 340 px, so that long labels take two lines, not three.
	const margin = { ...MARGIN, left: Math.min(340, width * 0.45) };
	const chars = (margin.left - 12) / CHAR_PX;
	const wrap = (label: string) => wrapLines(label, chars, MAX_LINES);
	const lines = (label: string) => wrap(label).map((l) => l.text);
	const most = Math.max(1, ...labels.map((l) => wrap(l).length));
	const rowHeight = Math.max(30, 16 + LINE_HEIGHT * most);
	return { margin, wrap, lines, rowHeight, height: margin.top + margin.bottom + rows * rowHeight };
}

/** About this many px a character of the sides' labels (0.78rem, as the row labels), and their gap. */
const SIDE_CHAR_PX = 7.6;
const SIDE_GAP = 16;

/**
 * The two sides' labels over the plot, "← Y ahead" at its left and "X ahead →" at its right end: on one
 * line where both fit between the plot's ends, otherwise stacked, each still on its own side.
 */
export function tornadoSides(width: number, negative: string, positive: string) {
	const { left, right } = tornadoLayout(width, []).margin;
	const text = (negative.length + positive.length + 4) * SIDE_CHAR_PX;
	return { left, right, stacked: text + SIDE_GAP > width - left - right };
}

export interface TornadoInput {
	width: number;
	/** The advantage at the current values: where every bar starts. */
	base: number;
	rows: { id: string; label: string; atLow: number; atHigh: number }[];
	/** An advantage as the axis writes it, with its unit. */
	format: (v: number) => string;
	/** The same without the unit, which the chart's title gives: where that fits more ticks. */
	bare?: (v: number) => string;
}

export interface TornadoChart {
	frame: Frame;
	/** The value axis's ticks, as many as fit, and how they are written: a bar's length reads off them. */
	ticks: number[];
	tickFormat: (v: number) => string;
	/**
	 * Each row's band (top, height), its label's lines (anchored at their end, the label's spaces kept)
	 * and their baselines, and its two bars.
	 */
	rows: {
		id: string;
		top: number;
		band: number;
		lines: { text: string; y: number }[];
		bars: { x: number; w: number; end: 'low' | 'high' }[];
	}[];
}

export function tornadoChart({ width, base, rows, format, bare }: TornadoInput): TornadoChart {
	const layout = tornadoLayout(
		width,
		rows.map((r) => r.label)
	);
	const { margin, height } = layout;
	const all = rows.flatMap((r) => [r.atLow, r.atHigh]).concat([0, base]);
	const x = linear(nice([Math.min(...all), Math.max(...all)]), [margin.left, width - margin.right]);
	const y = bands(
		rows.map((r) => r.id),
		[margin.top, height - margin.bottom],
		0.25
	);
	const band = y.bandwidth;
	// The ticks leave the unit, which the title gives, off where it would cost ticks: a length reads off
	// more of them better, and "USD +5 bn" takes four times the room of "+5" (on a phone's slide, one tick).
	const withUnit = fittingTicks(x, format, width < 480 ? 3 : 5);
	const without = bare ? fittingTicks(x, bare, 5) : withUnit;
	const [ticks, tickFormat] = bare && without.length > withUnit.length ? [without, bare] : [withUnit, format];
	return {
		frame: { width, height, margin, x },
		ticks,
		tickFormat,
		rows: rows.map((r) => {
			const top = y(r.id) ?? 0;
			const centre = top + band / 2;
			const lines = spacedLines(layout.wrap(r.label), 'end');
			return {
				id: r.id,
				top,
				band,
				lines: lines.map((text, k) => ({ text, y: centre + (k - (lines.length - 1) / 2) * LINE_HEIGHT })),
				bars: ([r.atLow, r.atHigh] as const).map((end, k) => ({
					x: x(Math.min(base, end)),
					w: Math.max(1, Math.abs(x(end) - x(base))),
					end: k === 0 ? ('low' as const) : ('high' as const)
				}))
			};
		})
	};
}
