import { test, expect, type Page } from '@playwright/test';
import { DECISION, open, watch } from './helpers';

const HOSTILE =
	`${DECISION}?valuation=abc&uplift=99&stake=0.6&stake=0.7&zzz=1&n=123&seed=-4` +
	'&%3Cscript%3E=1&name=%3Cimg%20src=x%20onerror=alert(1)%3E';

/** Nothing from the link became markup: no images, no handlers, no scripts beyond SvelteKit's own. */
async function expectNothingInjected(page: Page): Promise<void> {
	expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
	const injected = await page.evaluate(() => ({
		handlers: [...document.querySelectorAll('*')].filter((el) =>
			[...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))
		).length,
		scripts: [...document.scripts].filter((s) => /alert|onerror|<img/i.test(s.textContent ?? '')).length,
		bodyScripts: document.querySelectorAll('main script').length
	}));
	expect(injected).toEqual({ handlers: 0, scripts: 0, bodyScripts: 0 });
}

test.describe('a hostile link', () => {
	test('renders the page, explains what was ignored, and injects nothing', async ({ page }) => {
		const { errors, dialogs } = watch(page);

		// The server's HTML must not echo the link's markup either.
		const response = await page.request.get(HOSTILE);
		expect(response.status()).toBe(200);
		const html = await response.text();
		expect(html).not.toContain('<img src=x');
		// The name is shown, as text: parsed as HTML (without running it), no element carries a handler.
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'text/html');
			return { handlers: doc.querySelectorAll('[onerror], img').length };
		}, html);
		expect(parsed).toEqual({ handlers: 0 });
		expect(html).not.toContain('<script>=');

		await open(page, HOSTILE);
		await expect(page.getByTestId('verdict')).toBeVisible();
		await expect(page.getByTestId('verdict')).toHaveText(/worth USD [\d.]+ bn more/);

		const status = page.getByRole('status').filter({ has: page.getByTestId('link-notice') });
		await expect(status).toHaveCount(1);
		const notice = status.getByTestId('link-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('Parts of this link could not be used as given.');
		// One plain sentence per problem, in the order of the link; the link's markup shows as text.
		await expect(notice.getByRole('listitem')).toHaveText([
			/^Cainiao equity valuation: “abc” is not a number; kept the default/,
			/^Lift to marketplace profit from control: 99 \(9900 %\) is above the maximum 5 %; used 5 %\.$/,
			/^Alibaba’s stake before the deal appears 2 times in the link; used the first/,
			/^“zzz” is not a setting of this model; ignored it\.$/,
			/^Samples: 123 is not one of .*; used 1,000\.$/,
			/^Seed: “-4” is not a whole number .*; kept the default 1\.$/,
			/^“<script>” is not a setting of this model; ignored it\.$/
		]);

		// What was usable was used: the first stake, the clamped uplift, the nearest sample count.
		await expect(page.locator('#param-stake output')).toHaveText('60 %');
		await expect(page.locator('#param-uplift output')).toHaveText('5 %');
		await expect(page.locator('#param-valuation output')).toHaveText('USD 10.3 bn');
		await expect(page.getByTestId('uncertainty')).toContainText('of 1,000 simulated futures');

		// The link is rewritten to what the page shows.
		await expect
			.poll(() => new URL(page.url()).search)
			.toBe('?v=1&stake=0.6&uplift=0.05&n=1000&name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
		await expect(page.getByTestId('scenario-name')).toHaveText('Scenario: <img src=x onerror=alert(1)>');

		await expectNothingInjected(page);

		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByTestId('link-notice')).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);

		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a 5,000-character link is cut, the rest still applies, and the notices stay short', async ({
		page
	}) => {
		const { errors, dialogs } = watch(page);
		const junk = Array.from({ length: 700 }, (_, i) => `k${i}=${i}`).join('&');
		const query = `uplift=0.02&${junk}&%3Cimg%20src=x%20onerror=alert(1)%3E=1`;
		expect(query.length).toBeGreaterThan(5000);

		await open(page, `${DECISION}?${query}`);
		await expect(page.getByTestId('verdict')).toBeVisible();
		const notice = page.getByRole('status').getByTestId('link-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(
			'This link is longer than 4,000 characters; ignored everything after that.'
		);
		await expect(notice).toContainText('“k0” is not a setting of this model; ignored it.');
		await expect(notice).toContainText(/…and [\d,]+ more unknown settings ignored\./);
		expect(await notice.getByRole('listitem').count()).toBeLessThanOrEqual(8);
		await expect(page.locator('#param-uplift output')).toHaveText('2 %');
		await expect.poll(() => new URL(page.url()).search).toBe('?v=1&uplift=0.02');
		await expectNothingInjected(page);

		// A single 5,000-character value: refused as too long, quoted short.
		await open(page, `${DECISION}?valuation=${'9'.repeat(5000)}`);
		await expect(page.getByTestId('verdict')).toBeVisible();
		const long = page.getByRole('status').getByTestId('link-notice');
		await expect(long).toContainText('longer than 4,000 characters');
		await expect(page.locator('#param-valuation output')).toHaveText('USD 10.3 bn');
		expect((await long.textContent())?.length ?? 0).toBeLessThan(400);

		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});
});
