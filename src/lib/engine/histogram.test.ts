import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram } from './histogram';

describe('histogram', () => {
	it('counts every sample once, tails in the end bins', () => {
		const xs = Float64Array.from({ length: 1000 }, (_, i) => i);
		xs[0] = -1e9;
		xs[999] = 1e9;
		const h = histogram(xs, 10);
		expect(h.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect(h.edges).toHaveLength(11);
		// The axis follows the middle 99 %, not the two wild draws.
		expect(h.edges[0]).toBeGreaterThan(0);
		expect(h.edges[10]).toBeLessThan(1000);
		expect(h.tails[0]).toBeGreaterThanOrEqual(0.001);
		expect(h.tails[1]).toBeGreaterThanOrEqual(0.001);
	});

	it('puts a uniform sample in bins of equal share', () => {
		const xs = Float64Array.from({ length: 100_000 }, (_, i) => (i + 0.5) / 100_000);
		const h = histogram(xs, 20);
		for (const s of h.shares.slice(1, -1)) expect(s).toBeCloseTo(0.0495, 3);
	});

	it('draws one bin when every sample is the same', () => {
		const h = histogram(new Float64Array(50).fill(3));
		expect(h.shares).toEqual([1]);
		expect(h.edges[0]).toBeLessThan(3);
		expect(h.edges[1]).toBeGreaterThan(3);
	});

	it('finds its axis by selection exactly where a full sort would put it', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 600 }),
				(xs) => {
					const sorted = Float64Array.from(xs).sort();
					const at = (p: number) => sorted[Math.round(p * (xs.length - 1))];
					const h = histogram(Float64Array.from(xs));
					if (at(0.995) > at(0.005)) {
						// Compared as numbers: the selection holds −0 and +0 equal, as the axis does.
						expect(h.edges[0] + 0).toBe(at(0.005) + 0);
						expect(h.edges.at(-1)! + 0).toBe(at(0.995) + 0);
					} else expect(h.shares).toEqual([1]);
				}
			),
			{ numRuns: 300 }
		);
	});
});
