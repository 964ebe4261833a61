/**
 * The tornado's layout at a width, as a pure function of its labels: the label column, how each label
 * wraps, and the row height (every row as tall as the most lines any label takes). The chart draws with
 * it, and the page's placeholder reserves the chart's height with it before the chart has arrived, so the
 * two cannot disagree when labels wrap.
 */
import { wrapLabel } from './wrap';

/** Line height of a label, px. */
export const LINE_HEIGHT = 15;
/** About this many px a character at the label's size. */
const CHAR_PX = 7.6;
const MARGIN = { top: 6, right: 12, bottom: 8 };

export interface TornadoLayout {
	margin: { top: number; right: number; bottom: number; left: number };
	lines: (label: string) => string[];
	rowHeight: number;
	height: number;
}

/** `rows` defaults to one per label; given, the height is for that many rows as tall as the labels' tallest. */
export function tornadoLayout(width: number, labels: readonly string[], rows = labels.length): TornadoLayout {
	const margin = { ...MARGIN, left: Math.min(280, width * 0.45) };
	const chars = (margin.left - 12) / CHAR_PX;
	const maxLines = width < 480 ? 3 : 2;
	const lines = (label: string) => wrapLabel(label, chars, maxLines);
	const most = Math.max(1, ...labels.map((l) => lines(l).length));
	const rowHeight = Math.max(30, 16 + LINE_HEIGHT * most);
	return { margin, lines, rowHeight, height: margin.top + margin.bottom + rows * rowHeight };
}
