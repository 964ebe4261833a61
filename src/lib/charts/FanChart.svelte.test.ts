import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Summary } from '$lib/engine/stats';
import FanChart from './FanChart.svelte';
import { fanLayout } from './fan-layout';
import { openDataTables, watchRedraws } from './redraws';

// The layout, counted: the chart must not lay itself out again for inputs equal to the last.
vi.mock('./fan-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./fan-layout')>();
	return { ...actual, fanLayout: vi.fn(actual.fanLayout) };
});

const s = (m: number): Summary => ({
	mean: m,
	se: 0.01,
	p05: m - 2,
	p25: m - 1,
	p50: m,
	p75: m + 1,
	p95: m + 2
});

describe('FanChart', () => {
	// New objects at every call, as a page's new report gives with the same numbers.
	const fresh = () => ({
		title: 'Cumulative value, USD bn',
		summary: 'Own: median USD 9 bn by 2026.',
		unit: 'USD bn',
		periods: [2024, 2025, 2026],
		series: [
			{ id: 'a', label: 'List it', color: 'var(--option-0)', path: [s(1), s(2), s(3)] },
			{ id: 'b', label: 'Own it', color: 'var(--option-1)', path: [s(-3), s(4), s(9)] }
		]
	});
	const props = fresh();

	it('is an image named by its title and summary, with a band and a median line per option', () => {
		render(FanChart, props);
		const img = screen.getByRole('img', { name: /Cumulative value, USD bn.*Own: median USD 9 bn by 2026/ });
		expect(img.querySelectorAll('path')).toHaveLength(6);
		for (const path of img.querySelectorAll('path')) expect(path.getAttribute('d')).not.toMatch(/NaN/);
	});

	it('has a data table with each year, median and 90 % interval', async () => {
		render(FanChart, props);
		await openDataTables();
		const table = screen.getByRole('table');
		const rows = within(table).getAllByRole('row');
		expect(rows).toHaveLength(4);
		expect(rows[3]).toHaveTextContent('2026');
		expect(rows[3]).toHaveTextContent('USD 9 bn (USD 7 bn to USD 11 bn)');
	});

	it('does not lay out or redraw again for equal inputs in new objects, and does for new numbers', async () => {
		const layout = vi.mocked(fanLayout);
		const { rerender, container } = render(FanChart, fresh());
		const calls = layout.mock.calls.length;
		const changes = watchRedraws(container);

		await rerender(fresh());
		expect(layout.mock.calls.length).toBe(calls);
		expect(changes()).toHaveLength(0);

		const moved = fresh();
		moved.series[1].path[2] = s(10);
		await rerender(moved);
		expect(layout.mock.calls.length).toBe(calls + 1);
		expect(changes().length).toBeGreaterThan(0);
	});
});
