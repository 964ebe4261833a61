/**
 * A million futures: a link asking for them opens at 100,000 and says how to run them; the sample
 * control offers them with their cost, runs them on the pool of workers with its progress on the page,
 * and the page settles on a million. Moving a slider during the run replaces it.
 */
import { expect, test } from '@playwright/test';
import { DECISION, hydrated, settled, watch } from './helpers';

test('a link asking for a million futures runs 100,000, and the page offers the million', async ({
	page
}) => {
	const seen = watch(page);
	await page.goto(`${DECISION}?v=1&r=4&n=1000000&seed=3`);
	await hydrated(page);
	await expect(page.getByTestId('link-notice')).toContainText(
		'This link asks for 1,000,000 simulated futures, which a page never starts by itself; it shows 100,000.'
	);
	await settled(page);
	const sure = page.getByRole('region', { name: 'How sure we can be' });
	await expect(sure).toContainText('100,000 simulated futures');
	const control = sure.getByRole('combobox', { name: /^Simulated futures/ });
	await expect(control).toHaveValue('100000');
	// The offer says what it costs before anything starts.
	await expect(control.locator('option[value="1000000"]')).toHaveText(
		/^1,000,000 \((about \d+\ss|a few seconds) on \d+ workers?, \d+\sMB\)$/
	);
	expect(seen.errors).toEqual([]);
});

test('choosing a million runs it on the workers, shows its progress, and settles on it', async ({ page }) => {
	test.setTimeout(120_000);
	const seen = watch(page);
	await page.goto(`${DECISION}?v=1&r=4&seed=3`);
	await hydrated(page);
	await settled(page);
	const sure = page.getByRole('region', { name: 'How sure we can be' });
	await sure.getByRole('combobox', { name: /^Simulated futures/ }).selectOption('1000000');
	// Chosen, not yet started: it says its cost and waits to be confirmed.
	await expect(sure.locator('.ask')).toHaveText(/^1,000,000 futures take .*: run them, or keep 10,000\?$/);
	await expect(page).not.toHaveURL(/n=1000000/);
	await sure.getByRole('button', { name: 'Run 1,000,000' }).click();
	await expect(sure.locator('.samples .state')).toHaveText(/^[\d,]+ of 1,000,000 futures$/);
	await expect(page).toHaveURL(/n=1000000/);
	await expect(page.locator('article[data-simulation="settled"]')).toBeAttached({ timeout: 90_000 });
	await expect(sure).toContainText('1,000,000 simulated futures');
	await expect(sure.locator('.samples .state')).toHaveText('');
	const marks = await page.evaluate(() => performance.getEntriesByName('scenario-lab:simulation').length);
	expect(marks).toBeGreaterThanOrEqual(2);
	expect(seen.errors).toEqual([]);
});

test('a million chosen by one key press waits to be confirmed, and a run under way can be stopped', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto(`${DECISION}?v=1&r=4&seed=3`);
	await hydrated(page);
	await settled(page);
	const sure = page.getByRole('region', { name: 'How sure we can be' });
	const select = sure.getByRole('combobox', { name: /^Simulated futures/ });
	await select.focus();
	await page.keyboard.press('End');
	await expect(sure.locator('.ask')).toContainText('1,000,000 futures take');
	await sure.getByRole('button', { name: 'Keep 10,000' }).click();
	await expect(select).toHaveValue('10000');
	await expect(page).not.toHaveURL(/n=1000000/);

	await select.selectOption('1000000');
	await sure.getByRole('button', { name: 'Run 1,000,000' }).click();
	await expect(sure.locator('.samples .state')).toHaveText(/ of 1,000,000 futures$/);
	await sure.getByRole('button', { name: 'Stop, back to 10,000' }).click();
	await expect(select).toHaveValue('10000');
	await expect(select).toBeFocused();
	// Stopped, not left to finish: no progress, and the page settles on 10,000 and stays there.
	await expect(sure.locator('.samples .state')).not.toContainText('of 1,000,000');
	await expect(page.locator('article[data-simulation="settled"]')).toBeAttached({ timeout: 30_000 });
	await expect(sure).toContainText('10,000 simulated futures');
	await page.waitForTimeout(3000);
	await expect(sure).toContainText('10,000 simulated futures');
	await expect(page.locator('article[data-simulation="settled"]')).toBeAttached();
});
