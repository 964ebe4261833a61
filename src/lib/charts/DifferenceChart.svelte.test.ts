import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DifferenceChart from './DifferenceChart.svelte';
import { differenceLayout } from './difference-layout';
import { expectRedrawOnlyOnChange } from './redraws';

// The layout, counted: the chart must not lay itself out again for inputs equal to the last.
vi.mock('./difference-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./difference-layout')>();
	return { ...actual, differenceLayout: vi.fn(actual.differenceLayout) };
});

const unit = 'USD bn';
const props = () => ({
	title: 'Advantage of Own over List, USD bn',
	summary: 'Own is ahead in 57 % of futures.',
	histogram: { edges: [-4, -2, 0, 2, 4], shares: [0.1, 0.33, 0.4, 0.17], tails: [0, 0] as [number, number] },
	median: 0.5,
	aheadText: '57 % of futures',
	behindText: '43 % of futures',
	aheadColor: 'var(--option-0)',
	behindColor: 'var(--option-1)',
	aheadLabel: 'Own ahead',
	behindLabel: 'List ahead',
	// A new closure each time, as a page's `format={(v) => formatSigned(v, unit)}` gives.
	format: (v: number) => `${unit} ${v}`
});

describe('DifferenceChart', () => {
	it('is an image named by its title, a bar per bin, the axis labelled', () => {
		render(DifferenceChart, props());
		const img = screen.getByRole('img', { name: /Advantage of Own over List/ });
		expect(img.querySelectorAll('rect')).toHaveLength(4);
		expect(img.textContent).toContain('USD bn 0');
		expect(img.textContent).toContain('57 % of futures →');
	});

	it('does not lay out or redraw again for equal inputs in new objects, and does for new numbers', async () => {
		await expectRedrawOnlyOnChange(
			vi.mocked(differenceLayout),
			render(DifferenceChart, props()),
			() => props(),
			(moved) => {
				moved.histogram.shares = [0.2, 0.3, 0.3, 0.2];
			}
		);
	});
});
