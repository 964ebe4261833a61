/**
 * A chart's download. A browser starts a download only soon after the click that asked for it; a file made
 * later (a PNG drawn on a busy device) waits for a click on Save rather than being dropped without a word.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChartFigure from './ChartFigure.svelte';

describe('a chart’s download', () => {
	let saved: string[] = [];

	/** Records the files "saved" through the download link, with the click's activation as given. */
	beforeEach(() => {
		saved = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			saved.push(this.download);
		});
		URL.createObjectURL ??= () => 'blob:x';
		URL.revokeObjectURL ??= () => {};
	});
	afterEach(() => {
		vi.restoreAllMocks();
		Reflect.deleteProperty(navigator, 'userActivation');
	});
	const activation = (isActive: boolean) =>
		Object.defineProperty(navigator, 'userActivation', { value: { isActive }, configurable: true });

	const props = {
		title: 'Cumulative value, USD bn',
		summary: 'Own: median USD 9 bn by 2026.',
		exportName: 'fan',
		chart: createRawSnippet(() => ({
			render: () => '<svg viewBox="0 0 10 10" width="10" height="10"><rect width="5" height="5" /></svg>'
		})),
		table: createRawSnippet(() => ({ render: () => '<tbody><tr><td>1</td></tr></tbody>' }))
	};

	it('waits for a click on Save when the click that asked for it no longer allows a download', async () => {
		// The browser's transient activation has run out, as after a slow PNG on a busy device.
		activation(false);
		render(ChartFigure, props);
		await fireEvent.click(screen.getByRole('button', { name: /^Download SVG/ }));
		expect(saved).toEqual([]);
		const save = await screen.findByRole('button', { name: /^Save the SVG/ });
		expect(screen.getByRole('status')).toHaveTextContent('The SVG is ready: press Save.');
		await fireEvent.click(save);
		expect(saved).toEqual(['fan.svg']);
		expect(screen.queryByRole('button', { name: /^Save the SVG/ })).toBeNull();
	});

	it('downloads at once while the click still allows it', async () => {
		activation(true);
		render(ChartFigure, props);
		await fireEvent.click(screen.getByRole('button', { name: /^Download SVG/ }));
		expect(saved).toEqual(['fan.svg']);
		expect(screen.queryByRole('button', { name: /^Save the SVG/ })).toBeNull();
	});
});
