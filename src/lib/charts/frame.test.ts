import { describe, expect, it } from 'vitest';
import { edgeAnchor, fittingTicks, keepSame, plotBox, sameData, TICK_CHAR_PX, tickExtents } from './frame';
import { linear } from './scales';

describe('the chart frame', () => {
	it('gives the plot box inside the margins', () => {
		const box = plotBox({ width: 300, height: 200, margin: { top: 10, right: 20, bottom: 30, left: 40 } });
		expect(box).toEqual({ left: 40, right: 280, top: 10, bottom: 170 });
	});

	it('leans a label near an end of the axis inwards', () => {
		expect(edgeAnchor(42, 40, 280)).toBe('start');
		expect(edgeAnchor(160, 40, 280)).toBe('middle');
		expect(edgeAnchor(270, 40, 280)).toBe('end');
	});

	it('keeps as many ticks as fit without their labels touching, fewer on a narrow axis', () => {
		const label = (v: number) => `USD ${v} bn`;
		const wide = fittingTicks(linear([-10, 10], [0, 800]), label, 5);
		expect(wide).toEqual([-10, -5, 0, 5, 10]);
		const narrow = linear([-10, 10], [40, 316]);
		const ticks = fittingTicks(narrow, label, 5);
		expect(ticks.length).toBeLessThan(5);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		for (let i = 1; i < ticks.length; i++)
			expect(narrow(ticks[i]) - narrow(ticks[i - 1])).toBeGreaterThan(label(ticks[i]).length * TICK_CHAR_PX);
	});

	it('reaches a leaning end label its whole width inwards, a centred one half each side', () => {
		const x = linear([0, 10], [40, 340]);
		const [first, mid, last] = tickExtents(x, (v) => 'x'.repeat(v || 2), [0, 5, 10]);
		expect(first).toEqual([40, 40 + 2 * TICK_CHAR_PX]);
		expect(mid).toEqual([190 - 2.5 * TICK_CHAR_PX, 190 + 2.5 * TICK_CHAR_PX]);
		expect(last).toEqual([340 - 10 * TICK_CHAR_PX, 340]);
	});

	it('keeps two labels, far apart, where even d3’s fewest ticks do not fit (not "USD 0 bn" alone)', () => {
		const label = (v: number) => `USD ${v > 0 ? '+' : ''}${v} bn`;
		const x = linear([-2, 6], [40, 316]);
		const ticks = fittingTicks(x, label, 3);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(x(ticks.at(-1)!) - x(ticks[0])).toBeGreaterThan(150);
		const ext = tickExtents(x, label, ticks);
		for (let i = 1; i < ext.length; i++) expect(ext[i][0]).toBeGreaterThanOrEqual(ext[i - 1][1] + 10);
	});

	it('compares plain chart data by value', () => {
		expect(sameData({ a: [1, 2, { b: 'x' }] }, { a: [1, 2, { b: 'x' }] })).toBe(true);
		expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
		expect(sameData({ a: [1, NaN] }, { a: [1, NaN] })).toBe(true);
		expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameData([1], { 0: 1 })).toBe(false);
	});

	it('takes a new closure of the same formatter as the same, and one over another unit as different', () => {
		const formatter = (unit: string) => (v: number) => `${unit} ${v.toFixed(1)}`;
		expect(sameData(formatter('USD'), formatter('USD'))).toBe(true);
		expect(sameData(formatter('USD'), formatter('EUR'))).toBe(false);
		expect(sameData(formatter('USD'), (v: number) => `USD ${v.toFixed(1)}`)).toBe(false);
	});

	it('keepSame computes again only when the input changed', () => {
		let runs = 0;
		const layout = keepSame((i: { xs: number[] }) => ({ runs: ++runs, n: i.xs.length }));
		const first = layout({ xs: [1, 2] });
		expect(layout({ xs: [1, 2] })).toBe(first);
		expect(runs).toBe(1);
		expect(layout({ xs: [1, 3] })).not.toBe(first);
		expect(runs).toBe(2);
	});
});
