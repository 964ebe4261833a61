import { describe, expect, it } from 'vitest';
import { profileLayout } from './profile-layout';

const xs = [1000, 2000, 5000, 10000, 20000, 50000, 100000];
// Fixed cost over volume: one line shoots up at tiny volume; a flat line is the best there.
const input = {
	width: 640,
	xs,
	scale: 'log' as const,
	lines: [xs.map(() => 3.6), xs.map((v) => 1 + 200000 / v)],
	lowerIsBetter: true,
	formatX: (v: number) => v.toLocaleString('en'),
	formatY: (v: number) => `USD ${v}`
};

describe('the profile chart layout', () => {
	it('stops the axis at three times the best line where lower is better, and says a line is cut', () => {
		const l = profileLayout(input);
		expect(l.clipped).toBe(true);
		// 3 × 3.6 = 10.8, niced: the top tick is 10 or 12, nowhere near 201.
		expect(Math.max(...l.yTicks)).toBeLessThanOrEqual(12);
		expect(l.frame.y(0)).toBe(l.frame.height - l.frame.margin.bottom);
	});

	it('does not cap when higher is better', () => {
		const l = profileLayout({ ...input, lowerIsBetter: false });
		expect(l.clipped).toBe(false);
		expect(Math.max(...l.yTicks)).toBeGreaterThanOrEqual(200);
	});

	it('on a log axis, ticks only at 1, 2 and 5 times a power of ten, and only powers on a phone', () => {
		const short = xs.slice(0, 5);
		const lines = input.lines.map((l) => l.slice(0, 5));
		expect(profileLayout({ ...input, xs: short, lines }).xTicks).toEqual([1000, 2000, 5000, 10000, 20000]);
		expect(profileLayout({ ...input, xs: short, lines, width: 356 }).xTicks).toEqual([1000, 10000]);
		expect(profileLayout(input).xTicks).toEqual([1000, 10000, 100000]);
	});

	it('puts the range at the plot edges and draws every line without NaN, skipping missing values', () => {
		const l = profileLayout({
			...input,
			lines: [...input.lines, xs.map((v, k) => (k === 2 ? NaN : v / 1e4))]
		});
		expect(l.frame.x(1000)).toBeCloseTo(l.frame.margin.left);
		expect(l.frame.x(100000)).toBeCloseTo(640 - l.frame.margin.right);
		expect(l.paths).toHaveLength(3);
		for (const d of l.paths) expect(d).not.toMatch(/NaN/);
		// The gap: the third line is drawn in two pieces.
		expect(l.paths[2].match(/M/g)).toHaveLength(2);
	});

	it('on a linear axis, labels only as many values as fit', () => {
		const lin = { ...input, scale: 'linear' as const, xs: [0, 0.25, 0.5, 0.75, 1], lines: [[1, 2, 3, 4, 5]] };
		const fmt = (v: number) => `${(v * 100).toFixed(0)} % of parcels`;
		const ticks = profileLayout({ ...lin, width: 320, formatX: fmt }).xTicks;
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(ticks.length).toBeLessThan(profileLayout({ ...lin, width: 900, formatX: fmt }).xTicks.length);
	});
});
