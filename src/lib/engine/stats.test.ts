import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles, quantileSorted, summarize } from './stats';

describe('quantiles by selection', () => {
	it('equal the quantiles of the sorted data, for any data', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 400 }),
				(xs) => {
					const a = Float64Array.from(xs);
					const sorted = Float64Array.from(xs).sort();
					const ps = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1];
					// A sort puts −0 before +0; selection holds them equal, as a reader does.
					const zero = (x: number) => (x === 0 ? 0 : x);
					expect(quantiles(a, ps).map(zero)).toEqual(ps.map((p) => zero(quantileSorted(sorted, p))));
					expect(Array.from(a)).toEqual(xs);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('handle many ties and NaN the way a sort does', () => {
		const ties = Float64Array.from({ length: 1001 }, (_, i) => i % 3);
		expect(quantiles(ties, [0.05, 0.5, 0.95])).toEqual([0, 1, 2]);
		expect(quantiles(Float64Array.of(3, NaN, 1), [0, 0.5])).toEqual([1, 3]);
	});

	it('summarize reports mean, standard error and the five quantiles', () => {
		const s = summarize(Float64Array.from({ length: 101 }, (_, i) => i));
		expect(s).toMatchObject({ mean: 50, p05: 5, p25: 25, p50: 50, p75: 75, p95: 95 });
		expect(s.se).toBeCloseTo(Math.sqrt(858.5) / Math.sqrt(101), 10);
	});

	it('summarize gives the bits of one pass at a time (mean, then squared deviations, then quantiles)', () => {
		const PS = [0.05, 0.25, 0.5, 0.75, 0.95];
		const byPasses = (a: Float64Array) => {
			const n = a.length;
			let mean = 0;
			for (let i = 0; i < n; i++) mean += a[i];
			mean /= n;
			let ss = 0;
			for (let i = 0; i < n; i++) ss += (a[i] - mean) ** 2;
			const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
			return [mean, sd / Math.sqrt(n), ...quantiles(a, PS)];
		};
		const value = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, 1, 2), fc.double({ min: -10, max: 10 }));
		fc.assert(
			fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), (xs) => {
				const a = Float64Array.from(xs);
				const s = summarize(a);
				const got = [s.mean, s.se, s.p05, s.p25, s.p50, s.p75, s.p95];
				const want = byPasses(Float64Array.from(xs));
				expect(
					got.every((x, k) => Object.is(x, want[k])),
					`${got} vs ${want}`
				).toBe(true);
				expect(Array.from(a)).toEqual(xs);
			}),
			{ numRuns: 1000 }
		);
		// One value throughout, which summarize reads without a selection unless it is a zero or infinite;
		// and a column long enough for its buckets to hold several ranks each.
		const cases = [
			new Float64Array(10_000).fill(-3.7389),
			new Float64Array(500).fill(1e-300),
			new Float64Array(500).fill(0),
			Float64Array.from({ length: 500 }, (_, i) => (i % 2 ? 0 : -0)),
			new Float64Array(50).fill(Infinity),
			// One value but for a NaN, which min and max skip and a sort puts last.
			Float64Array.of(5, 5, NaN),
			Float64Array.of(5, NaN),
			Float64Array.from({ length: 500 }, (_, i) => (i === 7 ? Infinity : i === 9 ? -Infinity : 1)),
			Float64Array.from({ length: 10_000 }, (_, i) => Math.exp((i % 97) / 4) * (i % 7 ? 1 : -1e6))
		];
		for (const a of cases) {
			const s = summarize(a);
			const got = [s.mean, s.se, s.p05, s.p25, s.p50, s.p75, s.p95];
			const want = byPasses(a);
			expect(
				got.every((x, k) => Object.is(x, want[k])),
				`${got} vs ${want}`
			).toBe(true);
		}
	});
});
