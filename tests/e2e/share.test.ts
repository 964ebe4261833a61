/**
 * Sending a scenario: a name kept in the link and shown as text, a Copy link button whose link opens the
 * same page elsewhere, and a QR code for a projector.
 */
import { test, expect } from '@playwright/test';
import { DECISION, open, queryParam, settled, watch } from './helpers';

test('a scenario can be named; the name goes into the link and comes back as text', async ({ page }) => {
	await open(page, DECISION);
	const input = page.getByRole('textbox', { name: 'Name this scenario' });
	await input.fill('Team A');
	await input.press('Enter');
	await expect(page.getByTestId('scenario-name')).toHaveText('Scenario: Team A');
	await expect.poll(() => queryParam(page, 'name')).toBe('Team A');
	expect(page.url()).toContain('name=Team%20A');
	await page.reload();
	await expect(page.getByTestId('scenario-name')).toHaveText('Scenario: Team A');
	await expect(page.getByRole('textbox', { name: 'Name this scenario' })).toHaveValue('Team A');
});

test('a hostile name shows as text and runs nothing', async ({ page }) => {
	const { errors, dialogs } = watch(page);
	const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	await open(page, `${DECISION}?name=${encodeURIComponent(hostile)}`);
	await expect(page.getByTestId('scenario-name')).toHaveText(`Scenario: ${hostile}`);
	await expect(page.getByTestId('scenario-name').locator('img, script')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test('Copy link copies the current scenario; opened in a new context it shows the same page', async ({
	browser
}) => {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await context.newPage();
	await open(page, `${DECISION}?v=1&r=4&valuation=12&name=Sender`);
	await page.locator('#range-uplift').focus();
	await page.keyboard.press('ArrowRight');
	// Copied at once, before the address bar's 400 ms debounce: the link must already hold the new value.
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/decisions\/cainiao-ownership\?v=1&r=4&valuation=12&uplift=0\.0105&name=Sender$/);
	await settled(page);
	const seen = {
		verdict: await page.getByTestId('verdict').textContent(),
		uncertainty: await page.getByTestId('uncertainty').textContent()
	};

	const other = await browser.newContext();
	const receiver = await other.newPage();
	await open(receiver, copied);
	await settled(receiver);
	await expect(receiver.getByTestId('verdict')).toHaveText(seen.verdict!);
	await expect(receiver.getByTestId('uncertainty')).toHaveText(seen.uncertainty!);
	await expect(receiver.getByTestId('scenario-name')).toHaveText('Scenario: Sender');
	await context.close();
	await other.close();
});

test('the QR code of the link is shown on request, large and square', async ({ page }) => {
	await open(page, `${DECISION}?valuation=12`);
	await page.getByRole('button', { name: 'Show QR code' }).click();
	const qr = page.getByRole('img', { name: 'QR code of this scenario’s link' });
	await expect(qr).toBeVisible();
	const box = (await qr.boundingBox())!;
	expect(box.width).toBeGreaterThan(150);
	expect(Math.abs(box.width - box.height)).toBeLessThan(1);
	await expect(page.getByRole('textbox', { name: 'This scenario’s link' })).toHaveValue(/valuation=12$/);
});
