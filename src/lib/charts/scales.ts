/**
 * The charts' scales, written out: the few things the layouts use of d3's scaleLinear, scaleLog and
 * scaleBand, computed the way d3 computes them (scales.test.ts holds them to d3's outputs). d3's continuous
 * scales interpolate any value (colours, strings), which brings d3-interpolate and d3-color into every page
 * that draws a chart (about 6 kB gzip); a chart only ever maps numbers to pixels.
 */
import { tickIncrement, ticks } from 'd3';

/** A linear or log scale: a value to a pixel, its domain, and round values along it. */
export interface Scale {
	(v: number): number;
	readonly domain: readonly [number, number];
	ticks(count?: number): number[];
}

/** A two-number map as d3's `bimap`: the domain's share of the way, then d3's `interpolateNumber`. */
function bimap(d: readonly [number, number], r: readonly [number, number]): (v: number) => number {
	let [d0, d1] = d;
	let [r0, r1] = r;
	if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
	const span = d1 - d0;
	const share = span ? (v: number) => (v - d0) / span : () => (isNaN(span) ? NaN : 0.5);
	return (v) => {
		const t = share(v);
		return r0 * (1 - t) + r1 * t;
	};
}

/** d3's `linear().domain(d).range(r)`; NaN maps to NaN (d3 gives `undefined`, which no chart draws). */
export function linear(domain: readonly [number, number], range: readonly [number, number]): Scale {
	const map = bimap(domain, range);
	const scale = (v: number) => map(v);
	return Object.assign(scale, {
		domain,
		ticks: (count = 10) => ticks(domain[0], domain[1], count)
	});
}

/** d3's `linear().domain(d).nice(count)`: the domain widened to round ends, at most ten tries. */
export function nice(domain: readonly [number, number], count = 10): [number, number] {
	const reversed = domain[1] < domain[0];
	let [start, stop] = reversed ? [domain[1], domain[0]] : domain;
	let previous: number | undefined;
	for (let tries = 10; tries > 0; tries--) {
		const step = tickIncrement(start, stop, count);
		if (step === previous) return reversed ? [stop, start] : [start, stop];
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else if (step < 0) {
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		} else break;
		previous = step;
	}
	// d3 leaves the domain as it was when the steps did not settle.
	return [domain[0], domain[1]];
}

/** 10 to the power `x`, exact for whole `x` as d3's `pow10`. */
const pow10 = (x: number) => (isFinite(x) ? +`1e${x}` : x < 0 ? 0 : x);

/** d3's `scaleLog().domain(d).range(r)`, base 10, for a positive domain (a profile's volumes). */
export function log(domain: readonly [number, number], range: readonly [number, number]): Scale {
	const map = bimap([Math.log(domain[0]), Math.log(domain[1])], range);
	const scale = (v: number) => map(Math.log(v));
	return Object.assign(scale, { domain, ticks: (count = 10) => logTicks(domain, count) });
}

/** d3's log ticks, base 10: 1 to 9 times each power of ten in the domain; its linear ticks when too few. */
function logTicks(domain: readonly [number, number], count: number): number[] {
	const reversed = domain[1] < domain[0];
	const [u, v] = reversed ? [domain[1], domain[0]] : domain;
	let i = Math.log10(u);
	let j = Math.log10(v);
	let z: number[] = [];
	if (j - i < count) {
		i = Math.floor(i);
		j = Math.ceil(j);
		for (; i <= j; ++i) {
			for (let k = 1; k < 10; ++k) {
				const t = i < 0 ? k / pow10(-i) : k * pow10(i);
				if (t < u) continue;
				if (t > v) break;
				z.push(t);
			}
		}
		if (z.length * 2 < count) z = ticks(u, v, count);
	} else z = ticks(i, j, Math.min(j - i, count)).map(pow10);
	return reversed ? z.reverse() : z;
}

/** Rows of equal bands along a range, as d3's `scaleBand().domain(ids).range(r).padding(p)`. */
export interface Band {
	/** A row's top (its start along the range); undefined for an id not in the domain. */
	(id: string): number | undefined;
	readonly bandwidth: number;
}

export function band(ids: readonly string[], [r0, r1]: readonly [number, number], padding = 0): Band {
	// d3's ordinal domain keeps each id once, at its first place.
	const unique = [...new Set(ids)];
	const n = unique.length;
	const reversed = r1 < r0;
	let start = reversed ? r1 : r0;
	const stop = reversed ? r0 : r1;
	const inner = Math.min(1, padding);
	const step = (stop - start) / Math.max(1, n - inner + padding * 2);
	start += (stop - start - step * (n - inner)) * 0.5;
	const starts = unique.map((_, i) => start + step * i);
	if (reversed) starts.reverse();
	const at = new Map(unique.map((id, i) => [id, starts[i]]));
	return Object.assign((id: string) => at.get(id), { bandwidth: step * (1 - inner) });
}
