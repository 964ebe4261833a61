import { scaleBand, scaleLinear, scaleLog } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { band, linear, log, nice } from './scales';

/**
 * Chart values: magnitudes from shares to billions, signs, and ends that meet. Not the subnormal doubles
 * near zero, where d3's own ticks ask for an array longer than any can be.
 */
const value = fc
	.oneof(
		fc.double({ min: -1e10, max: 1e10, noNaN: true }),
		fc.double({ min: -2, max: 2, noNaN: true }),
		fc.integer({ min: -1000, max: 1000 })
	)
	.filter((v) => v === 0 || Math.abs(v) > 1e-12);
const pixels = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 2000 }));
const count = fc.integer({ min: 1, max: 12 });

describe('the charts’ scales, against d3’s', () => {
	it('map a value to the pixel d3’s scaleLinear gives, either way round', () => {
		fc.assert(
			fc.property(value, value, pixels, fc.array(value, { maxLength: 8 }), (a, b, r, vs) => {
				const ours = linear([a, b], r);
				const d3s = scaleLinear().domain([a, b]).range(r);
				for (const v of [a, b, (a + b) / 2, ...vs]) expect(ours(v)).toBe(d3s(v));
			})
		);
	});

	it('widen a domain to the round ends d3’s nice gives, and tick it as d3 does', () => {
		fc.assert(
			fc.property(value, value, count, count, (a, b, n, k) => {
				const d3s = scaleLinear().domain([a, b]).nice(n);
				const domain = nice([a, b], n);
				expect(domain).toEqual(d3s.domain());
				expect(linear(domain, [0, 100]).ticks(k)).toEqual(d3s.ticks(k));
				expect(linear(domain, [0, 100]).ticks()).toEqual(d3s.ticks());
			})
		);
	});

	it('nice a domain that is one point, or in a reversed order, as d3 does', () => {
		for (const d of [
			[0, 0],
			[5, 5],
			[10, -3],
			[0.3, 0.1],
			[-1e9, 2.5e9]
		] as [number, number][]) {
			const d3s = scaleLinear().domain(d).nice();
			expect(nice(d)).toEqual(d3s.domain());
			expect(linear(nice(d), [0, 1])(d[0])).toBe(d3s.range([0, 1])(d[0]));
		}
	});

	it('map and tick a positive domain as d3’s scaleLog does', () => {
		const positive = fc.double({ min: 1e-4, max: 1e9, noNaN: true });
		fc.assert(
			fc.property(positive, positive, pixels, count, (a, b, r, n) => {
				const ours = log([a, b], r);
				const d3s = scaleLog().domain([a, b]).range(r);
				for (const v of [a, b, Math.sqrt(a * b)]) expect(ours(v)).toBe(d3s(v));
				expect(ours.ticks()).toEqual(d3s.ticks());
				expect(ours.ticks(n)).toEqual(d3s.ticks(n));
			})
		);
	});

	it('lay rows in bands as d3’s scaleBand does, repeated ids once', () => {
		const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 });
		fc.assert(
			fc.property(ids, pixels, fc.double({ min: 0, max: 1, noNaN: true }), (rows, r, p) => {
				const ours = band(rows, r, p);
				const d3s = scaleBand<string>().domain(rows).range(r).padding(p);
				expect(ours.bandwidth).toBe(d3s.bandwidth());
				for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'z']) expect(ours(id)).toBe(d3s(id));
			})
		);
	});
});
