import { describe, expect, it } from 'vitest';
import { waterfallLayout } from './waterfall-layout';

const steps = [
	{ id: 'rev', label: 'Revenue from the marketplaces abroad', delta: 5 },
	{ id: 'cost', label: 'Cost', delta: -2 },
	{ id: 'tax', label: 'Tax', delta: -1 }
];
const input = { width: 640, steps, totalLabel: 'Own it fully’s lead', format: (v: number) => `USD ${v} bn` };

describe('the waterfall layout', () => {
	it('starts each bar where the last ended and ends with the total from zero', () => {
		const l = waterfallLayout(input);
		expect(l.bars.map((b) => [b.from, b.to])).toEqual([
			[0, 5],
			[5, 3],
			[3, 2],
			[0, 2]
		]);
		expect(l.bars[3].total).toBe(true);
		const { x } = l.frame;
		for (const b of l.bars) {
			expect(b.x).toBeCloseTo(x(Math.min(b.from, b.to)));
			expect(b.x + b.w).toBeCloseTo(x(Math.max(b.from, b.to)));
		}
	});

	it('links each bar to the next at its end, and not the last', () => {
		const l = waterfallLayout(input);
		l.bars.slice(0, -1).forEach((b, k) => {
			expect(b.link?.x).toBeCloseTo(l.frame.x(b.to));
			expect(b.link?.y2).toBe(l.bars[k + 1].top);
		});
		expect(l.bars.at(-1)?.link).toBeUndefined();
	});

	it('keeps the rows in the svg and the value column wide enough for the longest value', () => {
		for (const width of [320, 356, 480, 703]) {
			const l = waterfallLayout({ ...input, width });
			const last = l.bars.at(-1)!;
			expect(last.top + l.barHeight).toBeLessThanOrEqual(l.frame.height - l.frame.margin.bottom + 1e-9);
			expect(l.frame.margin.right).toBeGreaterThanOrEqual('USD -1 bn'.length * 7.8);
		}
	});

	it('on a phone puts each label above its bar, across the width, and beside it otherwise', () => {
		const phone = waterfallLayout({ ...input, width: 320 });
		expect(phone.compact).toBe(true);
		for (const b of phone.bars) expect(b.lines[0].y).toBeLessThan(b.top);
		const wide = waterfallLayout(input);
		expect(wide.compact).toBe(false);
		expect(wide.frame.margin.left).toBeGreaterThan(200);
		// A long label takes two lines beside its bar, centred on it.
		const rev = wide.bars[0];
		expect(rev.lines).toHaveLength(2);
		expect((rev.lines[0].y + rev.lines[1].y) / 2).toBeCloseTo(rev.top + wide.barHeight / 2);
	});
});
