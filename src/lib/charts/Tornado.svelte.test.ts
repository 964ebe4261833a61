import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { expectRedrawOnlyOnChange } from './redraws';
import Tornado from './Tornado.svelte';
import { tornadoChart } from './tornado-layout';

// The layout, counted: the chart must not lay itself out again for inputs equal to the last.
vi.mock('./tornado-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./tornado-layout')>();
	return { ...actual, tornadoChart: vi.fn(actual.tornadoChart) };
});

const long = 'Share of parcels delivered by the group’s own network abroad';
const props = () => ({
	title: 'Advantage of Own over List, USD bn',
	summary: 'The discount rate moves it most.',
	unit: 'USD bn',
	base: 1.5,
	rows: [
		{ id: 'rate', label: 'Discount rate', lowText: '8 %', highText: '12 %', atLow: 3, atHigh: -0.5 },
		{ id: 'share', label: long, lowText: '20 %', highText: '60 %', atLow: 0.5, atHigh: 2.5 }
	],
	positiveLabel: 'Own ahead',
	negativeLabel: 'List ahead',
	selected: 'rate',
	// A new closure each time, as a page passes it.
	onselect: (id: string) => void id
});

describe('Tornado', () => {
	it('reads its wrapped labels with their spaces, as a search or a copy of the chart finds them', () => {
		render(Tornado, props());
		const labels = [...screen.getByRole('img').querySelectorAll('text.label')];
		expect(labels.map((t) => t.querySelectorAll('tspan').length)).toEqual([1, 2]);
		expect(labels.map((t) => t.textContent)).toEqual(['Discount rate', long]);
		expect(screen.getByRole('button', { name: `Show ${long}: from 20 % to 60 %` })).toBeInTheDocument();
	});

	it('draws a value axis under the bars, so their lengths read off it, the unit on it or in the title', () => {
		render(Tornado, props());
		const svg = screen.getByRole('img');
		const ticks = [...svg.querySelectorAll('.x-axis text')].map((t) =>
			t.textContent?.replace(/\u00a0/g, ' ')
		);
		expect(ticks.length).toBeGreaterThanOrEqual(3);
		const written = ticks.every((t) => /^USD [+−]?\d+(\.\d+)? bn$/.test(t!))
			? 'with the unit'
			: ticks.every((t) => /^[+−]?\d+(\.\d+)?$/.test(t!)) && 'without it';
		expect(written).toBeTruthy();
		expect(ticks).toContain(written === 'with the unit' ? 'USD 0 bn' : '0');
		if (written === 'without it') expect(props().title).toMatch(/, USD bn$/);
		expect(svg.querySelectorAll('line.grid')).toHaveLength(ticks.length);
	});

	it('does not lay out or redraw again for equal inputs in new objects, and does for new numbers', async () => {
		await expectRedrawOnlyOnChange(
			vi.mocked(tornadoChart),
			render(Tornado, props()),
			() => props(),
			(moved) => {
				moved.rows[1].atHigh = 4;
			}
		);
	});
});
