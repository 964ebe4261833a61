/**
 * A key press whose simulation takes a few milliseconds runs it on the page's own thread, in the press's
 * task, and is painted once (state/page-simulation.ts): the page never shows the press as running, and
 * its numbers are those the worker gives the same link. 2,000 futures of Cainiao take well under a
 * millisecond here, so the page takes them over however busy the machine running the tests is.
 */
import { expect, test, type Page } from '@playwright/test';
import { DECISION, hydrated, settled, watch } from './helpers';

const PAGE_MARK = 'scenario-lab:simulation-on-page';

/**
 * What a page says of its simulation: the verdict's headline (its chance), and the spread of the
 * advantage and the paths over time, as text (with their data tables) and as drawn (the charts' SVG,
 * whose coordinates carry the quantiles' digits far past the tables' rounding). Not the whole article: the
 * sentence on the sourced values gives a chance only on a page that simulated them itself.
 */
async function simulated(page: Page) {
	const region = (name: string) => page.getByRole('region', { name });
	// A chart's data table is in the page only while open: opened as a reader would, in both regions.
	for (const name of ['How sure we can be', 'Value over time']) {
		const tables = region(name).locator('details.data-table');
		await tables.locator('summary').evaluateAll((all) => all.forEach((s) => (s as HTMLElement).click()));
		await expect(region(name).locator('details.data-table table')).toHaveCount(await tables.count());
	}
	// Without the ids that tie a chart to its caption: they count the charts mounted before it, which a
	// page opened at a link and one moved on to it need not share.
	const svg = (name: string) =>
		region(name)
			.locator('svg')
			.evaluateAll((all) => all.map((e) => e.outerHTML.replace(/ aria-labelledby="[^"]*"/g, '')));
	return {
		headline: await page.locator('.headline').textContent(),
		sure: await region('How sure we can be').textContent(),
		time: await region('Value over time').textContent(),
		sureDrawn: await svg('How sure we can be'),
		timeDrawn: await svg('Value over time')
	};
}

test('a quick key press is simulated on the page, never shown running, with the worker’s numbers', async ({
	page,
	browser
}) => {
	const seen = watch(page);
	await page.goto(`${DECISION}?v=1&r=4&n=2000&seed=9`);
	await hydrated(page);
	await settled(page);
	const slider = page.locator('#range-valuation');
	await slider.focus();
	const marks = () => page.evaluate((name) => performance.getEntriesByName(name).length, PAGE_MARK);
	// The first presses go to the worker while the page readies its own simulation in idle time.
	for (let k = 0; k < 10 && (await marks()) === 0; k++) {
		await page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
		await settled(page);
		await page.waitForTimeout(300);
	}
	expect(await marks()).toBeGreaterThan(0);

	// Every state the article takes after a press is recorded.
	await page.evaluate(() => {
		const w = window as unknown as { states: string[] };
		w.states = [];
		const article = document.querySelector('article')!;
		new MutationObserver(() => w.states.push(article.dataset.simulation ?? '')).observe(article, {
			attributes: true,
			subtree: true,
			childList: true,
			characterData: true
		});
	});
	// A press the page simulated. Not necessarily the next: on a machine busy with other tests a run here
	// can take over PAGE_MS, and the presses after it go to the worker until the page tries again.
	let states: string[] | null = null;
	for (let k = 0; k < 20 && !states; k++) {
		await page.evaluate(() => ((window as unknown as { states: string[] }).states = []));
		const before = await marks();
		const value = await slider.inputValue();
		await page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
		await expect(slider).not.toHaveValue(value);
		if ((await marks()) === before + 1)
			states = await page.evaluate(() => (window as unknown as { states: string[] }).states);
		else await settled(page);
	}
	expect(states).not.toBeNull();
	expect(states!.length).toBeGreaterThan(0);
	expect(states!.every((s) => s === 'settled')).toBe(true);
	const here = await simulated(page);
	expect(here.sure).toContain('simulated futures');
	expect(here.sureDrawn.join('')).toContain('<rect');

	// The same link, opened afresh, is simulated by the worker: the page reads the same, number for number.
	// The address follows the page a moment after a change: wait for this press's value in it.
	const now = await slider.inputValue();
	await expect.poll(() => new URL(page.url()).searchParams.get('valuation')).toBe(now);
	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(page.url());
	await hydrated(fresh);
	await settled(fresh);
	expect(await fresh.evaluate((name) => performance.getEntriesByName(name).length, PAGE_MARK)).toBe(0);
	expect(await simulated(fresh)).toEqual(here);
	await context.close();
	expect(seen.errors).toEqual([]);
});
