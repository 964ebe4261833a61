import { area, line } from 'd3';
import { describe, expect, it } from 'vitest';
import { bandPath, linePath } from './paths';

/** A small deterministic generator, so a failure names its case. */
function numbers(seed: number, n: number, gaps: boolean): number[] {
	let s = seed;
	const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	return Array.from({ length: n }, () => {
		const u = next();
		if (gaps && u < 0.2) return NaN;
		return (next() - 0.3) * 10 ** Math.floor(next() * 6 - 2);
	});
}

describe('paths drawn as d3-shape draws them', () => {
	it('a line, with and without breaks, at every length from none to 40 points', () => {
		for (let seed = 1; seed <= 60; seed++)
			for (const gaps of [false, true]) {
				const n = seed % 41;
				const xs = numbers(seed, n, false);
				const ys = numbers(seed * 7, n, gaps);
				const d3 = line<number>()
					.defined(Number.isFinite)
					.x((_, k) => xs[k])
					.y((v) => v);
				expect(
					linePath(xs, ys, (k) => Number.isFinite(ys[k])),
					`seed ${seed}`
				).toBe(d3(ys) ?? '');
			}
	});

	it('a band, at every length from none to 40 points', () => {
		for (let seed = 1; seed <= 60; seed++) {
			const n = seed % 41;
			const xs = numbers(seed, n, false);
			const lo = numbers(seed * 3, n, false);
			const hi = numbers(seed * 5, n, false);
			const d3 = area<number>()
				.x((_, k) => xs[k])
				.y0((_, k) => lo[k])
				.y1((_, k) => hi[k]);
			expect(bandPath(xs, lo, hi), `seed ${seed}`).toBe(d3(xs) ?? '');
		}
	});

	it('a lone point between breaks is closed, as d3 marks it', () => {
		expect(linePath([0, 1, 2, 3], [5, NaN, 7, NaN], (k) => k % 2 === 0)).toBe('M0,5ZM2,7Z');
	});
});
