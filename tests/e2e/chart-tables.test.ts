/**
 * A chart's data table is built only while it is open once the page runs (ChartFigure.svelte); the
 * server's page carries every table. One a reader opened before the page's scripts ran stays open and
 * whole once they have: its toggle event came before anything listened. On a phone, a table wider than
 * the page scrolls in its box, which the keyboard reaches.
 */
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { DECISION, hydrated, open, settled, watch } from './helpers';
import { loadDecisions } from '../decisions';

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

const decisions = (await loadDecisions()).map((d) => d.def.id);

// One test a decision: fourteen pages, each settled and checked with axe, outlasted one test's time on a
// slow machine (a CI run timed out at 180 s).
for (const id of decisions) {
	test(`on a phone, ${id}’s data tables open within the page’s width; a wide one scrolls in its box, by keyboard`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		const { errors } = watch(page);
		await page.setViewportSize({ width: 360, height: 780 });
		await open(page, `/decisions/${id}`);
		await settled(page);
		const summaries = page.locator('details.data-table summary');
		for (const summary of await summaries.all()) await summary.click();
		// Every table in, each built as its disclosure's toggle event arrives.
		const boxes = page.locator('details.data-table[open] .table-wrap');
		await expect(boxes).toHaveCount(await summaries.count());
		// Once a table more than 360 px wide made the whole page scroll sideways (487 px for last mile).
		const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
		expect(width, `${id}: the page scrolls sideways with its tables open`).toBeLessThanOrEqual(360);
		let scrolling = 0;
		for (const box of await boxes.all()) {
			const [scrollWidth, clientWidth] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
			if (scrollWidth <= clientWidth) continue;
			scrolling++;
			// Set once the box has measured itself: waited for.
			await expect(box, `${id}: a table that scrolls sideways takes no focus`).toHaveAttribute(
				'tabindex',
				'0'
			);
			await expect(box).toHaveAttribute('role', 'region');
			if (scrolling > 1) continue;
			await box.focus();
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
		}
		// The check is not empty: last mile's tables are wider than a phone.
		if (id === 'last-mile') expect(scrolling).toBeGreaterThan(0);
		await expectNoViolations(page);
		expect(errors).toEqual([]);
	});
}
