import { test, expect } from '@playwright/test';
import { connections } from '../../src/lib/decisions/shared-assumptions';
import { loadDecisions } from '../decisions';
import { DECISION, isFocused, open, tabTo, watch } from './helpers';

test('the landing page lists the Cainiao decision and its link opens it from the keyboard', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, '/');

	await expect(page).toHaveTitle(/Scenario Lab/);
	// A list of links and a drawing: the page ships no JavaScript at all.
	expect(await page.locator('script').count()).toBe(0);
	await expect(page.getByRole('heading', { level: 1, name: 'Scenario Lab' })).toBeVisible();

	const decisions = page.getByRole('region', { name: 'Decisions', exact: true });
	const link = decisions.getByRole('link', { name: /Cainiao: list it, or own it fully\?/ });
	await expect(link).toBeVisible();
	await expect(link).toContainText(
		'Should Alibaba take its logistics arm Cainiao public in Hong Kong, or buy out the minority holders and own it outright?'
	);
	await expect(link).toHaveAttribute('href', /\/decisions\/cainiao-ownership$/);

	await tabTo(page, link, 80);
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

test('the landing page shows how the decisions connect, drawn on a wide screen and as a list everywhere', async ({
	page
}) => {
	const { errors } = watch(page);
	// The connections the folders declare, derived as the page derives them: no list kept here either.
	const expected = connections((await loadDecisions()).map((d) => d.meta));
	expect(expected.length).toBeGreaterThan(0);
	await open(page, '/');
	const region = page.getByRole('region', { name: 'How the decisions connect' });
	for (const c of expected) {
		const item = region
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3, name: c.label }) });
		for (const u of c.uses) {
			await expect(item.locator(`a[href$="/decisions/${u.decision}"]`)).toBeVisible();
			await expect(item).toContainText(u.as);
		}
	}
	const map = region.locator('svg.map');
	await expect(map).toBeVisible();
	await expect(map.locator('path.link')).toHaveCount(expected.reduce((n, c) => n + c.uses.length, 0));

	await page.setViewportSize({ width: 390, height: 844 });
	await expect(map).toBeHidden();
	await expect(region.getByRole('heading', { level: 3, name: expected[0].label })).toBeVisible();
	expect(errors).toEqual([]);
});

test('each decision card says which documents its passages come from, with a link to each', async ({
	page
}) => {
	await open(page, '/');
	for (const { meta } of await loadDecisions()) {
		const card = page.locator('li.card').filter({ has: page.locator(`a[href$="/decisions/${meta.id}"]`) });
		for (const [file, n] of Object.entries(meta.from)) {
			const link = card.locator(`a[href$="/sources/${file.replace(/\.txt$/, '')}"]`);
			await expect(link).toBeVisible();
			await expect(card.locator('.from')).toContainText(`${n} passage`);
		}
	}
});
