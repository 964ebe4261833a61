/**
 * SVG paths for straight-segment lines and bands, written as d3-shape's `line()` and `area()` write them
 * with the linear curve (coordinates rounded to 3 decimals, "M x,y L x,y …", a band's lower edge walked
 * back and closed with "Z"). The two charts that draw curves need nothing more of d3-shape and d3-path,
 * 3 kB gzip on every decision page; paths.test.ts checks the text is d3's, character for character.
 */

/** d3-path's rounding for the 3 decimals d3-shape asks of it. */
const r = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A line through (xs[k], ys[k]), broken where `defined(k)` is false: each unbroken run starts with M,
 * and a run of one point is closed (Z), as d3 marks it.
 */
export function linePath(xs: number[], ys: number[], defined: (k: number) => boolean = () => true): string {
	let d = '';
	let run = 0;
	for (let k = 0; k <= xs.length; k++) {
		if (k < xs.length && defined(k)) {
			d += `${run === 0 ? 'M' : 'L'}${r(xs[k])},${r(ys[k])}`;
			run++;
		} else {
			if (run === 1) d += 'Z';
			run = 0;
		}
	}
	return d;
}

/** The band between `lo` and `hi` over `xs`: the upper edge forward, the lower edge back, closed. */
export function bandPath(xs: number[], lo: number[], hi: number[]): string {
	if (xs.length === 0) return '';
	let d = '';
	for (let k = 0; k < xs.length; k++) d += `${k === 0 ? 'M' : 'L'}${r(xs[k])},${r(hi[k])}`;
	for (let k = xs.length - 1; k >= 0; k--) d += `L${r(xs[k])},${r(lo[k])}`;
	return `${d}Z`;
}
