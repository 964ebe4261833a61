/**
 * The verdict's likelihood words and the model card, as a reader meets them: the first sentence says how
 * likely the best option is to stay ahead on the stated scale, the scale is one click away, and the model
 * card opens from next to the verdict, passes axe, and leads back to the controls it names.
 */
import { test, expect } from '@playwright/test';
import { loadDecisions } from '../decisions';
import { likelihood, LIKELIHOOD_SCALE } from '../../src/lib/ui/likelihood';
import { expectNoViolations } from './axe';

const models = (await loadDecisions()).map((d) => d.def);
import { DECISION, LIKELIHOOD_HEADLINE, open, settled, watch } from './helpers';

test('the verdict’s first sentence says how likely the lead is, in the scale’s words, and the page states the scale', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, DECISION);
	await settled(page);
	const verdict = page.getByTestId('verdict');
	await expect(verdict).toHaveText(LIKELIHOOD_HEADLINE);
	await expect(verdict).toHaveAttribute('data-chance', 'known');
	// The words agree with the share the simulation reports.
	const share = Number(
		/stays ahead in (\d+)\s%/.exec((await page.getByTestId('uncertainty').textContent())!)![1]
	);
	const said = (await verdict.textContent())!;
	if (share >= 33 && share < 66) expect(said).toMatch(/^A toss-up: /);
	else expect(said).toContain(` is ${likelihood(share / 100).term} to stay ahead`);
	await expect(page.getByTestId('uncertainty')).toContainText(
		`(${likelihood(share / 100).term} on the scale below)`
	);

	await page.getByText('What “likely” means here').click();
	const rows = page.locator('.verdict details tbody tr');
	await expect(rows).toHaveCount(LIKELIHOOD_SCALE.length);
	await expect(rows.first()).toContainText('virtually certain');
	expect(errors).toEqual([]);
});

test('the model card opens from next to the verdict, with the scenario, and says plainly when there is none', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, `${DECISION}?v=1&r=4&rate=0.11`);
	const link = page.getByRole('link', { name: 'Model card: what this model includes and leaves out' });
	await expect(link).toHaveAttribute('href', /\/decisions\/cainiao-ownership\/card\?.*rate=0\.11/);
	await link.click();
	await expect(page).toHaveURL(/\/decisions\/cainiao-ownership\/card\?/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		models.find((m) => DECISION.endsWith(`/${m.id}`))!.title
	);
	await expect(page.getByRole('link', { name: 'Back to the decision' })).toHaveAttribute(
		'href',
		/\/decisions\/cainiao-ownership\?.*rate=0\.11/
	);
	expect(errors).toEqual([]);
});

for (const model of models) {
	test(`the model card of ${model.id}: its content or a plain “none yet”, and no axe violations at phone and desktop widths`, async ({
		page
	}) => {
		const url = `/decisions/${model.id}/card`;
		await open(page, url);
		const card = model.card;
		if (!card) {
			await expect(page.getByTestId('no-card')).toContainText('has no model card yet');
			await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
		} else {
			await expect(page.getByRole('heading', { name: 'What the model includes' })).toBeVisible();
			await expect(page.getByText(card.actual)).toBeVisible();
			const carried = page.locator('ol li a');
			await expect(carried).toHaveCount(card.carries.length);
			await carried.first().click();
			await expect(page).toHaveURL(new RegExp(`/decisions/${model.id}\\??[^#]*#param-${card.carries[0]}$`));
			await expect(page.locator(`#param-${card.carries[0]}`)).toBeInViewport();
			await open(page, url);
		}
		await expectNoViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoViolations(page);
	});
}

test('an unknown decision has no card', async ({ page }) => {
	const response = await page.goto('/decisions/no-such-decision/card');
	expect(response?.status()).toBe(404);
});
