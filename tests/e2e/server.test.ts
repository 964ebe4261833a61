/**
 * A server that a link cannot take down: whatever sample count a link asks for, the server renders the
 * bounded part (the deterministic verdict, the options, the assumptions against their sources) and leaves
 * the sweeps and the simulation to the browser, which fills slots of fixed size; page HTML is compressed
 * and cacheable. Timing is the load script's business (npm run load); these tests check the behaviour.
 */
import { expect, test } from '@playwright/test';
import { DECISION, hydrated, settled } from './helpers';

const BIG = `${DECISION}?v=1&r=4&valuation=12&n=100000&seed=77`;

test('the server renders the verdict and the sources, and holds the simulation’s and sweeps’ places', async ({
	browser,
	request
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(BIG);
	await expect(page.getByTestId('verdict')).toContainText('USD');
	// What the scenario changed against its source is there for a reader without JavaScript.
	await expect(page.locator('#range-valuation')).toHaveValue('12');
	await expect(page.locator('#param-valuation')).toContainText('10.3');
	// No chart of the simulation or of a sweep was drawn on the server: their slots hold the place.
	expect(await page.locator('.pending').count()).toBeGreaterThanOrEqual(4);
	await expect(page.getByRole('img', { name: /simulated futures/ })).toHaveCount(0);
	await context.close();
	// A browser without JavaScript is told why the slots stay empty. (Playwright's switch leaves the
	// HTML parser treating <noscript> as text, so this reads the HTML rather than the rendering.)
	const html = await (await request.get(BIG)).text();
	expect(html).toMatch(/<noscript><span>Computed in your browser: this part needs JavaScript\.<\/span>/);
});

test('the first simulation of a 100,000-sample link runs in the worker, and the page settles', async ({
	page
}) => {
	await page.goto(BIG);
	await hydrated(page);
	await settled(page);
	const marks = await page.evaluate(() => performance.getEntriesByName('scenario-lab:simulation').length);
	expect(marks).toBeGreaterThanOrEqual(1);
	await expect(page.getByRole('region', { name: 'How sure we can be' })).toContainText('100,000');
	await expect(page.locator('.pending')).toHaveCount(0);
});

test('the same link shows the same page once it has settled, in a new browser', async ({ browser }) => {
	const texts = [];
	for (let i = 0; i < 2; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${DECISION}?v=1&r=4&uplift=0.02&n=2000&seed=9`);
		await hydrated(page);
		await settled(page);
		// textContent, not innerText: the assumptions' controls off screen are not rendered (content-visibility).
		texts.push(await page.locator('article').textContent());
		await context.close();
	}
	expect(texts[1]).toBe(texts[0]);
});

test('page HTML is compressed, cacheable and revalidated with its ETag', async ({ request }) => {
	const res = await request.get(BIG, { headers: { 'accept-encoding': 'br, gzip' } });
	expect(res.status()).toBe(200);
	expect(res.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
	expect(res.headers()['cache-control']).toContain('max-age=');
	expect(res.headers()['vary']).toContain('Accept-Encoding');
	const etag = res.headers()['etag'];
	expect(etag).toBeTruthy();
	const again = await request.get(BIG, { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	const plain = await request.get(BIG, { headers: { 'accept-encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(await plain.text()).toContain('</html>');
});
