/**
 * What makes a slide fit a projector. The smallest text on a slide is one 45th of the screen's height:
 * 24 px at 1080 lines, 16 px at 720. Projected, a 720-line image is as large on the wall as a 1080-line
 * one, so the same share of the height reads the same from the back of the room. On a screen narrower
 * than 16:9 the width caps it (one 80th), and nothing goes below 16 px (a laptop, a phone).
 * `--slide-min` in app.css is the same rule in CSS; this is it for what CSS cannot do (a chart's zoom).
 */

/** The smallest text is the screen's height divided by this. */
export const HEIGHTS_PER_MIN_TEXT = 45;
/** …and at most its width divided by this (16:9 gives the same size both ways). */
export const WIDTHS_PER_MIN_TEXT = 80;
export const MIN_TEXT_FLOOR_PX = 16;

/** The smallest text size allowed on a slide, in CSS px, for a viewport of `width` × `height`. */
export function minTextPx(width: number, height: number): number {
	return Math.max(MIN_TEXT_FLOOR_PX, Math.min(height / HEIGHTS_PER_MIN_TEXT, width / WIDTHS_PER_MIN_TEXT));
}

/** The smallest text a chart draws (its axis ticks), in rem: see src/lib/charts/*.svelte. */
export const CHART_SMALLEST_REM = 0.75;

/**
 * The zoom that draws a chart's smallest text at `minPx`. Charts lay their labels out in CSS px at their
 * own sizes; zoomed as a whole, their label fitting still holds, and they are laid out at the narrower
 * width the zoom leaves them. Never below 1: a chart is not drawn smaller than on the decision page.
 */
export function chartZoom(minPx: number, remPx: number): number {
	return Math.max(1, minPx / (CHART_SMALLEST_REM * remPx));
}

/**
 * How many items of a list, from the first, fit in `height`: `bottoms` are the items' bottom edges, from
 * the list's top, in order. All of them when the last fits; otherwise as many as fit above the line that
 * says how many more there are (`moreHeight`), and never fewer than `least`, which a slide must show
 * whatever the screen.
 */
export function fitCount(bottoms: readonly number[], height: number, moreHeight: number, least = 1): number {
	const total = bottoms.length;
	if (total === 0 || bottoms[total - 1] <= height) return total;
	let n = 0;
	while (n < total && bottoms[n] <= height - moreHeight) n++;
	return Math.min(total, Math.max(least, n));
}

/**
 * The largest scale in [1, `most`] at which `fits` holds, to `steps` halvings: a sparse slide's type
 * grows to fill the screen. `fits` must hold less as the scale grows; 1 is returned when nothing larger
 * fits (or when 1 itself does not, which is the slide's own layout to answer for).
 */
export function largestFitting(fits: (scale: number) => boolean, most: number, steps = 7): number {
	if (most <= 1 || fits(most)) return Math.max(1, most);
	let lo = 1;
	let hi = most;
	for (let i = 0; i < steps; i++) {
		const mid = (lo + hi) / 2;
		if (fits(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}
