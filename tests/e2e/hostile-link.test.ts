import { request as httpRequest } from 'node:http';
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
		await expect(page.getByTestId('verdict')).toHaveText(/worth USD\s[\d.]+\sbn more/);

		const status = page.getByRole('status').filter({ has: page.getByTestId('link-notice') });
		await expect(status).toHaveCount(1);
		const notice = status.getByTestId('link-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('Parts of this link could not be used as given.');
		// One plain sentence per problem, in the order of the link; the link's markup shows as text.
		await expect(notice.getByRole('listitem')).toHaveText([
			/^Cainiao equity valuation: “abc” is not a number; kept the default/,
			/^Lift to marketplace profit from control: 99 \(9,900\s%\) is above the maximum 5\s%; used 5\s%\.$/,
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
			.toBe('?v=1&r=4&stake=0.6&uplift=0.05&n=1000&name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
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
		await expect.poll(() => new URL(page.url()).search).toBe('?v=1&r=4&uplift=0.02');
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

/** A GET with a Host header of our choosing, as a forged request would carry; the browser would not send it. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
	return new Promise((done, fail) => {
		const req = httpRequest(url, { headers: { Host: host } }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

const cards = (page: Page) => page.getByTestId('scenario-card');
const PINS = 'scenario-lab:pins:cainiao-ownership';

test.describe('hostile input elsewhere', () => {
	test('the presenter’s room link comes from the site’s origin and an absolute path, not the Host header', async ({
		page,
		baseURL
	}) => {
		const path = `${DECISION}/present/question?v=1&r=4&stake=0.7`;
		const { status, body } = await getWithHost(`${baseURL}${path}`, 'evil.example');
		expect(status).toBe(200);
		expect(body).not.toContain('evil.example');
		const dialog = /<dialog[^>]*aria-labelledby="room-qr-h"[\s\S]*?<\/dialog>/.exec(body)?.[0] ?? '';
		expect(dialog).toContain('Open this scenario on your phone');
		// No origin is configured for the test server, so the served page shows the room's path alone.
		expect(dialog).toContain(`>${DECISION}?v=1&amp;r=4&amp;stake=0.7<`);
		expect(dialog).not.toContain('../');
		expect(dialog).not.toContain('https://');

		// In the browser, the page's own origin completes it.
		await open(page, path);
		await page.getByRole('button', { name: 'QR code for the room' }).click();
		const shown = page.getByRole('dialog', { name: 'Open this scenario on your phone' });
		await expect(shown.locator('.link')).toHaveText(
			`${new URL(baseURL!).origin}${DECISION}?v=1&r=4&stake=0.7`
		);
	});

	test('a 15,000-character source name is quoted once, cut short, on the error page', async ({ page }) => {
		const name = '%3Cimg%20src%3Dx%3E' + 'x'.repeat(15_000);
		const response = await page.request.get(`/sources/${name}`);
		expect(response.status()).toBe(404);
		const html = await response.text();
		expect(html).not.toContain('x'.repeat(50));
		expect(html).not.toContain('<img src=x');
		expect(html.length).toBeLessThan(15_000);
		await open(page, `/sources/${name}`);
		await expect(page.getByRole('heading', { name: 'There is no such page' })).toBeVisible();
		await expect(page.locator('main')).toContainText(/There is no source document called “<img src=x>x+…”\./);
		expect((await page.locator('main').innerText()).length).toBeLessThan(1000);
	});

	test('a "+" in a number is a plus sign, and a number too large for a double is said in words', async ({
		page
	}) => {
		await open(page, `${DECISION}?valuation=+15&rate=1e999`);
		await expect(page.locator('#param-valuation output')).toHaveText('USD 15 bn');
		const notice = page.getByRole('status').getByTestId('link-notice');
		await expect(notice.getByRole('listitem')).toHaveText([
			'Discount rate: 1e999 (too large to be a number) is above the maximum 16 %; used 16 %.'
		]);
		await expect.poll(() => new URL(page.url()).search).toBe('?v=1&r=4&valuation=15&rate=0.16');
		await page.reload();
		await expect(page.locator('#param-valuation output')).toHaveText('USD 15 bn');
		await expect(page.getByTestId('link-notice')).toHaveCount(0);
	});

	test('a long name is cut between characters, and the name field says so', async ({ page }) => {
		const family = '👨‍👩‍👧‍👦';
		await open(page, DECISION);
		const name = page.getByRole('textbox', { name: 'Name this scenario' });
		await name.fill('a'.repeat(58) + family.repeat(3));
		await name.press('Enter');
		await expect(name).toHaveValue('a'.repeat(58) + family.repeat(2));
		await expect(page.getByText('The name is longer than 60 characters; cut it.')).toBeVisible();
		await expect
			.poll(() => new URL(page.url()).searchParams.get('name'))
			.toBe('a'.repeat(58) + family.repeat(2));
	});

	test('duplicate pins in storage neither break the comparison nor hide Clear pins', async ({ page }) => {
		const { errors } = watch(page);
		await open(page, '/compare');
		await page.evaluate(
			([key, pins]) => localStorage.setItem(key, pins),
			[
				PINS,
				JSON.stringify([
					'v=1&r=4&stake=0.7&name=Team%20A',
					'v=1&r=4&stake=0.7&name=Team%20A',
					'stake=0.7&name=Team%20A'
				])
			]
		);
		await open(page, '/compare?d=cainiao-ownership');
		const pinned = page.locator('section[aria-labelledby="add-h"] li');
		// Three copies of one scenario are one pin.
		await expect(pinned).toHaveCount(1);
		await expect(pinned).toContainText('Team A');
		await page.getByRole('button', { name: 'Clear pins' }).click();
		await expect(pinned).toHaveCount(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), PINS)).toBeNull();
		expect(errors).toEqual([]);
	});

	test('a long pasted link starts a comparison whose own link is short and reloads', async ({ page }) => {
		const { errors } = watch(page);
		await open(page, '/compare');
		const junk = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
		await page
			.getByLabel(/scenario’s link/)
			.fill(`https://elsewhere.example${DECISION}?v=1&r=4&stake=0.7&name=Team%20A&${junk}`);
		await page.getByRole('button', { name: 'Start a comparison', exact: true }).click();
		await expect(cards(page).locator('h3')).toHaveText(['Team A']);
		expect(new URL(page.url()).search).toBe(
			'?d=cainiao-ownership&s=v%3D1%26r%3D4%26stake%3D0.7%26name%3DTeam%2520A'
		);
		// What the pasted link held that was not used is said, not dropped in silence.
		await expect(page.getByRole('alert').filter({ hasText: 'The pasted link' })).toContainText(
			'longer than 4,000 characters'
		);
		const reloaded = await page.reload();
		expect(reloaded?.status()).toBe(200);
		await expect(cards(page).locator('h3')).toHaveText(['Team A']);
		expect(errors).toEqual([]);
	});

	test('a comparison link says what it ignored: a repeated decision, keys it does not know', async ({
		page
	}) => {
		await open(page, '/compare?d=cainiao-ownership&d=last-mile&zzz=1&s=v%3D1%26r%3D4%26stake%3D0.7');
		await expect(cards(page)).toHaveCount(1);
		const problems = page.getByRole('alert').filter({ hasText: 'comparison link' });
		await expect(problems.locator('p')).toHaveText([
			'The decision appears 2 times in this comparison link; it shows the first, “cainiao-ownership”.',
			'“zzz” is not part of a comparison link (only d and s are); ignored it.'
		]);
	});
});
