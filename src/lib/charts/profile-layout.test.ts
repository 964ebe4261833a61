import { describe, expect, it } from 'vitest';
import { ticksFit } from './frame';
import { profileLayout, spread } from './profile-layout';

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

	it('labels a linear axis only at values a person can set, never between two steps (3 4 4 5 5)', () => {
		const years = [3, 3.5, 4, 4.5, 5];
		const linear = {
			...input,
			xs: years,
			scale: 'linear' as const,
			lines: [years.map(() => 1), years.map((v) => v)],
			formatX: (v: number) => v.toFixed(0)
		};
		// Without the step, d3's ticks fall on half years, which the step's format rounds to a whole one.
		expect(profileLayout(linear).xTicks.map(linear.formatX)).toEqual(['3', '4', '4', '5', '5']);
		expect(profileLayout({ ...linear, step: 1 }).xTicks).toEqual([3, 4, 5]);
		expect(profileLayout({ ...linear, xs: [3, 3.5], step: 1 }).xTicks).toEqual([3, 3.5]);
	});

	it('does not cap when higher is better', () => {
		const l = profileLayout({ ...input, lowerIsBetter: false });
		expect(l.clipped).toBe(false);
		expect(Math.max(...l.yTicks)).toBeGreaterThanOrEqual(200);
	});

	it('on a log axis, ticks only at 1, 2 and 5 times a power of ten, the most of those that fit', () => {
		const short = xs.slice(0, 5);
		const lines = input.lines.map((l) => l.slice(0, 5));
		expect(profileLayout({ ...input, xs: short, lines }).xTicks).toEqual([1000, 2000, 5000, 10000, 20000]);
		expect(profileLayout({ ...input, xs: short, lines, width: 356 }).xTicks).toEqual([1000, 5000, 10000]);
		expect(profileLayout(input).xTicks).toEqual([1000, 2000, 5000, 10000, 20000, 50000, 100000]);
		expect(profileLayout({ ...input, width: 420 }).xTicks).toEqual([1000, 10000, 100000]);
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

	it('labels at least two values on a phone where the powers of ten are too few (not "10" alone)', () => {
		// Cost of a warehouse worker, USD k/yr, 3 to 30: 1-2-5 gives four, the powers one.
		const ks = [3, 5, 8, 12, 20, 30];
		const fmt = (v: number) => String(v);
		for (const width of [356, 703, 1280, 1920]) {
			const l = profileLayout({ ...input, xs: ks, lines: [ks.map(() => 1)], formatX: fmt, width });
			expect(l.xTicks.length, `at ${width}`).toBeGreaterThanOrEqual(2);
			expect(ticksFit(l.frame.x as never, fmt, l.xTicks)).toBe(true);
		}
		const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
		const lin = { ...input, scale: 'linear' as const, xs: [0.6, 1, 4], lines: [[1, 2, 3]], formatX: pct };
		expect(profileLayout({ ...lin, width: 356 }).xTicks.length).toBeGreaterThanOrEqual(2);
	});

	it('nudges the letters of close switches apart ("A" "B", not "AB") and leaves apart ones where they are', () => {
		const close = profileLayout({ ...input, width: 356, switches: [60000, 70000] });
		const [a, b] = close.markers;
		expect(b - a).toBeGreaterThanOrEqual(14);
		expect(b).toBeLessThanOrEqual(356 - 4 - 5);
		const apart = profileLayout({ ...input, switches: [2000, 20000] });
		expect(apart.markers[0]).toBeCloseTo(apart.frame.x(2000));
		expect(apart.markers[1]).toBeCloseTo(apart.frame.x(20000));
		// Three crowded at the right end all fit inside, in order.
		const three = spread([300, 303, 306], 40, 340);
		expect(three[1] - three[0]).toBeGreaterThanOrEqual(14);
		expect(three[2] - three[1]).toBeGreaterThanOrEqual(14);
		expect(three[2]).toBeLessThanOrEqual(335);
	});

	it('dashes a line that lies on an earlier one where both show, the part above the plot aside', () => {
		const own = xs.map((v) => 0.2 + 20000 / v);
		const l = profileLayout({ ...input, lines: [xs.map(() => 0.45), own, own.map((v) => v - 0.002)] });
		expect(l.repeats).toEqual([null, null, expect.objectContaining({ of: 1 })]);
		expect(profileLayout(input).repeats).toEqual([null, null]);
	});
});
