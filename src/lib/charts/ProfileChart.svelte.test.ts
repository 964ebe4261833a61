import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ProfileChart from './ProfileChart.svelte';
import { profileLayout } from './profile-layout';
import { expectRedrawOnlyOnChange } from './redraws';

// The layout, counted: the chart must not lay itself out again for inputs equal to the last.
vi.mock('./profile-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./profile-layout')>();
	return { ...actual, profileLayout: vi.fn(actual.profileLayout) };
});

const xs = [1000, 2000, 5000, 10000, 20000];
const props = () => ({
	title: 'Cost per parcel, USD, by daily volume (parcels)',
	summary: 'Robots are cheapest above 4,000 parcels a day.',
	xs,
	scale: 'log' as const,
	lines: [
		{ id: 'van', label: 'Vans', color: 'var(--option-0)', values: xs.map((x) => 2 + 1000 / x) },
		{ id: 'bot', label: 'Robots', color: 'var(--option-1)', values: xs.map((x) => 1 + 5000 / x) }
	],
	switches: [{ at: 4000, text: 'Robots are cheapest above 4,000 parcels a day' }],
	current: 8000,
	// New closures each time, as a page passes them.
	formatX: (v: number) => `${v}`,
	formatY: (v: number) => `USD ${v.toFixed(2)}`,
	xLabel: 'Daily volume (parcels)',
	lowerIsBetter: true
});

describe('ProfileChart', () => {
	it('is an image named by its title, a line per option and a lettered marker where the best changes', () => {
		render(ProfileChart, props());
		const img = screen.getByRole('img', { name: /Cost per parcel/ });
		expect(img.querySelectorAll('path')).toHaveLength(2);
		expect(img.querySelector('.switch text')?.textContent).toBe('A');
		expect(screen.getByRole('listitem')).toHaveTextContent('Robots are cheapest above 4,000 parcels a day');
	});

	it('does not lay out or redraw again for equal inputs in new objects, and does for new numbers', async () => {
		await expectRedrawOnlyOnChange(
			vi.mocked(profileLayout),
			render(ProfileChart, props()),
			() => props(),
			(moved) => {
				moved.lines[1].values = moved.lines[1].values.map((v) => v * 1.1);
			}
		);
	});
});
