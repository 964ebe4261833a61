/**
 * Links that last: an old link opens on its sender's page and says what changed since; Back and Forward
 * move between the scenario's changes, not every key press; locked settings cannot be changed.
 */
import { test, expect, type Page } from '@playwright/test';
import { ADDRESS_DELAY_MS } from '../../src/lib/state/scenario-timing';
import { DECISION, open, queryParam, settled } from './helpers';

const slider = (page: Page, id: string) => page.locator(`#range-${id}`);

test('a link from before a model changed opens on the sender’s page, with a notice of what changed', async ({
	page
}) => {
	// Revision 1 of the price-cut model called the depth of the cut `cut`; revision 2 calls it `depth`.
	await open(page, '/decisions/cloud-price-cut?v=1&cut=0.3&name=Team%20B');
	const notice = page.getByTestId('link-notice');
	await expect(notice).toContainText(
		'Changed since this link was made: the setting “cut” is now called “depth”'
	);
	await expect(slider(page, 'depth')).toHaveValue('30');
	await expect(page.getByTestId('scenario-name')).toHaveText('Scenario: Team B');
	// The address bar is rewritten in today's form, which opens without a notice. Revision 3 added the share
	// of the bill that follows core usage and the rivals' own cut; the values that reproduce revision 2
	// (all of it, none) travel with the link.
	await expect.poll(() => new URL(page.url()).search).toBe('?v=1&r=3&depth=0.3&attach=1&war=0&name=Team%20B');
	await settled(page);
	const verdict = await page.getByTestId('verdict').textContent();
	await page.reload();
	await expect(page.getByTestId('link-notice')).toHaveCount(0);
	await expect(page.getByTestId('verdict')).toHaveText(verdict!);
});

test('Back and Forward step through the changes; a run of key presses is one step', async ({ page }) => {
	// The page's clock is the test's: a run of key presses is one step because it comes within the
	// address's delay, and a busy machine must not be what decides whether it does.
	await page.clock.install();
	await open(page, DECISION);
	const start = await page.evaluate(() => history.length);
	// The options' values at these settings; the headline would also wait for the simulation's chance.
	const verdict = page.locator('.verdict .detail').first();
	const atDefaults = await verdict.textContent();

	await slider(page, 'uplift').focus();
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(slider(page, 'uplift')).toHaveValue('1.25');
	expect(queryParam(page, 'uplift')).toBeNull();
	await page.clock.runFor(ADDRESS_DELAY_MS + 100);
	await page.clock.resume();
	await expect.poll(() => queryParam(page, 'uplift')).toBe('0.0125');
	const afterUplift = await verdict.textContent();

	await slider(page, 'stake').focus();
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => queryParam(page, 'stake')).not.toBeNull();
	expect(await page.evaluate(() => history.length)).toBe(start + 2);

	await page.goBack();
	await expect.poll(() => queryParam(page, 'stake')).toBeNull();
	await expect(slider(page, 'stake')).toHaveValue('63.7');
	await expect(slider(page, 'uplift')).toHaveValue('1.25');
	await expect(verdict).toHaveText(afterUplift!);

	await page.goBack();
	await expect.poll(() => queryParam(page, 'uplift')).toBeNull();
	await expect(verdict).toHaveText(atDefaults!);

	await page.goForward();
	await page.goForward();
	await expect.poll(() => queryParam(page, 'stake')).not.toBeNull();
	await expect(slider(page, 'uplift')).toHaveValue('1.25');
});

test('naming a scenario, or tidying the link it opened with, adds no step to go back to', async ({
	page
}) => {
	await open(page, `${DECISION}?valuation=12.00&junk=1`);
	const start = await page.evaluate(() => history.length);
	await expect.poll(() => new URL(page.url()).search).toBe('?v=1&r=4&valuation=12');
	const name = page.getByRole('textbox', { name: 'Name this scenario' });
	await name.fill('Team A');
	await name.press('Enter');
	await expect.poll(() => queryParam(page, 'name')).toBe('Team A');
	expect(await page.evaluate(() => history.length)).toBe(start);
});

test('locked settings cannot be changed, by slider, number or Reset all', async ({ page }) => {
	await open(page, `${DECISION}?v=1&r=4&stake=0.7&uplift=0.02&lock=stake`);
	const stake = slider(page, 'stake');
	await expect(stake).toBeDisabled();
	await expect(page.locator('#param-stake')).toContainText('Locked by the facilitator');
	const exact = page.getByRole('textbox', { name: /Alibaba’s stake before the deal, exact value/ });
	await expect(exact).toHaveAttribute('readonly', '');
	await exact.focus();
	await page.keyboard.type('9');
	await page.keyboard.press('Enter');
	await expect(stake).toHaveValue('70');

	await page.getByText('2 changed from the source').click();
	await page.getByRole('button', { name: 'Reset all unlocked' }).click();
	await expect.poll(() => new URL(page.url()).search).toBe('?v=1&r=4&stake=0.7&lock=stake');
	await expect(stake).toHaveValue('70');
	await expect(slider(page, 'uplift')).toHaveValue('1');
});
