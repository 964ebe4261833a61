import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { drawInto, fitDistribution, type Fitted } from './distributions';
import { uniformStream } from './random';
import type { DistributionKind } from './types';

const KINDS: DistributionKind[] = ['normal', 'lognormal', 'uniform', 'triangular', 'pert'];
const ADDITIVE: DistributionKind[] = ['normal', 'uniform', 'triangular', 'pert'];
const MODAL: DistributionKind[] = ['triangular', 'pert'];

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** An interval [low, high] with the default at fraction `at` of it; lognormal intervals are positive. */
const interval = (kind: DistributionKind) =>
	fc
		.record({
			low: kind === 'lognormal' ? real(1e-3, 1e4) : real(-1e4, 1e4),
			spread: real(1e-3, 1e4),
			at: real(0.02, 0.98)
		})
		.map(({ low, spread, at }) => {
			const high = kind === 'lognormal' ? low * (1 + spread) : low + spread;
			return { low, high, def: low + at * (high - low) };
		});

function expectClose(actual: number, expected: number, tolerance: number): void {
	expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Rounding of the interval ends themselves plus the accuracy the fit promises. */
const tol = (low: number, high: number) =>
	1e-9 * (high - low) + 4e-16 * Math.max(Math.abs(low), Math.abs(high));

function draws(f: Fitted, n: number, min = -Infinity, max = Infinity, seed = 1): Float64Array {
	const out = new Float64Array(n);
	drawInto(f, uniformStream(seed, 0, n), out, min, max);
	return out;
}

const fraction = (xs: Float64Array, test: (x: number) => boolean) => xs.filter(test).length / xs.length;

describe('fitDistribution puts 90 % of the probability in [low, high]', () => {
	for (const kind of KINDS) {
		it(`${kind}: at the default, the 5th and 95th percentiles are low and high`, () => {
			fc.assert(
				fc.property(interval(kind), ({ low, high, def }) => {
					const f = fitDistribution({ dist: kind, low, high }, def, def);
					expectClose(f.quantile(0.05), low, tol(low, high));
					expectClose(f.quantile(0.95), high, tol(low, high));
				}),
				{ numRuns: 60 }
			);
		});
	}

	for (const kind of ADDITIVE) {
		it(`${kind}: moving the value shifts the interval by the same amount`, () => {
			fc.assert(
				fc.property(interval(kind), real(-10, 10), ({ low, high, def }, move) => {
					const shift = move * (high - low);
					const f = fitDistribution({ dist: kind, low, high }, def + shift, def);
					expectClose(f.quantile(0.05), low + shift, tol(low + shift, high + shift));
					expectClose(f.quantile(0.95), high + shift, tol(low + shift, high + shift));
				}),
				{ numRuns: 60 }
			);
		});
	}

	it('lognormal: moving the value scales the interval by value / default', () => {
		fc.assert(
			fc.property(interval('lognormal'), real(0.01, 100), ({ low, high, def }, scale) => {
				const f = fitDistribution({ dist: 'lognormal', low, high }, def * scale, def);
				expectClose(f.quantile(0.05), low * scale, 1e-12 * low * scale);
				expectClose(f.quantile(0.95), high * scale, 1e-12 * high * scale);
			})
		);
	});

	it('lognormal: a value at or below zero shifts the interval instead of breaking', () => {
		for (const value of [0, -1]) {
			const f = fitDistribution({ dist: 'lognormal', low: 2, high: 10 }, value, 5);
			expectClose(f.quantile(0.05), 2 + value - 5, 1e-12);
			expectClose(f.quantile(0.95), 10 + value - 5, 1e-12);
		}
	});

	for (const kind of MODAL) {
		it(`${kind}: the most likely value is the value the person set`, () => {
			fc.assert(
				fc.property(interval(kind), real(-3, 3), ({ low, high, def }, move) => {
					const w = high - low;
					const value = def + move * w;
					const f = fitDistribution({ dist: kind, low, high }, value, def);
					const density = (x: number) => (f.cdf(x + 1e-4 * w) - f.cdf(x - 1e-4 * w)) / (2e-4 * w);
					expect(density(value)).toBeGreaterThan(density(value - 0.02 * w));
					expect(density(value)).toBeGreaterThan(density(value + 0.02 * w));
				}),
				{ numRuns: 40 }
			);
		});

		it(`${kind}: a default outside [low, high] still gives the stated interval`, () => {
			for (const def of [0, 1, 2, 10, 15]) {
				const f = fitDistribution({ dist: kind, low: 2, high: 10 }, def + 3, def);
				expectClose(f.quantile(0.05), 5, 1e-9);
				expectClose(f.quantile(0.95), 13, 1e-9);
			}
		});
	}

	it('rejects intervals that cannot be fitted', () => {
		expect(() => fitDistribution({ dist: 'normal', low: 3, high: 3 }, 3, 3)).toThrow(RangeError);
		expect(() => fitDistribution({ dist: 'pert', low: 4, high: 3 }, 3, 3)).toThrow(RangeError);
		expect(() => fitDistribution({ dist: 'uniform', low: Number.NaN, high: 3 }, 3, 3)).toThrow(RangeError);
		expect(() => fitDistribution({ dist: 'lognormal', low: 0, high: 3 }, 1, 1)).toThrow(RangeError);
		expect(() => fitDistribution({ dist: 'normal', low: 0, high: 3 }, Infinity, 1)).toThrow(RangeError);
	});
});

describe('quantile and cdf agree', () => {
	const ps = [1e-12, 1e-9, 3e-9, 1e-6, 1e-3, 0.02, 0.05, 0.0501, 0.3, 0.5, 0.77, 0.95, 0.96, 0.999, 1 - 1e-7];
	for (const kind of KINDS) {
		it(`${kind}: cdf(quantile(p)) = p, from deep in the tails to the middle`, () => {
			for (const [low, high, def] of [
				[2, 10, 4],
				[2, 10, 9.9],
				[0.1, 0.11, 0.1001],
				[1e-6, 1e6, 1]
			]) {
				const f = fitDistribution({ dist: kind, low, high }, def * 1.5, def);
				for (const p of ps) {
					expectClose(f.cdf(f.quantile(p)), p, 1e-9 * Math.min(p, 1 - p) + 3e-14);
				}
			}
		});
	}

	it('pert: the tabulated quantile never decreases, across every table boundary', () => {
		for (const def of [2.001, 3, 6, 9.999]) {
			const f = fitDistribution({ dist: 'pert', low: 2, high: 10 }, def, def);
			let previous = -Infinity;
			let decreases = 0;
			for (let k = 0; k <= 200_000; k++) {
				const p = k === 0 ? 1e-10 : k === 200_000 ? 1 - 1e-10 : k / 200_000;
				const x = f.quantile(p);
				if (x < previous) decreases++;
				previous = x;
			}
			expect(decreases).toBe(0);
		}
	});
});

describe('drawInto', () => {
	const n = 200_000;
	const mcError = 5 * Math.sqrt((0.05 * 0.95) / n);

	for (const kind of KINDS) {
		it(`${kind}: 200,000 draws put 5 % below low, 5 % above high, and average to the mean`, () => {
			const f = fitDistribution({ dist: kind, low: 2, high: 10 }, 6, 4);
			const [low, high] = kind === 'lognormal' ? [3, 15] : [4, 12];
			const xs = draws(f, n);
			expectClose(
				fraction(xs, (x) => x < low),
				0.05,
				mcError
			);
			expectClose(
				fraction(xs, (x) => x > high),
				0.05,
				mcError
			);
			const mean = xs.reduce((s, x) => s + x, 0) / n;
			const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
			expectClose(mean, f.mean, (5 * sd) / Math.sqrt(n));
		});

		it(`${kind}: truncation keeps the shape inside [min, max] and piles nothing onto the bounds`, () => {
			const f = fitDistribution({ dist: kind, low: 2, high: 10 }, 6, 4);
			const [min, max] = [f.quantile(0.2), f.quantile(0.9)];
			const xs = draws(f, n, min, max);
			expect(xs.every((x) => x >= min && x <= max)).toBe(true);
			expect(fraction(xs, (x) => x === min || x === max)).toBe(0);
			// Halfway through the kept probability, (0.55 − 0.2) / (0.9 − 0.2) = 0.5.
			expectClose(
				fraction(xs, (x) => x < f.quantile(0.55)),
				0.5,
				5 * Math.sqrt(0.25 / n)
			);
			// And nothing is cut short of them either.
			expect(xs.reduce((m, x) => Math.min(m, x)) - min).toBeLessThan(1e-3);
			expect(max - xs.reduce((m, x) => Math.max(m, x))).toBeLessThan(1e-3);
		});
	}

	it('draws exactly what the quantile function promises', () => {
		// drawInto has a loop per kind for speed; this ties each one to the quantile the other tests check.
		const u = uniformStream(8, 0, 1000);
		const out = new Float64Array(u.length);
		for (const kind of KINDS) {
			const f = fitDistribution({ dist: kind, low: 2, high: 10 }, 6, 4);
			const [min, max] = [4, 11];
			drawInto(f, u, out, min, max);
			const [pLow, pHigh] = [f.cdf(min), f.cdf(max)];
			const expected = u.map((x) => Math.min(max, Math.max(min, f.quantile(pLow + x * (pHigh - pLow)))));
			expect(out).toEqual(expected);
			// MonteCarlo draws in place, over the uniforms.
			const inPlace = Float64Array.from(u);
			drawInto(f, inPlace, inPlace, min, max);
			expect(inPlace).toEqual(expected);
		}
	});

	it('never leaves [min, max] nor returns NaN, even for extreme intervals and bounds', () => {
		const u = uniformStream(3, 0, 500);
		u[0] = 2 ** -33;
		u[1] = 1 - 2 ** -33;
		const out = new Float64Array(u.length);
		fc.assert(
			fc.property(
				fc.constantFrom(...KINDS),
				real(-1e9, 1e9),
				real(-9, 12),
				real(0, 1),
				real(-1e10, 1e10),
				real(-1e10, 1e10),
				real(-1e10, 1e10),
				(kind, start, logSpread, at, value, b1, b2) => {
					const low = kind === 'lognormal' ? Math.abs(start) + 1e-12 : start;
					const high = kind === 'lognormal' ? low * (1 + 10 ** logSpread) : low + 10 ** logSpread;
					fc.pre(high > low && Number.isFinite(high));
					const [min, max] = b1 <= b2 ? [b1, b2] : [b2, b1];
					const f = fitDistribution({ dist: kind, low, high }, value, low + at * (high - low));
					drawInto(f, u, out, min, max);
					expect(out.every((x) => x >= min && x <= max)).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('collapses onto the nearer bound when the whole distribution lies outside [min, max]', () => {
		const u = uniformStream(4, 0, 1000);
		const out = new Float64Array(u.length);
		for (const kind of KINDS) {
			const f = fitDistribution({ dist: kind, low: 1e6, high: 1.01e6 }, 1.005e6, 1.005e6);
			drawInto(f, u, out, 0, 1);
			expect(out.every((x) => x === 1)).toBe(true);
			drawInto(f, u, out, 3e6, 4e6);
			expect(out.every((x) => x === 3e6)).toBe(true);
		}
	});

	it('rejects bounds in the wrong order', () => {
		const f = fitDistribution({ dist: 'normal', low: 0, high: 1 }, 0.5, 0.5);
		expect(() => drawInto(f, new Float64Array(3), new Float64Array(3), 1, 0)).toThrow(RangeError);
	});
});
