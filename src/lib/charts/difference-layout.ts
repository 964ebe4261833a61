/**
 * The difference histogram's layout: box, margins, scales, the axis's ticks (as many as fit), the bars,
 * and where the two shares sit. Pure, from plain numbers.
 */
import { fittingTicks, type Frame } from './frame';
import { linear, nice } from './scales';

/** Bins of a sample (as the engine's histogram gives them, but any such shape will do). */
export interface Bins {
	/** bins + 1 edges, increasing. */
	edges: number[];
	/** Share of all samples in each bin. */
	shares: number[];
	/** Share of samples beyond the axis at each end, counted in the end bins. */
	tails: [number, number];
}

export interface DifferenceInput {
	width: number;
	bins: Bins;
	/** The two shares as the chart writes them at its top corners, arrows aside. */
	aheadText: string;
	behindText: string;
	format: (v: number) => string;
}

export interface Bar {
	x: number;
	w: number;
	y: number;
	share: number;
	/** The bin's edges and middle, in the value's unit. */
	a: number;
	b: number;
	mid: number;
}

export interface DifferenceLayout {
	frame: Frame & { y: (v: number) => number };
	bars: Bar[];
	ticks: number[];
	/** The baseline of each share's label: the left one goes a line higher where the two would meet. */
	aheadY: number;
	behindY: number;
}

/** About 7.8 px a character of the shares' bold 0.85rem, plus the arrows and a gap. */
const SHARE_CHAR_PX = 7.8;

export const differenceHeight = (width: number) => Math.max(200, Math.min(300, width * 0.42));

export function differenceLayout({
	width,
	bins,
	aheadText,
	behindText,
	format
}: DifferenceInput): DifferenceLayout {
	const height = differenceHeight(width);
	const stacked = (aheadText.length + behindText.length + 4) * SHARE_CHAR_PX + 24 > width - 80;
	const margin = { top: stacked ? 46 : 28, right: 40, bottom: 34, left: 40 };
	const { edges, shares } = bins;
	const x = linear(nice([Math.min(0, edges[0]), Math.max(0, edges[edges.length - 1])]), [
		margin.left,
		width - margin.right
	]);
	const y = linear([0, Math.max(...shares)], [height - margin.bottom, margin.top]);
	const bars = shares.map((share, k) => {
		const [a, b] = [edges[k], edges[k + 1]];
		return { x: x(a), w: Math.max(1, x(b) - x(a) - 1), y: y(share), share, a, b, mid: (a + b) / 2 };
	});
	const ticks = fittingTicks(x, format, width < 480 ? 3 : 5);
	return {
		frame: { width, height, margin, x, y },
		bars,
		ticks,
		aheadY: margin.top - 12,
		behindY: margin.top - (stacked ? 30 : 12)
	};
}
