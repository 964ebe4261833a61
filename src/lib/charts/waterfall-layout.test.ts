import { describe, expect, it } from 'vitest';
import { loadAllModels } from '$lib/decisions/registry';
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

	it('narrow, puts labels above their bars where that is shorter, beside them otherwise and when wide', () => {
		const longer = [
			{ id: 'a', label: 'Profit lost and dearer capacity if controls tighten, 2024–2033', delta: -3 },
			{ id: 'b', label: 'Capital for growth tighter controls make unneeded, 2024–2033', delta: 2 }
		];
		const phone = waterfallLayout({ ...input, steps: longer, width: 320 });
		expect(phone.compact).toBe(true);
		for (const b of phone.bars) {
			expect(b.lines.at(-1)!.y).toBeLessThan(b.top);
			expect(b.lines.map((l) => l.text).join('')).toBe(b.label);
		}
		// Beside, the same labels would take more lines than above adds rows: the layout kept the shorter.
		expect(phone.frame.height).toBeLessThan(
			waterfallLayout({ ...input, steps: longer, width: 480 }).frame.height + 200
		);
		expect(waterfallLayout({ ...input, width: 320 }).compact).toBe(false);
		const wide = waterfallLayout(input);
		expect(wide.compact).toBe(false);
		expect(wide.frame.margin.left).toBeGreaterThan(200);
		// A long label takes two lines beside its bar, centred on it.
		const rev = wide.bars[0];
		expect(rev.lines).toHaveLength(2);
		expect((rev.lines[0].y + rev.lines[1].y) / 2).toBeCloseTo(rev.top + wide.barHeight / 2);
	});
});

describe('the waterfall’s labels', () => {
	const long = 'Revenue from the marketplaces abroad';

	it('on a phone beside the bars (390 px), and in the printed column, wrap instead of being cut', () => {
		for (const width of [340, 356]) {
			const l = waterfallLayout({ ...input, width });
			expect(l.compact).toBe(false);
			const rev = l.bars[0];
			expect(rev.lines.length).toBeGreaterThan(1);
			expect(rev.lines.map((line) => line.text).join('')).toBe(long);
			// Only a row whose label takes more lines is taller: 'Cost' and 'Tax' keep one-line rows.
			const gap = (k: number) => l.bars[k + 1].top - l.bars[k].top;
			expect(gap(0)).toBeGreaterThan(gap(1));
			expect(gap(1)).toBeCloseTo(28);
		}
	});

	it('keeps each label clear of the bars and labels above and below it, and every row in the svg', () => {
		const more = [...steps, { id: 'x', label: 'Industry-standard delivery time of a parcel', delta: 1 }];
		for (const width of [300, 340, 356, 480, 703, 1100]) {
			const l = waterfallLayout({ ...input, steps: more, width });
			// A line's glyphs reach about this far above and below its baseline (above: the line's centre).
			const [up, down] = l.compact ? [11, 4] : [7, 7];
			const extent = (b: (typeof l.bars)[number]) => [b.lines[0].y - up, b.lines.at(-1)!.y + down];
			l.bars.forEach((b, k) => {
				const [top, bottom] = extent(b);
				const above = k === 0 ? 0 : Math.max(l.bars[k - 1].top + l.barHeight, extent(l.bars[k - 1])[1]);
				const next = l.bars[k + 1];
				const below = next ? Math.min(next.top, extent(next)[0]) : l.frame.height;
				expect(top, `${b.id} at ${width}`).toBeGreaterThanOrEqual(above);
				expect(bottom, `${b.id} at ${width}`).toBeLessThanOrEqual(l.compact ? b.top : below);
				expect(b.top + l.barHeight).toBeLessThanOrEqual(below);
			});
			const last = l.bars.at(-1)!;
			expect(last.top + l.barHeight).toBeLessThanOrEqual(l.frame.height - l.frame.margin.bottom + 1e-9);
		}
	});

	it('reads as the label: the lines joined give it back, spaces and hyphens as they were', () => {
		for (const width of [300, 356, 703]) {
			const l = waterfallLayout({ ...input, width, totalLabel: 'Industry-standard option’s lead' });
			for (const b of l.bars) expect(b.lines.map((line) => line.text).join('')).toBe(b.label);
		}
	});

	it('cuts no part of any decision’s breakdown, nor any option’s lead, from a phone to a projector', async () => {
		const models = (await loadAllModels()).filter((m) => m.breakdown);
		expect(models.length).toBeGreaterThan(3);
		for (const m of models) {
			const ids = [...m.breakdown!.add, ...(m.breakdown!.subtract ?? [])];
			const parts = ids.map((id) => ({ id, label: m.outputs[id].label, delta: 1 }));
			for (const o of m.options)
				for (const width of [300, 340, 356, 480, 703, 1100]) {
					const l = waterfallLayout({ ...input, steps: parts, width, totalLabel: `${o.label}’s lead` });
					for (const b of l.bars)
						expect(b.lines.map((line) => line.text).join(''), `${m.id} at ${width}`).toBe(b.label);
				}
		}
	});

	it('printed (text at 9 px of the screen’s 17), reads whole and is no taller than one-line rows were', async () => {
		const models = (await loadAllModels()).filter((m) => m.breakdown);
		for (const m of models) {
			const ids = [...m.breakdown!.add, ...(m.breakdown!.subtract ?? [])];
			const parts = ids.map((id) => ({ id, label: m.outputs[id].label, delta: -1234.5 }));
			for (const o of m.options) {
				const totalLabel = `${o.label}’s lead`;
				const l = waterfallLayout({ ...input, steps: parts, width: 340, totalLabel, textScale: 9 / 17 });
				for (const b of l.bars) expect(b.lines.map((line) => line.text).join('')).toBe(b.label);
				// The handout held one A4 page with 28 px rows of one (cut) line each: it must not grow.
				expect(l.frame.height, `${m.id}, ${o.id}`).toBeLessThanOrEqual(16 + 28 * (parts.length + 1));
			}
		}
	});

	it('sizes rows, bars and the value column with the text', () => {
		const screen = waterfallLayout({ ...input, width: 340 });
		const paper = waterfallLayout({ ...input, width: 340, textScale: 0.5 });
		expect(paper.barHeight).toBeCloseTo(screen.barHeight / 2);
		expect(paper.frame.height).toBeLessThan(screen.frame.height * 0.6);
		expect(paper.frame.margin.right).toBeLessThan(screen.frame.margin.right);
		// Smaller characters fit more on a line: the long label takes fewer lines.
		expect(paper.bars[0].lines.length).toBeLessThan(screen.bars[0].lines.length);
	});
});
