import { describe, expect, it } from 'vitest';
import { leadingCurrency, withUnit } from './units';

describe('units', () => {
	it('put the currency first, keep the rest of a money unit after the number', () => {
		expect(withUnit('10.3', 'USD bn', 10.3)).toBe('USD\u00a010.3\u00a0bn');
		expect(withUnit('0.85', 'USD', 0.85)).toBe('USD\u00a00.85');
		expect(withUnit('31', 'RMB bn', 31)).toBe('RMB\u00a031\u00a0bn');
		expect(leadingCurrency('USD\u00a010.3\u00a0bn')).toBe('USD');
	});

	it('write any other unit after the number, and years in agreement', () => {
		expect(withUnit('50,000', 'parcels/day', 50000)).toBe('50,000\u00a0parcels/day');
		expect(withUnit('2,000', 'USD/yr', 2000)).toBe('2,000\u00a0USD/yr');
		expect(withUnit('1', 'years', 1)).toBe('1\u00a0year');
		expect(withUnit('3', 'years', 3)).toBe('3\u00a0years');
		expect(withUnit('0.35', '', 0.35)).toBe('0.35');
	});
});
