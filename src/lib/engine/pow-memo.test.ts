import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUNCTION_IMPL } from './ops';
import { powMemo } from './pow-memo';

const pow = FUNCTION_IMPL.pow;
const same = (a: number, b: number) => Object.is(a, b);

describe('powMemo', () => {
	it('gives the bits of mathjs’s pow for any pair, asked once or again', () => {
		fc.assert(
			fc.property(fc.double(), fc.double(), (x, y) => {
				const first = powMemo(x, y);
				const again = powMemo(x, y);
				expect(same(first, pow(x, y)) && same(again, pow(x, y)), `${x} ^ ${y}`).toBe(true);
			}),
			{ numRuns: 20000 }
		);
	});

	it('keeps 0 and −0 apart, where an odd exponent gives powers of opposite sign', () => {
		for (const y of [-3, -1, 1, 3, -0.5, 0.5, 2, -2]) {
			for (const [a, b] of [
				[0, -0],
				[-0, 0]
			]) {
				powMemo(a, y);
				expect(same(powMemo(b, y), pow(b, y)), `${Object.is(b, -0) ? '-0' : '0'} ^ ${y}`).toBe(true);
			}
		}
	});

	it('never answers NaN’s power from the table, nor mixes exponents', () => {
		expect(same(powMemo(NaN, 0), 1)).toBe(true);
		expect(same(powMemo(NaN, 2), NaN)).toBe(true);
		expect(same(powMemo(2, NaN), NaN)).toBe(true);
		expect(powMemo(2, 0.5)).toBe(Math.SQRT2);
		expect(powMemo(2, -0.5)).toBe(pow(2, -0.5));
		expect(powMemo(0.5, Infinity)).toBe(0);
		expect(powMemo(2, -Infinity)).toBe(0);
	});

	it('stays exact when far more pairs come than the table holds (its slots are overwritten)', () => {
		const pairs = Array.from({ length: 20000 }, (_, k) => [1 + k * 1e-7, -0.35 - (k % 7) * 1e-3]);
		for (const [x, y] of pairs) powMemo(x, y);
		for (const [x, y] of pairs) expect(same(powMemo(x, y), pow(x, y))).toBe(true);
	});
});
