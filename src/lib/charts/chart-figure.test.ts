/**
 * The server's page carries every chart's data table, closed, for a reader without JavaScript; once the
 * page runs, a table is kept only while open (ChartFigure.svelte.test.ts).
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartFigure from './ChartFigure.svelte';

describe('a chart’s data table on the server', () => {
	it('is in the page, inside its closed details', () => {
		const snippet = (html: string) => createRawSnippet(() => ({ render: () => html }));
		const { body } = render(ChartFigure, {
			props: {
				title: 'Cumulative value, USD bn',
				summary: 'Own: median USD 9 bn by 2026.',
				chart: snippet('<svg viewBox="0 0 10 10"></svg>'),
				table: snippet('<tbody><tr><td>1.5</td></tr></tbody>')
			}
		});
		const details = body.slice(body.indexOf('<details'), body.indexOf('</details>'));
		expect(details).not.toContain(' open');
		expect(details).toMatch(
			/<table[^>]*>.*<caption[^>]*>Cumulative value, USD bn<\/caption>.*<td>1\.5<\/td>/s
		);
	});
});
