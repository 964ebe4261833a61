import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { expectRedrawOnlyOnChange } from './redraws';
import Waterfall from './Waterfall.svelte';
import { waterfallLayout } from './waterfall-layout';

// The layout, counted: the chart must not lay itself out again for inputs equal to the last.
vi.mock('./waterfall-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./waterfall-layout')>();
	return { ...actual, waterfallLayout: vi.fn(actual.waterfallLayout) };
});

const long = 'Revenue from the marketplaces abroad over the years';
const unit = 'USD bn';
const props = () => ({
	title: 'Own against List, part by part, USD bn',
	summary: 'Own gains most on revenue.',
	steps: [
		{ id: 'rev', label: long, delta: 5 },
		{ id: 'cost', label: 'Cost', delta: -2 }
	],
	totalLabel: 'Own it fully’s lead',
	positive: { label: 'In favour of Own', color: 'var(--option-0)' },
	negative: { label: 'In favour of List', color: 'var(--option-1)' },
	// A new closure each time, as a page's `format={(v) => formatSigned(v, outUnit)}` gives.
	format: (v: number) => `${unit} ${v}`,
	columns: [
		{ label: 'Own', values: { rev: 9, cost: -4 } },
		{ label: 'List', values: { rev: 4, cost: -2 } }
	]
});

describe('Waterfall', () => {
	it('reads its wrapped labels with their spaces, and its values', () => {
		render(Waterfall, props());
		const img = screen.getByRole('img');
		const labels = [...img.querySelectorAll('text.label')];
		expect(labels[0].querySelectorAll('tspan').length).toBeGreaterThan(1);
		expect(labels.map((t) => t.textContent)).toEqual([long, 'Cost', 'Own it fully’s lead']);
		expect([...img.querySelectorAll('text.value')].map((t) => t.textContent?.trim())).toEqual([
			'USD bn 5',
			'USD bn -2',
			'USD bn 3'
		]);
	});

	it('does not lay out or redraw again for equal inputs in new objects, and does for new numbers', async () => {
		await expectRedrawOnlyOnChange(
			vi.mocked(waterfallLayout),
			render(Waterfall, props()),
			() => props(),
			(moved) => {
				moved.steps[1].delta = -3;
			}
		);
	});
});
