import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/ui/format';
import { marksLayout, type MarkLabel, type MarksInput } from './marks';

// The workshop's case: the sources give 1 %, the verdict flips at 1.3 %, on a 390 px phone (about 22 em).
const lift: MarksInput = {
	min: 0,
	max: 0.05,
	source: 0.01,
	breakEven: 0.013,
	text: (x) => formatValue(x, '%', 0.001),
	width: 22,
	inset: 0.6
};

/** Two labels on one row that meet, by their extents. */
const meeting = (labels: MarkLabel[]) =>
	labels.flatMap((a, i) =>
		labels
			.slice(i + 1)
			.filter((b) => a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width)
			.map((b) => `${a.text} / ${b.text}`)
	);

const byId = (labels: MarkLabel[]) => Object.fromEntries(labels.map((l) => [l.id, l]));
/** A label's text with its no-break spaces as spaces. */
const said = (l: MarkLabel) => l.text.replace(/\u00a0/g, ' ');

describe('marksLayout', () => {
	it('puts a break-even next to the sources’ value on another row than their label', () => {
		const l = marksLayout(lift);
		const { source, flip } = byId(l.labels);
		expect(said(source)).toBe('Sources: 1 %');
		expect(said(flip)).toBe('Flips at 1.3 %');
		expect(flip.row).not.toBe(source.row);
		expect(meeting(l.labels)).toEqual([]);
		expect(l.rows).toBe(Math.max(source.row, flip.row) + 1);
		expect(l.ticks).toEqual([
			{ id: 'source', at: expect.closeTo(0.2, 9) },
			{ id: 'flip', at: expect.closeTo(0.26, 9) }
		]);
	});

	it('slides a label by an end aside, beside the end’s, before giving it a row of its own', () => {
		const l = marksLayout({ ...lift, width: 25 });
		const { min, source, flip } = byId(l.labels);
		expect(source.row).toBe(0);
		expect(source.left).toBeGreaterThan(min.left + min.width);
		expect(flip.row).toBe(1);
		expect(l.rows).toBe(2);
	});

	it('keeps labels far apart on one row, centred under their ticks', () => {
		const l = marksLayout({ ...lift, source: 0.015, breakEven: 0.035, width: 40 });
		expect(l.rows).toBe(1);
		const { source } = byId(l.labels);
		expect(source.left + source.width / 2).toBeCloseTo(0.6 + 0.3 * (40 - 1.2));
	});

	it('says a break-even written as the sources’ value once, in one label', () => {
		const l = marksLayout({ ...lift, breakEven: 0.0100004 });
		expect(l.labels.map(said)).toEqual(['0 %', '5 %', 'Sources and flip: 1 %']);
		expect(l.labels[2].id).toBe('both');
		expect(l.ticks.map((t) => t.id)).toEqual(['source', 'flip']);
	});

	it('draws no break-even while there is none, and keeps the ends at the row’s ends', () => {
		const l = marksLayout({ ...lift, breakEven: null });
		expect(l.ticks).toEqual([{ id: 'source', at: expect.closeTo(0.2, 9) }]);
		const { min, max } = byId(l.labels);
		expect(min.left).toBe(0);
		expect(max.left + max.width).toBeCloseTo(22);
		expect(l.labels.some((x) => x.id === 'flip')).toBe(false);
	});

	it('never lets two labels meet or leave the row, wherever the break-even and the sources lie', () => {
		const money: MarksInput = {
			min: 3,
			max: 25,
			source: 10.3,
			breakEven: null,
			text: (x) => formatValue(x, 'USD bn', 0.1),
			width: 22,
			inset: 0.6
		};
		for (const base of [lift, money])
			// From a 320 px phone (about 20 em of the labels' type) to a laptop.
			for (const width of [20, 25, 30, 60])
				for (let s = 0; s <= 10; s++)
					for (let b = -1; b <= 10; b++) {
						const at = (k: number) => base.min + ((base.max - base.min) * k) / 10;
						const l = marksLayout({ ...base, width, source: at(s), breakEven: b < 0 ? null : at(b) });
						expect(meeting(l.labels)).toEqual([]);
						for (const x of l.labels) {
							expect(x.left).toBeGreaterThanOrEqual(0);
							expect(x.left + x.width).toBeLessThanOrEqual(width + 1e-9);
						}
						// Each mark's label spans its tick, so it reads as that tick's.
						for (const t of l.ticks) {
							const x = 0.6 + t.at * (width - 1.2);
							const label = l.labels.find((y) => y.id === t.id) ?? byId(l.labels).both;
							expect(x).toBeGreaterThanOrEqual(label.left - 1e-9);
							expect(x).toBeLessThanOrEqual(label.left + label.width + 1e-9);
						}
					}
	});

	it('puts every mark in the middle of a range of one value, and never gives NaN', () => {
		const l = marksLayout({ ...lift, min: 0.01, max: 0.01, breakEven: 0.01 });
		expect(l.ticks.map((t) => t.at)).toEqual([0.5, 0.5]);
		for (const x of l.labels) expect(Number.isFinite(x.left)).toBe(true);
	});
});
