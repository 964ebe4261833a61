import { test, expect } from '@playwright/test';
import { expectNoViolations } from './axe';
import { decisionIds } from '../decisions';
import { DECISION, open, settled } from './helpers';

test.describe('accessibility (axe)', () => {
	test('the landing page', async ({ page }) => {
		await open(page, '/');
		await expectNoViolations(page);
	});

	for (const id of decisionIds()) {
		for (const [width, height] of [
			[1280, 900],
			[390, 844]
		]) {
			test(`the decision page: ${id}, at ${width} px, as it opens and once it has settled`, async ({
				page
			}) => {
				// axe walks the whole decision page twice; on a loaded 2-core CI machine one pass took over 15 s.
				test.setTimeout(90_000);
				await page.setViewportSize({ width, height });
				await open(page, `/decisions/${id}`);
				await expect(page.getByTestId('verdict')).toBeVisible();
				await expectNoViolations(page);
				await settled(page);
				await expectNoViolations(page);
			});
		}
	}

	test('the decision page with the changes listed, a tornado row chosen and an explanation open', async ({
		page
	}) => {
		await open(page, `${DECISION}?rate=0.11`);
		await page.getByText('1 changed from the source').click();
		await page
			.getByRole('region', { name: 'Which assumptions matter' })
			.getByRole('button', { name: /^Show / })
			.nth(1)
			.click();
		await page.getByRole('button', { name: 'Explain Value to Alibaba’s shareholders', exact: true }).click();
		await expect(page.locator('#explain-h')).toHaveText('How Value to Alibaba’s shareholders is computed');
		await expectNoViolations(page);
	});

	test('the decision page with sources opened, a changed value, an error and a link notice', async ({
		page
	}) => {
		await open(page, `${DECISION}?uplift=abc&valuation=12`);
		await expect(page.getByTestId('link-notice')).toBeVisible();
		const section = page.locator('#param-uplift');
		await section.locator('summary').click();
		await expect(section.locator('details')).toHaveAttribute('open');
		await page.locator('header details summary').first().click();
		await section.getByRole('textbox').fill('xyz');
		await section.getByRole('textbox').press('Enter');
		await expect(page.locator('#error-uplift')).toContainText('is not a number');
		await expectNoViolations(page);
	});

	test('the sources list', async ({ page }) => {
		await open(page, '/sources');
		await expectNoViolations(page);
	});

	test('a source document', async ({ page }) => {
		await open(page, '/sources/000_f6e0178e0d085426');
		await expect(page.locator('mark').first()).toBeVisible();
		await expectNoViolations(page);
	});
});
