import { describe, expect, it } from 'vitest';
import { labelMargin } from './label-margin';

describe('labelMargin', () => {
	it('grows with the longest label, so "USD 1,200 m" is not cut at its left edge', () => {
		expect(labelMargin(['USD 0 m', 'USD 1,200 m'])).toBeGreaterThanOrEqual(11 * 7.2 + 8);
		expect(labelMargin(['USD 0 m', 'USD 1,200 m'])).toBeGreaterThan(labelMargin(['USD 0 m', 'USD 800 m']));
	});

	it('keeps a minimum for short or missing labels', () => {
		expect(labelMargin(['0'])).toBe(48);
		expect(labelMargin([])).toBe(48);
	});
});
