import { test, expect } from '@playwright/test';
import { hydrated, open, watch } from './helpers';

test.describe('the sources', () => {
	test('/sources lists the three documents, each linking to its page', async ({ page }) => {
		const { errors } = watch(page);
		await open(page, '/sources');
		await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
		const docs = page.getByRole('main').getByRole('listitem');
		await expect(docs).toHaveCount(3);
		const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
		await expect(links).toHaveCount(3);
		for (const [i, id] of [
			'000_f6e0178e0d085426',
			'001_86fc04a350121958',
			'002_e74d1a13da165fef'
		].entries()) {
			await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`/sources/${id}$`));
			await expect(docs.nth(i)).toContainText(`${id}.txt`);
		}
		await links.nth(1).click();
		await expect(page).toHaveURL(/\/sources\/001_86fc04a350121958$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Alibaba’s strategic shift under CEO Eddie Wu'
		);
		expect(errors).toEqual([]);
	});

	test('a document highlights its cited passages and links back to the parameters they support', async ({
		page
	}) => {
		const { errors } = watch(page);
		await open(page, '/sources/001_86fc04a350121958');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Alibaba’s strategic shift under CEO Eddie Wu'
		);
		await expect(page.getByRole('link', { name: 'All sources' })).toBeVisible();

		const marks = page.locator('mark');
		expect(await marks.count()).toBeGreaterThan(0);
		await expect(marks.first()).toBeVisible();
		for (const text of await marks.allTextContents()) expect(text.trim().length).toBeGreaterThan(10);

		const back = page.locator('a[href^="/decisions/cainiao-ownership#param-"]');
		expect(await back.count()).toBeGreaterThan(0);
		// Each backlink sits next to a passage with a highlight.
		for (const link of await back.all()) {
			const passage = link.locator('xpath=ancestor::div[contains(@class, "passage")]');
			expect(await passage.locator('mark').count()).toBeGreaterThan(0);
		}

		const href = (await back.first().getAttribute('href')) ?? '';
		const id = href.split('#')[1];
		await back.first().click();
		await expect(page).toHaveURL(href);
		await hydrated(page);
		const section = page.locator(`section[id="${id}"]`);
		await expect(section).toBeVisible();
		await expect(section).toBeInViewport();
		await expect(section.locator('input[type="range"]')).toBeVisible();
		expect(errors).toEqual([]);

		// The same address opened directly (a shared link) also lands on the parameter.
		await open(page, href);
		await expect(page.locator(`section[id="${id}"]`)).toBeInViewport();
		expect(await page.locator(`section[id="${id}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
	});

	test('a cited file name redirects to the document, and an unknown document is a 404 page', async ({
		page
	}) => {
		const redirected = await page.goto('/sources/001_86fc04a350121958.txt');
		expect(redirected?.status()).toBe(200);
		await expect(page).toHaveURL(/\/sources\/001_86fc04a350121958$/);

		const response = await page.goto('/sources/nope');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('main')).toContainText('404');
		await expect(page.getByRole('main')).toContainText('There is no source document called “nope”.');
		await expect(page.getByRole('link', { name: 'Sources' })).toBeVisible();
	});
});
