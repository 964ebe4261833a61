/**
 * The open-weights decision after its fourth revision: a link made at revision 3, 2 or 1 still opens with
 * the sender's verdict, computed with the frozen model, beside what today's model says and why it changed;
 * a link of today's revision shows no such block.
 */
import { test, expect } from '@playwright/test';
import { expectNoViolations } from './axe';
import { LIKELIHOOD_HEADLINE, normalise, open, settled } from './helpers';

const PAGE = '/decisions/open-source-models';

for (const [revision, query] of [
	[2, 'v=1&r=2&cloudRun=0.2&growth=-0.2'],
	[1, 'v=1&conversion=0.05']
] as const) {
	test(`a revision-${revision} link (${query}) says what its sender saw and what the model says now`, async ({
		page
	}) => {
		await open(page, `${PAGE}?${query}`);
		const block = page.locator('.verdict').getByTestId('sender');
		await expect(block).toBeVisible();
		await expect(block).toContainText(`revision ${revision}`);

		const saw = page.getByTestId('sender-saw');
		await expect(saw).toHaveAttribute('data-chance', 'known');
		const sawText = normalise((await saw.textContent())!);
		expect(sawText).toMatch(LIKELIHOOD_HEADLINE);

		await settled(page);
		const now = page.getByTestId('sender-now');
		await expect(now).toHaveAttribute('data-chance', 'known');
		await expect(now).toHaveText((await page.getByTestId('verdict').textContent())!);
		expect(normalise((await now.textContent())!)).not.toBe(sawText);

		// Why: the history's notes, the rework of revision 3 among them.
		const notes = page.getByTestId('sender-notes');
		await notes.locator('summary').click();
		await expect(notes).toContainText('churn');
		await expectNoViolations(page);
	});
}

test('a revision-3 link’s sender saw the closed API ahead, where today’s model, with leakage fading, puts doing both first', async ({
	page
}) => {
	await open(page, `${PAGE}?v=1&r=3&cloudRun=0.3`);
	await expect(page.getByTestId('sender-saw')).toContainText(
		/Proprietary API is worth USD\s[\d.]+\sbn more than Open weights and a paid API/
	);
	await settled(page);
	await expect(page.getByTestId('verdict')).toContainText(
		/Open weights and a paid API is (likely|very likely) to stay ahead of Open weights/
	);
	const notes = page.getByTestId('sender-notes');
	await notes.locator('summary').click();
	await expect(notes).toContainText('What leaks to rivals now shrinks');
});

test('a link of today’s revision shows no such block', async ({ page }) => {
	await open(page, `${PAGE}?v=1&r=4&cloudRun=0.3`);
	await settled(page);
	await expect(page.getByTestId('sender')).toHaveCount(0);
});
