import { describe, expect, it } from 'vitest';
import { human } from './link-values';

describe('human: a number in a link notice, as the page writes it', () => {
	it('groups thousands and writes the typographic minus', () => {
		expect(human(50000, 0)).toBe('50,000');
		expect(human(-1234.5, 1)).toBe('−1,234.5');
		expect(human(1000000.25, 2)).toBe('1,000,000.25');
		expect(human(999, 0)).toBe('999');
	});

	it('leaves small numbers, fractions and exponents as they are', () => {
		expect(human(0.015, 3)).toBe('0.015');
		expect(human(-0.5, 1)).toBe('−0.5');
		expect(human(5e-7, 9)).toBe('5e-7');
		expect(human(-2e21, 0)).toBe('−2e+21');
	});

	it('says a number too large to hold in words', () => {
		expect(human(Infinity, 0)).toBe('too large to be a number');
	});
});
