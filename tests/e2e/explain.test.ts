import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'mathjs';
import { DECISION, isFocused, normalise, open, settled, watch } from './helpers';

const VALUE = 'Value to Alibaba’s shareholders';
const PV = 'Cumulative present value to Alibaba, value after 2033 not included';

const panelFor = (page: Page, label: string) =>
	page.getByRole('region', { name: `How ${label} is computed` });
/** The formula as written, then with the values substituted, then (outputs) with the series summed up. */
const formulas = (page: Page, label: string) => panelFor(page, label).locator('dd code');

async function explainValue(page: Page) {
	const formulasRegion = page.getByRole('region', { name: 'How it is computed' });
	await formulasRegion.getByRole('button', { name: `Explain ${VALUE}`, exact: true }).click();
	const panel = panelFor(page, VALUE);
	await expect(panel).toBeVisible();
	return panel;
}

test.describe('every number explained', () => {
	test('the deciding output shows its formula, its value and what it reads; a series shows the rate set in the link', async ({
		page
	}) => {
		const { errors } = watch(page);
		await open(page, `${DECISION}?v=1&r=4&rate=0.11`);
		const panel = await explainValue(page);
		await expect(panel.getByRole('heading', { name: `How ${VALUE} is computed` })).toBeFocused();

		// The value it explains is the one the options show for the option it explains.
		const option = await panel
			.getByRole('radio', { checked: true })
			.evaluate((el) => el.parentElement!.textContent);
		const card = page
			.getByRole('region', { name: 'The options' })
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: normalise(option ?? '') }) });
		const shown = normalise((await card.locator('.value').textContent()) ?? '')
			.replace(VALUE, '')
			.trim();
		await expect(panel.locator('[aria-live="polite"]')).toContainText(shown);

		await expect(formulas(page, VALUE)).toHaveText([
			'last(pv) + last(continuing)',
			'last(pv) + last(continuing)',
			/^\(?-?[\d.]+\)? \+ \(?-?[\d.]+\)?$/
		]);
		for (const text of await formulas(page, VALUE).allTextContents())
			expect(() => parse(text), text).not.toThrow();

		// Walk down to the cumulative present value: its formula reads the rate from the link.
		await panel.getByRole('button', { name: /^pv / }).click();
		const pv = panelFor(page, PV);
		await expect(pv.getByRole('heading', { name: `How ${PV} is computed` })).toBeFocused();
		await expect(formulas(page, PV).nth(0)).toHaveText('prev(pv) + cash / (1 + rate)^t');
		await expect(formulas(page, PV).nth(1)).toHaveText(/ \/ \(1 \+ 0\.11\) \^ 9$/);
		await pv.getByRole('combobox', { name: /Year the formula/ }).selectOption('2024');
		await expect(formulas(page, PV).nth(1)).toHaveText(/^0 \+ .* \/ \(1 \+ 0\.11\) \^ 0$/);

		// The rate it reads comes with its value, a link to its control and its sources, quoted with cite.
		await expect(pv.getByRole('link', { name: 'Adjust Discount rate' })).toHaveAttribute(
			'href',
			'#param-rate'
		);
		const quotes = pv.locator('blockquote[cite]');
		expect(await quotes.count()).toBeGreaterThan(0);
		for (const cite of await quotes.evaluateAll((els) => els.map((el) => el.getAttribute('cite') ?? '')))
			expect(cite).toMatch(/^(\/sources\/[\w-]+#[\w-]+|https?:\/\/)/);
		await expect(pv.getByText('The WACC of Alibaba Group Holding Ltd (BABA) is 7.9%.')).toBeVisible();

		// And back up.
		await pv.getByRole('button', { name: `← Back to ${VALUE}` }).click();
		await expect(panelFor(page, VALUE)).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('moving a slider rewrites the substituted formula, and each option has its own explanation', async ({
		page
	}) => {
		await open(page, `${DECISION}?v=1&r=4&rate=0.11`);
		const panel = await explainValue(page);
		await panel.getByRole('button', { name: /^pv / }).click();
		const pv = panelFor(page, PV);
		await expect(formulas(page, PV).nth(1)).toContainText('0.11');

		const slider = page.locator('#range-rate');
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(formulas(page, PV).nth(1)).toHaveText(/ \/ \(1 \+ 0\.1125\) \^ 9$/);

		// The switch `own` is read further down; each option gives it its own value.
		await pv.getByRole('radio', { name: 'Own it fully' }).check();
		await expect(pv.getByText('own = 1')).toBeAttached();
		const ownResult = await pv.locator('[aria-live="polite"]').textContent();
		await pv.getByRole('radio', { name: 'List Cainiao (IPO)' }).check();
		await expect(pv.getByText('own = 0')).toBeAttached();
		await expect(pv.locator('[aria-live="polite"]')).not.toHaveText(ownResult ?? '');
		await expect(pv.locator('[aria-live="polite"]')).toContainText('List Cainiao (IPO)');
	});

	test('opens under the formula whose button opened it; Close gives the focus back to that button', async ({
		page
	}) => {
		await open(page, DECISION);
		// Settled first: the sweeps' charts above would otherwise move the button between the two measures.
		await settled(page);
		const button = page
			.getByRole('region', { name: 'How it is computed' })
			.getByRole('button', { name: `Explain ${PV}`, exact: true });
		await button.click();
		const panel = panelFor(page, PV);
		await expect(panel).toBeVisible();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		// Right under the formula, not after every other formula of the model.
		const [b, p] = [await button.boundingBox(), await panel.boundingBox()];
		expect(p!.y - (b!.y + b!.height)).toBeGreaterThanOrEqual(0);
		expect(p!.y - (b!.y + b!.height)).toBeLessThan(150);
		await panel.getByRole('button', { name: 'Close' }).click();
		await expect(panel).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
	});

	test('works with the keyboard alone, fits a phone, and passes axe', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await open(page, DECISION);
		const explain = page
			.getByRole('region', { name: 'How it is computed' })
			.getByRole('button', { name: `Explain ${VALUE}`, exact: true });
		await explain.focus();
		await page.keyboard.press('Enter');
		const panel = panelFor(page, VALUE);
		await expect(panel).toBeVisible();

		const pvButton = panel.getByRole('button', { name: /^pv / });
		await pvButton.focus();
		await page.keyboard.press('Enter');
		const pv = panelFor(page, PV);
		await expect(pv).toBeVisible();
		expect(await isFocused(pv.getByRole('heading', { name: `How ${PV} is computed` }))).toBe(true);

		// Long formulas wrap rather than push the page sideways.
		const overflow = await pv.evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(overflow).toBeLessThanOrEqual(1);
		const { violations } = await new AxeBuilder({ page })
			.include('section[aria-labelledby="explain-h"]')
			.analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});
