/**
 * The recipient of a link sees the sender's point: what the scenario changed and the verdict at the
 * sources, at the verdict and on the first screen; and the link's preview (Open Graph) says the same in
 * the page's raw HTML, before any script runs.
 */
import { test, expect, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { DECISION, normalise, open, settled, watch } from './helpers';

// A stake of 80 % turns the sourced verdict (list it) into its opposite (own it fully).
const ONE = `${DECISION}?v=1&r=4&stake=0.8&name=Team%20A`;
const FIVE = `${DECISION}?v=1&r=4&valuation=15&stake=0.8&raise=2&fees=0.05&growth=0.05`;

const block = (page: Page) => page.getByTestId('scenario-changes');

/** The bottom of the block lies within the first screen, under the verdict's headline. */
async function onFirstScreen(page: Page) {
	const [headline, box] = await Promise.all([
		page.getByTestId('verdict').boundingBox(),
		block(page).boundingBox()
	]);
	expect(box!.y).toBeGreaterThan(headline!.y + headline!.height - 1);
	expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test('a link with one change says it at the verdict, with the verdict at the sources', async ({ page }) => {
	const { errors } = watch(page);
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	]) {
		await page.setViewportSize(viewport);
		await open(page, ONE);
		await settled(page);
		await expect(block(page)).toHaveCount(1);
		await onFirstScreen(page);
	}
	const text = normalise(await block(page).innerText());
	expect(text).toBe(
		normalise(`This scenario changes 1 assumption: Alibaba’s stake before the deal: 63.7 % → 80 %.
			At the sourced values: ${await sourced(page)}`)
	);
	// The stake flips it: at the link's values Own it fully is ahead, at the sources the listing.
	await expect(page.getByTestId('verdict')).toContainText(/Own it fully is .*List Cainiao \(IPO\)/);
	expect(text).toContain('List Cainiao (IPO) leads instead');
	// The label goes to its control.
	await block(page).getByRole('link', { name: 'Alibaba’s stake before the deal' }).click();
	await expect(page).toHaveURL(/#param-stake$/);
	expect(errors).toEqual([]);
});

/** The block's sentence about the sources, as shown. */
async function sourced(page: Page): Promise<string> {
	return normalise(await page.getByTestId('sourced-verdict').innerText()).replace(
		/^At the sourced values: /,
		''
	);
}

test('five changes: three listed, and the rest one click away in the full list', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, FIVE);
	await settled(page);
	await onFirstScreen(page);
	await expect(block(page)).toContainText('This scenario changes 5 assumptions:');
	await expect(block(page).getByRole('link')).toHaveText([
		'Cainiao equity valuation',
		'Alibaba’s stake before the deal',
		'New money raised in the IPO',
		'and 2 more'
	]);
	await expect(block(page)).toContainText('List Cainiao (IPO) leads too');
	await block(page).getByRole('link', { name: 'and 2 more' }).click();
	const list = page.locator('#changed-list');
	await expect(list).toHaveJSProperty('open', true);
	await expect(list.locator('summary')).toBeFocused();
	await expect(list.locator('li')).toHaveCount(5);
});

test('no block at the sources, nor for a link that only locks and names', async ({ page }) => {
	await open(page, DECISION);
	await settled(page);
	await expect(page.getByTestId('verdict')).toBeVisible();
	await expect(block(page)).toHaveCount(0);
	await open(page, `${DECISION}?v=1&r=4&lock=stake&name=Room`);
	await settled(page);
	await expect(block(page)).toHaveCount(0);
});

test('moved away from the sources on the page, the block gives the sources’ chance it has at hand', async ({
	page
}) => {
	await open(page, DECISION);
	await settled(page);
	await page.locator('#range-stake').focus();
	await page.keyboard.press('End');
	await expect(block(page)).toContainText('This scenario changes 1 assumption');
	await settled(page);
	await expect(page.getByTestId('sourced-verdict')).toContainText(
		/stays ahead in \d+\s% of simulated futures\.$/
	);
});

test('the page’s raw HTML carries the link preview: the name, the verdict, how much changed', async ({
	request
}) => {
	const html = await (await request.get(ONE)).text();
	const meta = (key: string) =>
		new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
	expect(meta('og:type')).toBe('website');
	expect(meta('og:title')).toBe('Team A');
	expect(meta('twitter:title')).toBe('Team A');
	const description = meta('og:description');
	expect(description).toMatch(
		/^Cainiao: list it, or own it fully\? Own it fully leads: it is worth USD\s[\d.]+\sbn more than List Cainiao \(IPO\)\. This scenario changes 1 assumption from the sources; at the sourced values List Cainiao \(IPO\) leads instead\.$/
	);
	expect(meta('twitter:description')).toBe(description);
	// The test server has no ORIGIN: the preview names no address rather than the request's Host.
	expect(meta('og:url')).toBeNull();

	const plain = await (await request.get(DECISION)).text();
	expect(plain).toContain('<meta property="og:title" content="Cainiao: list it, or own it fully?"');
	expect(plain).toContain('Every assumption is at its sourced value.');
});

test('with the block, the page has no axe violations and no sideways scroll at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await open(page, FIVE);
	await settled(page);
	await expect(block(page)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectNoViolations(page);
});
