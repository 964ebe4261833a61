/**
 * Every decision on the landing page works end to end: it opens with its verdict and charts, a slider
 * moved with the keyboard changes the numbers and the link, and the link reopens the same numbers.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadDecisions } from '../decisions';
import { hydrated, open, settled, watch } from './helpers';

// Every decision folder, the test-only one included: the build under test has it (playwright.config.ts).
const EXPECTED = (await loadDecisions()).map((d) => d.meta.id);

/** What the model and the simulation computed, as the page shows it. */
async function numbers(page: Page) {
	await settled(page);
	return {
		verdict: await page.getByTestId('verdict').textContent(),
		uncertainty: await page.getByTestId('uncertainty').textContent(),
		options: await page.getByRole('region', { name: 'The options' }).locator('.value').allTextContents(),
		charts: await page.locator('figcaption').allTextContents()
	};
}

test('the landing page lists every decision with its question', async ({ page }) => {
	await open(page, '/');
	const links = page.getByRole('region', { name: 'Decisions', exact: true }).locator('li.card > a');
	const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
	expect(hrefs).toEqual(EXPECTED.map((id) => `/decisions/${id}`));
	for (const link of await links.all()) await expect(link).toContainText('?');
});

for (const id of EXPECTED) {
	test(`${id}: a keyboard slider move changes the numbers and the link, and the link reopens them`, async ({
		page
	}) => {
		const { errors } = watch(page);
		await open(page, `/decisions/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByTestId('verdict')).toHaveText(/(worth|costs|costing) (USD|RMB)\s[\d.,]+/);
		await expect(page.getByRole('region', { name: 'Value over time' }).getByRole('img')).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Which assumptions matter' }).getByRole('img')
		).toBeVisible();
		const before = await numbers(page);

		// The crux assumption is the tornado's longest bar: moving it must change the answer.
		const crux = await page
			.getByRole('region', { name: 'What would flip it' })
			.getByRole('rowheader')
			.getByRole('link')
			.first()
			.getAttribute('href');
		const slider = page.locator(`${crux} input[type="range"]`);
		await slider.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		const key = crux!.replace('#param-', '');
		await expect.poll(() => new URL(page.url()).searchParams.get(key)).not.toBeNull();
		// The link is written a moment after the last key press; wait until it has stopped changing.
		await expect
			.poll(async () => {
				const seen = page.url();
				await page.waitForTimeout(400);
				return page.url() === seen;
			})
			.toBe(true);
		const after = await numbers(page);
		expect(after.options).not.toEqual(before.options);

		const link = page.url();
		await page.goto('about:blank');
		await page.goto(link);
		await hydrated(page);
		expect(await numbers(page)).toEqual(after);
		expect(errors).toEqual([]);
	});
}
