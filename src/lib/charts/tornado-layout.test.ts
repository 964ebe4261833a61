import { describe, expect, it } from 'vitest';
import { pendingHeight } from '$lib/ui/pending-heights';
import { LINE_HEIGHT, tornadoLayout } from './tornado-layout';

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
