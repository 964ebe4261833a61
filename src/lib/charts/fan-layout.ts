/**
 * The fan chart's layout: box, margins, scales, ticks and each option's paths, from plain numbers. The
 * y scale does not depend on the left margin, so its tick labels can size it.
 */
import { ticksFit, type Frame } from './frame';
import { repeats, type Repeat } from './coincide';
import { labelMargin } from './label-margin';
import { bandPath, linePath } from './paths';
import { linear, nice, type Scale } from './scales';

/** One period's quantiles of an option's outcome. */
export interface Quantiles {
	p05: number;
	p25: number;
	p50: number;
	p75: number;
	p95: number;
}

export interface FanInput {
	width: number;
	/** Given (a slide's measured plot), the chart draws at it; otherwise its height follows the width. */
	height?: number;
	periods: number[];
	paths: Quantiles[][];
	/** A y range shared with other charts (small multiples); otherwise the data's own, with 0. */
	domain?: [number, number];
	format: (v: number) => string;
}

export interface FanLayout {
	frame: Frame & { y: (v: number) => number };
	yTicks: number[];
	xTicks: number[];
	/** Per path, in order: the 90 % band, the 50 % band and the median line. */
	paths: { outer: string; inner: string; median: string }[];
	/** Per path, whether its median hides an earlier one's, and how to draw it so both show. */
	repeats: (Repeat | null)[];
}

const MARGIN = { top: 16, right: 16, bottom: 32 };

export const fanHeight = (width: number) => Math.max(240, Math.min(380, width * 0.55));

export function fanLayout({ width, height: given, periods, paths, domain, format }: FanInput): FanLayout {
	const height = given || fanHeight(width);
	const all = paths.flatMap((p) => p.flatMap((q) => [q.p05, q.p95]));
	const [lo, hi] = domain ?? [Math.min(0, ...all), Math.max(0, ...all)];
	const y = linear(nice([lo, hi]), [height - MARGIN.bottom, MARGIN.top]);
	const yTicks = y.ticks(5);
	const margin = { ...MARGIN, left: labelMargin(yTicks.map(format)) };
	const x = linear([periods[0], periods[periods.length - 1]], [margin.left, width - margin.right]);
	const xTicks = yearTicks(periods, x, width < 480 ? 4 : 6);
	const ys = (p: Quantiles[], q: keyof Quantiles) => p.map((d) => y(d[q]));
	return {
		frame: { width, height, margin, x, y },
		yTicks,
		xTicks,
		paths: paths.map((p) => {
			const xs = p.map((_, i) => x(periods[i]));
			return {
				outer: bandPath(xs, ys(p, 'p05'), ys(p, 'p95')),
				inner: bandPath(xs, ys(p, 'p25'), ys(p, 'p75')),
				median: linePath(xs, ys(p, 'p50'))
			};
		}),
		repeats: repeats(paths.map((p) => ys(p, 'p50')))
	};
}

/**
 * Every `step`-th year counted back from the last, the smallest step giving at most `most` labels that do
 * not touch: the text speaks of the last year ("by 2033"), so the axis always labels it.
 */
export function yearTicks(periods: number[], x: Scale, most: number): number[] {
	const last = periods.length - 1;
	for (let step = 1; step <= last; step++) {
		const ticks = periods.filter((_, i) => (last - i) % step === 0);
		if (ticks.length <= most && ticksFit(x, String, ticks, 10, false)) return ticks;
	}
	return periods.slice(last);
}
