import { describe, expect, it } from 'vitest';
import { fanHeight, fanLayout, type Quantiles } from './fan-layout';
import { keepSame, ticksFit } from './frame';
import type { Scale } from './scales';

const q = (m: number): Quantiles => ({ p05: m - 2, p25: m - 1, p50: m, p75: m + 1, p95: m + 2 });
const input = {
	width: 640,
	periods: [2024, 2025, 2026],
	paths: [
		[q(1), q(2), q(3)],
		[q(-3), q(4), q(9)]
	],
	format: (v: number) => `USD ${v} bn`
};

describe('the fan chart layout', () => {
	it('spans the data with zero, nicely, and puts the first year at the left margin, the last at the right', () => {
		const l = fanLayout(input);
		expect(l.frame.height).toBe(fanHeight(640));
		expect(l.frame.y(l.yTicks[0])).toBeLessThanOrEqual(l.frame.height - l.frame.margin.bottom);
		// The 90 % band runs from -5 to 11: inside the plot, top and bottom.
		expect(l.frame.y(-5)).toBeLessThanOrEqual(l.frame.height - l.frame.margin.bottom);
		expect(l.frame.y(11)).toBeGreaterThanOrEqual(l.frame.margin.top);
		expect(l.yTicks).toContain(0);
		expect(l.frame.x(2024)).toBe(l.frame.margin.left);
		expect(l.frame.x(2026)).toBe(640 - l.frame.margin.right);
	});

	it('sizes the left margin by the longest y label', () => {
		const short = fanLayout({ ...input, format: (v) => String(v) });
		const long = fanLayout(input);
		expect(long.frame.margin.left).toBeGreaterThan(short.frame.margin.left);
	});

	it('draws three finite paths per option, the median through each p50', () => {
		const l = fanLayout(input);
		expect(l.paths).toHaveLength(2);
		for (const p of l.paths) for (const d of [p.outer, p.inner, p.median]) expect(d).toMatch(/^M[-\d.,LZ]+$/);
		const [x0, y0] = l.paths[1].median.slice(1).split(/[L,]/).map(Number);
		expect(x0).toBeCloseTo(l.frame.x(2024));
		expect(y0).toBeCloseTo(l.frame.y(-3));
	});

	it('draws at a given height (a slide) and on a shared domain', () => {
		const l = fanLayout({ ...input, height: 500, domain: [-20, 20] });
		expect(l.frame.height).toBe(500);
		expect(l.frame.y(-20)).toBe(500 - l.frame.margin.bottom);
	});

	it('labels the last year always, counting back, every other year wide and every third on a phone', () => {
		const periods = Array.from({ length: 10 }, (_, i) => 2024 + i);
		const paths = [periods.map((_, i) => q(i))];
		expect(fanLayout({ ...input, periods, paths }).xTicks).toEqual([2025, 2027, 2029, 2031, 2033]);
		expect(fanLayout({ ...input, periods, paths, width: 360 }).xTicks).toEqual([2024, 2027, 2030, 2033]);
		// 2023–2028 on a phone: not only 2023 and 2026.
		const six = periods.slice(0, 6).map((p) => p - 1);
		expect(fanLayout({ ...input, periods: six, paths: [paths[0].slice(0, 6)], width: 356 }).xTicks).toEqual([
			2024, 2026, 2028
		]);
	});

	it('labels years that never touch, and the last one, from 3 to 30 years at 356 to 1920 px', () => {
		for (const n of [3, 6, 11, 16, 30])
			for (const width of [356, 703, 1280, 1920]) {
				const periods = Array.from({ length: n }, (_, i) => 2020 + i);
				const l = fanLayout({ ...input, width, periods, paths: [periods.map((_, i) => q(i))] });
				expect(l.xTicks.at(-1)).toBe(periods.at(-1));
				expect(l.xTicks.length).toBeGreaterThanOrEqual(Math.min(n, 2));
				expect(ticksFit(l.frame.x as Scale, String, l.xTicks, 10, false), `${n} at ${width}`).toBe(true);
			}
	});

	it('draws a median that hides an earlier one dashed over it, and says which it repeats', () => {
		const l = fanLayout({
			...input,
			paths: [input.paths[0], input.paths[0].map((d) => ({ ...d, p50: d.p50 + 0.01 }))]
		});
		expect(l.repeats[0]).toBeNull();
		expect(l.repeats[1]).toMatchObject({ of: 0 });
		expect(fanLayout(input).repeats).toEqual([null, null]);
	});

	it('kept by keepSame, is the same object for equal inputs in new arrays, so the chart does not redraw', () => {
		const layout = keepSame(fanLayout);
		const first = layout(input);
		const copy = {
			...input,
			periods: [...input.periods],
			paths: input.paths.map((p) => p.map((x) => ({ ...x })))
		};
		expect(layout(copy)).toBe(first);
		expect(layout({ ...copy, width: 641 })).not.toBe(first);
	});
});
