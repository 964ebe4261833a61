/**
 * A chart's download: a file at once for an SVG (once the download's code has loaded, at the first press);
 * for a PNG, which takes a moment to draw, the figure says it is being made, then hands it to the browser,
 * however long it took. A placeholder or a failure says so.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as files from '$lib/export/files';
import ChartFigure from './ChartFigure.svelte';

const snippet = (html: string) => createRawSnippet(() => ({ render: () => html }));
/** A figure's props: a drawn chart, and a data table of one number. */
const figureProps = {
	title: 'Cumulative value, USD bn',
	summary: 'Own: median USD 9 bn by 2026.',
	chart: snippet('<svg viewBox="0 0 10 10" width="10" height="10"><rect width="5" height="5" /></svg>'),
	table: snippet('<tbody><tr><td>1.5</td></tr></tbody>')
};

describe('a chart’s download', () => {
	let saved: string[] = [];

	/** Records the files "saved" through the download link. */
	beforeEach(() => {
		saved = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			saved.push(this.download);
		});
		URL.createObjectURL ??= () => 'blob:x';
		URL.revokeObjectURL ??= () => {};
	});
	afterEach(() => vi.restoreAllMocks());

	const props = { ...figureProps, exportName: 'fan' };
	const figure = () => document.querySelector('figure')!;

	it('saves an SVG at once', async () => {
		render(ChartFigure, props);
		await fireEvent.click(screen.getByRole('button', { name: /^Download SVG/ }));
		await waitFor(() => expect(saved).toEqual(['fan.svg']));
		expect(figure().dataset).toMatchObject({ export: 'saved', presses: '1' });
	});

	it('says a PNG is being made, then saves it however late, and ignores presses meanwhile', async () => {
		let finish!: (b: Blob) => void;
		vi.spyOn(files, 'svgToPng').mockReturnValue(new Promise((resolve) => (finish = resolve)));
		render(ChartFigure, props);
		const png = screen.getByRole('button', { name: /^Download PNG/ });
		await fireEvent.click(png);
		expect(screen.getByRole('status')).toHaveTextContent('Making the PNG…');
		expect(png).toHaveAttribute('aria-disabled', 'true');
		await fireEvent.click(png);
		await waitFor(() => expect(files.svgToPng).toHaveBeenCalledTimes(1));
		finish(new Blob(['png']));
		await waitFor(() => expect(saved).toEqual(['fan.png']));
		expect(screen.getByRole('status')).toHaveTextContent(/^$/);
		expect(figure().dataset).toMatchObject({ export: 'saved', presses: '2' });
	});

	it('says why a PNG could not be made', async () => {
		vi.spyOn(files, 'svgToPng').mockRejectedValue(new Error('The chart took too long to become an image.'));
		render(ChartFigure, props);
		await fireEvent.click(screen.getByRole('button', { name: /^Download PNG/ }));
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Could not make the PNG: The chart took too long to become an image.'
			)
		);
		expect(saved).toEqual([]);
		expect(figure().dataset.export).toBe('problem');
	});

	it('a chart still a placeholder says so, and saves nothing', async () => {
		render(ChartFigure, { ...props, chart: snippet('<p>Computing…</p>') });
		await fireEvent.click(screen.getByRole('button', { name: /^Download PNG/ }));
		expect(screen.getByRole('status')).toHaveTextContent(/still being drawn/);
		expect(saved).toEqual([]);
	});
});

describe('a chart’s data table', () => {
	const props = figureProps;

	it('is in the page only while it is open, so a key press does not write closed tables', async () => {
		render(ChartFigure, props);
		await tick();
		const details = document.querySelector('details.data-table') as HTMLDetailsElement;
		expect(details.open).toBe(false);
		expect(document.querySelector('table')).toBeNull();
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		await waitFor(() => expect(screen.getByRole('table', { name: props.title })).toHaveTextContent('1.5'));
		details.open = false;
		details.dispatchEvent(new Event('toggle'));
		await waitFor(() => expect(document.querySelector('table')).toBeNull());
	});
});

describe('a chart’s data table after the page runs', () => {
	const props = figureProps;

	it('made after the page runs, never builds its closed table', async () => {
		render(ChartFigure, props);
		const added: Node[] = [];
		const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
		observer.observe(document.body, { childList: true, subtree: true });
		render(ChartFigure, props);
		await tick();
		observer.disconnect();
		const tables = added.filter(
			(n) => n instanceof Element && (n.matches('table') || n.querySelector('table'))
		);
		expect(document.querySelectorAll('figure')).toHaveLength(2);
		expect(tables).toEqual([]);
	});
});

describe('a chart’s data table on a slide', () => {
	afterEach(() => vi.restoreAllMocks());

	it('takes the plot’s place at the plot’s height, scrolling within it, and gives it back when closed', async () => {
		vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(240);
		render(ChartFigure, { ...figureProps, fill: true });
		await tick();
		const figure = document.querySelector('figure')!;
		// Its height set by the slide, as on a projector (Outcome.svelte).
		figure.style.flexBasis = '0px';
		const details = figure.querySelector('details')!;
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		const region = await screen.findByRole('region', { name: 'Data table: Cumulative value, USD bn' });
		expect(region).toHaveAttribute('tabindex', '0');
		expect(figure).toHaveClass('table-instead');
		expect(figure.style.getPropertyValue('--table-room')).toBe('240px');
		details.open = false;
		details.dispatchEvent(new Event('toggle'));
		await waitFor(() => expect(figure).not.toHaveClass('table-instead'));
		expect(screen.queryByRole('region')).toBeNull();
	});

	it('stays below the plot on a slide the page scrolls through (a phone), whose figure is as tall as it needs', async () => {
		vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(240);
		render(ChartFigure, { ...figureProps, fill: true });
		await tick();
		const figure = document.querySelector('figure')!;
		figure.style.flexBasis = 'auto';
		const details = figure.querySelector('details')!;
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		await screen.findByRole('table');
		expect(figure).not.toHaveClass('table-instead');
		expect(figure.style.getPropertyValue('--table-room')).toBe('');
	});

	it('stays below the plot off a slide', async () => {
		render(ChartFigure, figureProps);
		await tick();
		const details = document.querySelector('details')!;
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		await screen.findByRole('table');
		expect(document.querySelector('figure')).not.toHaveClass('table-instead');
		expect(screen.queryByRole('region')).toBeNull();
	});

	it('takes the focus off a slide too where the table is wider than its box, and scrolls sideways', async () => {
		vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
			return this.tagName === 'TABLE' ? 500 : 350;
		});
		vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
			return this.classList.contains('table-wrap') ? 500 : 0;
		});
		render(ChartFigure, figureProps);
		await tick();
		const details = document.querySelector('details')!;
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		const region = await screen.findByRole('region', { name: 'Data table: Cumulative value, USD bn' });
		expect(region).toHaveAttribute('tabindex', '0');
		expect(document.querySelector('figure')).not.toHaveClass('table-instead');
	});
});
