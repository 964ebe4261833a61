import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketing, countBuckets, fromBuckets, orderStatistics } from './order-statistics';

// A sort puts −0 before +0; selection, like arithmetic, holds them equal. Either is the same zero to a reader.
const zero = (x: number | undefined) => (x === 0 ? 0 : x);
const sortedAt = (xs: number[], ranks: number[]) => {
	const sorted = Float64Array.from(xs).sort();
	return ranks.map((r) => zero(sorted[r]));
};

describe('order statistics by buckets', () => {
	it('are the values a full sort puts at those ranks, for any data and ranks, and leave the data as it was', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
					minLength: 1,
					maxLength: 3000
				}),
				fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
				(xs, picks) => {
					const ranks = picks.map((k) => k % xs.length);
					const a = Float64Array.from(xs);
					const at = orderStatistics(a, ranks);
					expect(ranks.map((r) => zero(at.get(r)))).toEqual(sortedAt(xs, ranks));
					expect(Array.from(a)).toEqual(xs);
				}
			),
			{ numRuns: 400 }
		);
	});

	it('hold with heavy tails, ties, one value throughout and infinite draws', () => {
		const heavy = Array.from({ length: 10_000 }, (_, i) => Math.exp((i % 97) / 4) * (i % 7 === 0 ? 1e6 : 1));
		const ranks = [0, 499, 500, 2500, 5000, 7500, 9499, 9500, 9999];
		const cases = [
			heavy,
			Array.from({ length: 5000 }, (_, i) => i % 3),
			Array(100).fill(4.5),
			[3, Infinity, -Infinity, 1, 2, Infinity]
		];
		for (const xs of cases) {
			const rs = ranks.filter((r) => r < xs.length).concat([xs.length - 1]);
			const at = orderStatistics(Float64Array.from(xs), rs);
			expect(rs.map((r) => zero(at.get(r)))).toEqual(sortedAt(xs, rs));
		}
	});

	it('leave no bucket marked for the next column when a gathering pass is cut short', () => {
		const a = Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
		const b = bucketing(a.length, 0, 999)!;
		countBuckets(a, 0, b);
		// Draws whose reading fails part-way: the scratch marks must still be cleared.
		const failing = new Proxy(a, {
			get: (t, k) => {
				if (k === '500') throw new Error('cut short');
				return Reflect.get(t, k);
			}
		});
		expect(() => fromBuckets(failing, [50, 500, 950], b)).toThrow('cut short');
		const at = orderStatistics(a.slice(), [10, 500, 990]);
		expect([...at]).toEqual([
			[10, 10],
			[500, 500],
			[990, 990]
		]);
	});
});
