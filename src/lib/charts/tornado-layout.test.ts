import { describe, expect, it } from 'vitest';
import { pendingHeight } from '$lib/ui/pending-heights';
import { loadAllModels } from '$lib/decisions/registry';
import { formatSigned } from '$lib/ui/format';
import { plotBox, ticksFit } from './frame';
import { LINE_HEIGHT, tornadoChart, tornadoLayout, tornadoSides } from './tornado-layout';

const short = ['Stake', 'Uplift', 'Rate'];
const long = [
	'Cainiao equity valuation at the buyout price',
	'Share of parcels delivered by the group’s own network abroad',
	'Rate'
];

describe('the tornado layout', () => {
	it('makes every row as tall as the most lines any label takes', () => {
		const one = tornadoLayout(360, short);
		const wrapped = tornadoLayout(360, long);
		expect(one.rowHeight).toBe(Math.max(30, 16 + LINE_HEIGHT));
		const most = Math.max(...long.map((l) => wrapped.lines(l).length));
		expect(most).toBeGreaterThan(1);
		expect(wrapped.rowHeight).toBe(Math.max(30, 16 + LINE_HEIGHT * most));
		expect(wrapped.height).toBeGreaterThan(one.height);
	});

	it('gives the page’s placeholder the chart’s own height, wrapped labels included', () => {
		for (const width of [320, 360, 480, 640, 1200])
			for (const labels of [short, long]) {
				const chart = tornadoLayout(width, labels);
				// The placeholder reserves the caption above the plot, then the plot the chart will draw.
				expect(pendingHeight.tornado(width, labels.length, labels)).toBe(84 + chart.height);
			}
	});

	it('for fewer rows than candidates, sizes every row by the tallest candidate, never less', () => {
		const shown = tornadoLayout(360, long.slice(2));
		const reserved = tornadoLayout(360, long, 1);
		expect(reserved.height).toBeGreaterThanOrEqual(shown.height);
	});
});

describe('the tornado chart', () => {
	const rows = [
		{ id: 'a', label: long[0], atLow: -3, atHigh: 5 },
		{ id: 'b', label: long[1], atLow: 2, atHigh: -1 },
		{ id: 'c', label: 'Rate', atLow: 0.5, atHigh: 1 }
	];
	const format = (v: number) => formatSigned(v, 'USD bn');
	const bare = (v: number) => formatSigned(v, '');

	it('starts every bar at the base and ends it at the advantage with the assumption at that end', () => {
		const t = tornadoChart({ width: 640, base: 1, rows, format });
		const { x } = t.frame;
		t.rows.forEach((row, k) => {
			const [low, high] = row.bars;
			expect(low.end).toBe('low');
			for (const [bar, end] of [
				[low, rows[k].atLow],
				[high, rows[k].atHigh]
			] as const) {
				expect(Math.min(bar.x, bar.x + bar.w)).toBeCloseTo(Math.min(x(1), x(end)));
				expect(bar.x + bar.w).toBeCloseTo(Math.max(x(1), x(end), bar.x + 1));
			}
		});
	});

	it('has a value axis under the bars, its labels apart, so a bar’s length can be read', () => {
		for (const width of [290, 356, 480, 640, 1100]) {
			const t = tornadoChart({ width, base: 1, rows, format, bare });
			const box = plotBox(t.frame);
			expect(t.ticks.length, `${width} px`).toBeGreaterThanOrEqual(3);
			expect(ticksFit(t.frame.x as never, t.tickFormat, t.ticks)).toBe(true);
			for (const tick of t.ticks) {
				expect(t.frame.x(tick)).toBeGreaterThanOrEqual(box.left - 1e-9);
				expect(t.frame.x(tick)).toBeLessThanOrEqual(box.right + 1e-9);
			}
			// Room under the plot for the labels AxisX writes 20 px below it, 0.75rem tall.
			expect(t.frame.height - box.bottom).toBeGreaterThanOrEqual(28);
			// The axis spans the bars: from below the shortest end to above the longest.
			expect(Math.min(...t.ticks)).toBeLessThanOrEqual(0);
			expect(Math.max(...t.ticks)).toBeGreaterThanOrEqual(4);
		}
	});

	it('writes the ticks with the unit, and leaves it to the title only where that fits more ticks', () => {
		const wide = tornadoChart({ width: 1100, base: 1, rows: [{ ...rows[0], atHigh: 2 }], format, bare });
		expect(wide.tickFormat).toBe(format);
		const narrow = tornadoChart({ width: 290, base: 1, rows, format, bare });
		expect(narrow.tickFormat).toBe(bare);
		expect(narrow.ticks.length).toBeGreaterThan(
			tornadoChart({ width: 290, base: 1, rows, format }).ticks.length
		);
	});

	it('keeps every label line inside its row and the rows inside the svg, in order', () => {
		const t = tornadoChart({ width: 360, base: 0, rows, format });
		let previous = 0;
		for (const row of t.rows) {
			expect(row.top).toBeGreaterThanOrEqual(previous);
			for (const line of row.lines) {
				expect(line.y).toBeGreaterThan(row.top - LINE_HEIGHT / 2);
				expect(line.y).toBeLessThan(row.top + row.band + LINE_HEIGHT / 2);
			}
			previous = row.top + row.band;
		}
		expect(previous).toBeLessThanOrEqual(t.frame.height);
	});

	it('cuts no assumption’s label of any decision, from a phone to a projector (no "…while others hold…")', async () => {
		const labels = (await loadAllModels()).flatMap((m) => m.params.map((p) => p.label));
		expect(labels.length).toBeGreaterThan(50);
		for (const width of [356, 480, 703, 817, 1100]) {
			const layout = tornadoLayout(width, labels);
			for (const label of labels) {
				const lines = layout.lines(label);
				// Lines joined again give the label back: nothing shortened, whether broken at a space or a hyphen.
				const whole = lines.reduce((a, l) => (a.endsWith('-') ? a + l : `${a} ${l}`));
				expect(whole, `${label} at ${width} px`).toBe(label.split(/\s+/).join(' '));
			}
		}
	});

	it('draws each label’s lines so that, run together as one text, they read as the label, spaces and all', async () => {
		const labels = (await loadAllModels()).flatMap((m) => m.params.map((p) => p.label));
		for (const width of [356, 703, 1100]) {
			const t = tornadoChart({
				width,
				base: 0,
				rows: labels.map((label, k) => ({ id: String(k), label, atLow: -1, atHigh: 1 })),
				format
			});
			t.rows.forEach((row, k) => {
				const text = row.lines.map((l) => l.text).join('');
				expect(text, `at ${width} px`).toBe(labels[k].split(/\s+/).join(' '));
				// Anchored at their end, lines carry a space only before them, where it moves no glyph.
				for (const l of row.lines) expect(l.text.endsWith(' ')).toBe(false);
			});
		}
	});

	it('puts the sides over the plot, on one line where both fit and stacked where they do not', () => {
		const long = tornadoSides(356, 'Open weights ahead', 'Open weights and a paid API ahead');
		expect(long.stacked).toBe(true);
		expect(long.left).toBe(tornadoLayout(356, []).margin.left);
		expect(long.right).toBe(tornadoLayout(356, []).margin.right);
		expect(tornadoSides(1100, 'Open weights ahead', 'Open weights and a paid API ahead').stacked).toBe(false);
		expect(tornadoSides(480, 'Sell ahead', 'Keep ahead').stacked).toBe(false);
	});
});
