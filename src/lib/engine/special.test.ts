import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { betaDist, integerPower, logGamma, normalCdf, normalQuantile } from './special';

// Reference values computed with mpmath at 50 significant digits, for the double nearest each input.
const relErr = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('normal distribution', () => {
	it('normalCdf keeps its relative accuracy deep into the lower tail', () => {
		const cases: [number, number][] = [
			[-30, 4.906713927148187e-198],
			[-8, 6.220960574271784e-16],
			[-3, 0.0013498980316300946],
			[-1, 0.15865525393145705],
			[0.5, 0.6914624612740131],
			[2, 0.9772498680518208]
		];
		// Rounding z/√2 costs about z²·ε, which no erfc can recover.
		for (const [z, p] of cases) {
			expect(relErr(normalCdf(z), p), `z = ${z}`).toBeLessThan(4e-16 * Math.max(10, z * z));
		}
		expect(normalCdf(0)).toBe(0.5);
		expect(normalCdf(-Infinity)).toBe(0);
		expect(normalCdf(Infinity)).toBe(1);
	});

	it('normalQuantile is accurate to 1e-15 relative, from 1e-300 to 1 − 1e-7', () => {
		const cases: [number, number][] = [
			[1e-300, -37.0470962993612],
			[1e-20, -9.262340089798407],
			[1e-5, -4.264890793922825],
			[0.05, -1.6448536269514726],
			[0.3, -0.5244005127080408],
			[0.975, 1.9599639845400543],
			[0.9999999, 5.199337582290661]
		];
		for (const [p, z] of cases) expect(relErr(normalQuantile(p), z), `p = ${p}`).toBeLessThan(1e-15);
		expect(normalQuantile(0.5)).toBe(0);
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(normalQuantile(1.5)).toBeNaN();
	});

	it('normalQuantile inverts normalCdf', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
				expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThanOrEqual(
					1e-14 * Math.min(p, 1 - p) + 2.3e-16
				);
			})
		);
	});
});

describe('beta distribution', () => {
	it('logGamma matches reference values', () => {
		const cases: [number, number][] = [
			[0.1, 2.252712651734206],
			[0.5, 0.5723649429247001],
			[2.5, 0.2846828704729192],
			[6, 4.787491742782046],
			[100, 359.1342053695754]
		];
		for (const [x, y] of cases) expect(relErr(logGamma(x), y), `x = ${x}`).toBeLessThan(1e-14);
		expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
	});

	it('the regularised incomplete beta function matches reference values', () => {
		const cases: [number, number, number, number][] = [
			[1.2, 4.8, 0.01, 0.02380819217045047],
			[3, 3, 0.5, 0.5],
			[3, 3, 0.2, 0.05792],
			[4.6, 1.4, 0.9, 0.7676326042290517],
			[2, 4, 0.999, 0.999999999995004]
		];
		for (const [a, b, x, p] of cases)
			expect(relErr(betaDist(a, b).cdf(x), p), `${a} ${b} ${x}`).toBeLessThan(1e-13);
	});

	it('the beta quantile inverts the CDF for every PERT shape', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }),
				(t, p) => {
					const beta = betaDist(1 + 4 * t, 5 - 4 * t);
					// Relative accuracy in the lower tail; above the median the CDF is 1 − (a small
					// number), which carries a few units of 1e-16 of absolute rounding.
					const tolerance = p < 0.5 ? 1e-13 * p : 4e-15;
					expect(Math.abs(beta.cdf(beta.quantile(p)) - p)).toBeLessThanOrEqual(tolerance);
				}
			)
		);
	});
});

describe('integerPower', () => {
	/** |x^k − y| in units in the last place of y, from exact rational arithmetic on BigInts. */
	function ulpsFromExact(x: number, k: number, y: number): number {
		const parts = (v: number): [bigint, number] => {
			const view = new DataView(new ArrayBuffer(8));
			view.setFloat64(0, v);
			const bits = view.getBigUint64(0);
			const exponent = Number((bits >> 52n) & 0x7ffn);
			const mantissa = (bits & ((1n << 52n) - 1n)) | (exponent ? 1n << 52n : 0n);
			return [bits >> 63n ? -mantissa : mantissa, (exponent || 1) - 1075];
		};
		const [m, e] = parts(x);
		const [my, ey] = parts(y);
		const low = Math.min(e * k, ey);
		const exact = (m ** BigInt(k)) << BigInt(e * k - low);
		const got = my << BigInt(ey - low);
		const diff = exact > got ? exact - got : got - exact;
		return Number((diff * 1000n) / (1n << BigInt(ey - low))) / 1000;
	}

	it('is correctly rounded, where Math.pow is only within one unit in the last place', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), fc.integer({ min: 2, max: 40 }), (x, k) => {
				const y = integerPower(x, k);
				expect(ulpsFromExact(x, k, y)).toBeLessThanOrEqual(0.5);
				expect(Math.abs(y - Math.pow(x, k))).toBeLessThanOrEqual(Math.abs(y) * 2.3e-16);
			}),
			{ numRuns: 2000 }
		);
	});

	it('gives exact powers exactly, keeps signs, and leaves the extremes to Math.pow', () => {
		expect(integerPower(3, 20)).toBe(3486784401);
		expect(integerPower(-2, 11)).toBe(-2048);
		expect(integerPower(1.5, 4)).toBe(5.0625);
		for (const [x, k] of [
			[0, 3],
			[-0, 3],
			[-0, 4],
			[NaN, 5],
			[Infinity, 3],
			[-Infinity, 3],
			[1e200, 3],
			[1e-200, 3],
			[-1e-120, 3],
			[2, 1023],
			[2, 1024],
			[1.5, 2000]
		]) {
			expect(Object.is(integerPower(x, k), Math.pow(x, k)), `${x} ^ ${k}`).toBe(true);
		}
	});
});
