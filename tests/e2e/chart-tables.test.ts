/**
 * A chart's data table is built only while it is open once the page runs (ChartFigure.svelte); the
 * server's page carries every table. One a reader opened before the page's scripts ran stays open and
 * whole once they have: its toggle event came before anything listened.
 */
import { expect, test } from '@playwright/test';
import { DECISION, hydrated, watch } from './helpers';

test('a data table opened before the page’s scripts ran stays open and whole once they have', async ({
	page
}) => {
	const { errors } = watch(page);
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(DECISION, { waitUntil: 'domcontentloaded' });
	const parts = page.locator('section[aria-labelledby="parts-h"] details.data-table');
	await parts.locator('summary').click();
	const rows = parts.locator('table th[scope="row"]');
	await expect(rows.first()).toBeVisible();
	const before = await rows.allTextContents();
	expect(before.length).toBeGreaterThan(1);
	release();
	await hydrated(page);
	await expect(parts).toHaveAttribute('open', '');
	await expect(rows).toHaveText(before);
	// And it closes and opens again as any other.
	await parts.locator('summary').click();
	await expect(parts.locator('table')).toHaveCount(0);
	await parts.locator('summary').click();
	await expect(rows).toHaveText(before);
	expect(errors).toEqual([]);
});
