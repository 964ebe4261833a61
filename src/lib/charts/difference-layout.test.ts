import { describe, expect, it } from 'vitest';
import { differenceLayout, type Bins } from './difference-layout';
import { TICK_CHAR_PX, tickExtents } from './frame';

const bins: Bins = {
	edges: [-9.6, -6, -3, 0, 3, 6, 9.6],
	shares: [0.05, 0.1, 0.2, 0.3, 0.25, 0.1],
	tails: [0.01, 0]
};
const format = (v: number) => `USD ${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)} bn`;
const input = { width: 640, bins, aheadText: '57 % of futures', behindText: '43 % of futures', format };

describe('the difference histogram layout', () => {
	it('has a bar per bin, from its left edge, at least 1 px wide, its height by its share', () => {
		const l = differenceLayout(input);
		expect(l.bars).toHaveLength(6);
		l.bars.forEach((bar, k) => {
			expect(bar.x).toBeCloseTo(l.frame.x(bins.edges[k]));
			expect(bar.w).toBeGreaterThanOrEqual(1);
			expect(bar.y).toBeCloseTo(l.frame.y(bins.shares[k]));
		});
		// The tallest bar reaches the top of the plot.
		expect(Math.min(...l.bars.map((b) => b.y))).toBe(l.frame.margin.top);
	});

	it('keeps zero on the axis even when every draw is on one side', () => {
		const l = differenceLayout({ ...input, bins: { ...bins, edges: bins.edges.map((e) => e + 20) } });
		expect(l.frame.x(0)).toBeGreaterThanOrEqual(l.frame.margin.left);
	});

	it('puts the two shares on one line where they fit, and the left one a line higher on a phone', () => {
		const wide = differenceLayout(input);
		expect(wide.behindY).toBe(wide.aheadY);
		const phone = differenceLayout({ ...input, width: 356 });
		expect(phone.behindY).toBeLessThan(phone.aheadY - 12);
		expect(phone.behindY).toBeGreaterThan(0);
	});

	it('gives the axis only as many labels as fit side by side, at every width (no "USD −10 bnUSD −5 bn")', () => {
		for (const width of [300, 356, 390, 480, 640, 817]) {
			const l = differenceLayout({ ...input, width });
			expect(l.ticks.length).toBeGreaterThanOrEqual(2);
			const px = l.ticks.map((t) => l.frame.x(t));
			const len = (t: number) => format(t).length * TICK_CHAR_PX;
			for (let i = 1; i < px.length; i++)
				expect(px[i] - px[i - 1]).toBeGreaterThanOrEqual((len(l.ticks[i]) + len(l.ticks[i - 1])) / 2);
		}
	});

	it('never lets two labels of the axis touch, the leaning end ones included ("USD +1 bnUSD +2 bn")', () => {
		const signed = (unit: string) => (v: number) =>
			`${unit} ${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toLocaleString('en')} ${unit ? 'bn' : 'm'}`;
		const cases: [number[], (v: number) => string][] = [
			[[-0.3, 2.3], signed('USD')],
			[[-1, 4.4], signed('USD')],
			[[-2100, 6900], signed('')],
			[[-3, 21], signed('USD')],
			[[-1.5, 5.8], signed('USD')]
		];
		for (const [[lo, hi], fmt] of cases)
			for (const width of [356, 390, 703, 817, 1280, 1920]) {
				const edges = Array.from({ length: 41 }, (_, k) => lo + ((hi - lo) * k) / 40);
				const shares = edges.slice(1).map(() => 1 / 40);
				const l = differenceLayout({ ...input, width, format: fmt, bins: { edges, shares, tails: [0, 0] } });
				expect(l.ticks.length, `${lo}…${hi} at ${width}`).toBeGreaterThanOrEqual(2);
				const ext = tickExtents(l.frame.x as never, fmt, l.ticks);
				for (let i = 1; i < ext.length; i++)
					expect(ext[i][0] - ext[i - 1][1], `${lo}…${hi} at ${width}`).toBeGreaterThanOrEqual(10);
			}
	});
});
