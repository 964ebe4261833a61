import { test, expect } from '@playwright/test';
import { DECISION, isFocused, open, tabTo, watch } from './helpers';

test('the landing page lists the Cainiao decision and its link opens it from the keyboard', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, '/');

	await expect(page).toHaveTitle(/Scenario Lab/);
	await expect(page.getByRole('heading', { level: 1, name: 'Scenario Lab' })).toBeVisible();

	const decisions = page.getByRole('region', { name: 'Decisions' });
	const link = decisions.getByRole('link', { name: /Cainiao: list it, or own it fully\?/ });
	await expect(link).toBeVisible();
	await expect(link).toContainText(
		'Should Alibaba take its logistics arm Cainiao public in Hong Kong, or buy out the minority holders and own it outright?'
	);
	await expect(link).toHaveAttribute('href', /\/decisions\/cainiao-ownership$/);

	await tabTo(page, link, 20);
	expect(await isFocused(link)).toBe(true);
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(new RegExp(`${DECISION}$`));
	await expect(
		page.getByRole('heading', { level: 1, name: 'Cainiao: list it, or own it fully?' })
	).toBeVisible();
	await expect(page.getByTestId('verdict')).toBeVisible();
	await expect(page).toHaveTitle(/Cainiao: list it, or own it fully\? · Scenario Lab/);
	expect(errors).toEqual([]);
});
