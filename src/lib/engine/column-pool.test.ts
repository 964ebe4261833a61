import { describe, it, expect } from 'vitest';
import { giveBack, pooledSize, takeColumn } from './column-pool';

describe('column pool', () => {
	it('hands a column given back to the next taker of the same length, once', () => {
		const a = takeColumn(1000);
		expect(a).toHaveLength(1000);
		giveBack([a, a]);
		expect(pooledSize()).toBe(1000);
		expect(takeColumn(999)).not.toBe(a);
		expect(takeColumn(1000)).toBe(a);
		expect(takeColumn(1000)).not.toBe(a);
		expect(pooledSize()).toBe(0);
	});

	it('drops the columns of other lengths when full: an old sample count is not coming back', () => {
		const old = takeColumn(1_000_000);
		giveBack([old]);
		const big = Array.from({ length: 4 }, () => takeColumn(1_000_000));
		expect(big).toContain(old);
		giveBack(big);
		expect(pooledSize()).toBe(4_000_000);
		const small = Array.from({ length: 3 }, () => new Float64Array(100_000));
		giveBack(small);
		expect(pooledSize()).toBe(300_000);
		expect(big).not.toContain(takeColumn(1_000_000));
		expect(takeColumn(100_000)).toBe(small[2]);
		// Past the limit on its own, a column is not kept.
		giveBack([new Float64Array(5_000_000)]);
		expect(pooledSize()).toBe(200_000);
		takeColumn(100_000);
		takeColumn(100_000);
		expect(pooledSize()).toBe(0);
	});
});
