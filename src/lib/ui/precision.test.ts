import { describe, expect, it } from 'vitest';
import { formatUsable, roundUsable, usableQuantum } from './precision';

describe('break-even values a person can use', () => {
	it('writes three significant figures where the step resolves them: 1.05, not 1.049', () => {
		expect(formatUsable(1.04931, '', 0.05)).toBe('1.05');
		expect(roundUsable(1.04931, '', 0.05)).toBe(1.05);
	});

	it('never writes finer than the step resolves', () => {
		// A step of 0.1 % resolves tenths of a percent: 3.676 % is 3.7 %, not 3.68 %.
		expect(formatUsable(0.03676, '%', 0.001)).toBe('3.7\u00a0%');
		// A step of 1 percentage point resolves whole percents.
		expect(formatUsable(0.4531, '%', 0.01)).toBe('45\u00a0%');
		expect(roundUsable(0.4531, '%', 0.01)).toBe(0.45);
	});

	it('rounds large values to three significant figures, grouped, or to the step when it is coarser', () => {
		expect(formatUsable(36181.7, 'parcels/day', 100)).toBe('36,200\u00a0parcels/day');
		expect(roundUsable(36181.7, 'parcels/day', 100)).toBe(36200);
		// A slider that moves in thousands resolves thousands.
		expect(formatUsable(36181.7, 'parcels/day', 1000)).toBe('36,000\u00a0parcels/day');
	});

	it('keeps small values readable: three figures when the step allows them', () => {
		expect(formatUsable(2.6193, 'x', 0.01)).toBe('2.62\u00a0x');
		expect(usableQuantum(0.002629, '%', 0.0001)).toBeCloseTo(0.0001);
		expect(formatUsable(0.002629, '%', 0.0001)).toBe('0.26\u00a0%');
	});

	it('leaves the unusable alone', () => {
		expect(roundUsable(Number.NaN, '', 1)).toBeNaN();
		expect(roundUsable(0, '%', 0.01)).toBe(0);
	});
});
