/**
 * The profile chart's layout (each option's value across one parameter's range): box, margins, scales,
 * ticks, each line's path and where the axis stops. Pure, from plain numbers.
 */
import { repeats, type Repeat } from './coincide';
import { fittingTicks, pickTicks, type Frame } from './frame';
import { labelMargin } from './label-margin';
import { linePath } from './paths';
import { linear, log, nice, type Scale } from './scales';

export interface ProfileInput {
	width: number;
	/** Given (a slide's measured plot), the chart draws at it; otherwise its height follows the width. */
	height?: number;
	xs: number[];
	scale: 'linear' | 'log';
	/** Each option's values at `xs`; NaN or infinite where it has none. */
	lines: number[][];
	lowerIsBetter: boolean;
	formatX: (v: number) => string;
	formatY: (v: number) => string;
	/** Where the best option changes: each gets a lettered marker above the plot. */
	switches?: number[];
	/** The parameter's step: a label at a value between two steps would be rounded to one (3 4 4 5 5). */
	step?: number;
}

export interface ProfileLayout {
	frame: Frame & { y: (v: number) => number };
	xTicks: number[];
	yTicks: number[];
	paths: string[];
	/** Per line, whether it hides an earlier one where both show, and how to draw it so both show. */
	repeats: (Repeat | null)[];
	/** Each switch's marker's centre, in px: nudged apart where two would touch ("AB"), in order. */
	markers: number[];
	/** Some line runs off the top of the axis (the chart says so). */
	clipped: boolean;
}

const MARGIN = { top: 28, right: 16, bottom: 34 };

export const profileHeight = (width: number) => Math.max(240, Math.min(380, width * 0.55));

export function profileLayout(input: ProfileInput): ProfileLayout {
	const { width, xs, scale, lines, lowerIsBetter, formatX, formatY } = input;
	const height = input.height || profileHeight(width);
	// Fixed costs spread over a tiny volume dwarf everything else; the axis stops at three times the
	// dearest value of the best line, and the chart says so when a line runs off the top.
	const all = lines.flat().filter(Number.isFinite);
	const bestEach = xs.map((_, k) => Math.min(...lines.map((l) => l[k]).filter(Number.isFinite)));
	const cap = lowerIsBetter ? 3 * Math.max(...bestEach.map(Math.abs)) : Infinity;
	const top = Math.max(...all);
	const hi = Math.min(top, cap > 0 ? cap : top);
	const y = linear(nice([Math.min(0, ...all), hi]), [height - MARGIN.bottom, MARGIN.top]);
	// The y scale does not depend on the left margin, so its tick labels can size it.
	const yTicks = y.ticks(5);
	const margin = { ...MARGIN, left: labelMargin(yTicks.map(formatY)) };
	const range = [margin.left, width - margin.right] as const;
	const most = width < 480 ? 3 : 6;
	let xTicks: number[];
	let x: Scale;
	if (scale === 'log') {
		x = log([xs[0], xs[xs.length - 1]], range);
		// Only 1, 2 and 5 times a power of ten, or some of those: the most that fit, a phone's four at most
		// (uneven steps along a log axis need more labels to read than a linear one's).
		const lead = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
		const round = x.ticks().filter((t) => [1, 2, 5].includes(lead(t)));
		const sets = [[1, 2, 5], [1, 5], [1], [5], [2]]
			.map((keep) => round.filter((t) => keep.includes(lead(t))))
			.filter((s) => s.length <= most + 1)
			.sort((a, b) => b.length - a.length);
		xTicks = pickTicks(x, formatX, sets, round);
	} else {
		x = linear([xs[0], xs[xs.length - 1]], range);
		const step = input.step ?? 0;
		const onGrid = (t: number) => !(step > 0) || Math.abs(t / step - Math.round(t / step)) < 1e-6;
		xTicks = fittingTicks(x, formatX, most).filter(onGrid);
		// None left on the grid (a range of one step, say): its two ends, which are values a person can set.
		if (xTicks.length < 2) xTicks = [xs[0], xs[xs.length - 1]];
	}
	const px = xs.map((v) => x(v));
	return {
		frame: { width, height, margin, x, y },
		xTicks,
		yTicks,
		paths: lines.map((l) =>
			linePath(
				px,
				l.map((v) => y(v)),
				(k) => Number.isFinite(l[k])
			)
		),
		// Compared as drawn: above the plot a line is cut off at its top.
		repeats: repeats(
			lines.map((l) => l.map((v) => (Number.isFinite(v) ? y(v) : NaN))),
			undefined,
			margin.top - 4
		),
		markers: spread(
			(input.switches ?? []).map((v) => x(v)),
			margin.left,
			width - 4
		),
		clipped: top > cap
	};
}

/** px a marker's letter takes (bold 0.75rem capitals, generous), and the least room between two. */
const MARKER_PX = 10;
const MARKER_GAP = 4;

/**
 * Centres for letters at `px` (in order along the axis) that never touch: each pushed right of the one
 * before as far as needed, then, where that runs past `right`, back left.
 */
export function spread(px: number[], left: number, right: number): number[] {
	const step = MARKER_PX + MARKER_GAP;
	const half = MARKER_PX / 2;
	const out = px.map((p) => Math.min(right - half, Math.max(left + half, p)));
	for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + step);
	for (let i = out.length - 1; i >= 0; i--)
		out[i] = Math.min(out[i], i === out.length - 1 ? right - half : out[i + 1] - step);
	return out;
}
