/**
 * The views that explain a decision: choosing an assumption on the tornado, the chart of what would flip
 * the verdict, the distribution of the difference, the breakdown, and the number of simulated futures.
 */
import { test, expect } from '@playwright/test';
import { DECISION, isFocused, open, queryParam, settled, watch } from './helpers';

test('clicking a tornado bar focuses its parameter, opens its sources and charts it across its range', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, DECISION);
	const tornado = page.getByRole('region', { name: 'Which assumptions matter' });
	const rows = tornado.getByRole('button', { name: /^Show / });
	expect(await rows.count()).toBeGreaterThanOrEqual(5);
	// The top bar is selected until a person chooses another.
	await expect(rows.first()).toHaveAttribute('aria-pressed', 'true');

	const discount = tornado.getByRole('button', { name: /^Show Discount rate: from/ });
	await discount.click();
	await expect(discount).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => isFocused(page.locator('#range-rate'))).toBe(true);
	await expect(page.locator('#param-rate details')).toHaveAttribute('open', '');
	await expect(page.locator('#param-rate blockquote[cite]').first()).toBeVisible();

	const flip = page.getByRole('region', { name: 'What would flip it' });
	await expect(flip.locator('.lead strong')).toHaveText('discount rate');
	const chart = flip.getByRole('img');
	await expect(chart).toHaveAccessibleName(/by discount rate \(%\)/);
	// Both options drawn, and the break-even the table states is marked and said in words.
	await expect(chart.locator('path')).toHaveCount(2);
	await expect(flip.locator('ol li')).toHaveText([/^At 9\.\d+ %, .+ overtakes .+\.$/]);
	expect(errors).toEqual([]);
});

test('the same choice works from the keyboard alone', async ({ page }) => {
	await open(page, DECISION);
	const growth = page
		.getByRole('region', { name: 'Which assumptions matter' })
		.getByRole('button', { name: /^Show Revenue growth/ });
	await growth.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => isFocused(page.locator('#range-growth'))).toBe(true);
	await expect(page.getByRole('region', { name: 'What would flip it' }).locator('.lead strong')).toHaveText(
		'revenue growth, average over ten years'
	);
});

test('the difference between the options is drawn with the share of futures each side of zero', async ({
	page
}) => {
	await open(page, DECISION);
	await settled(page);
	const sure = page.getByRole('region', { name: 'How sure we can be' });
	const chart = sure.getByRole('img');
	await expect(chart).toHaveAccessibleName(/across 10,000 simulated futures/);
	const shares = await chart.locator('text.share').allTextContents();
	const [ahead, behind] = shares.map((t) => Number(/(\d+) %/.exec(t)![1]));
	expect(ahead + behind).toBe(100);
	const probability = Number(
		/stays ahead in (\d+) %/.exec((await page.getByTestId('uncertainty').textContent())!)![1]
	);
	expect(ahead).toBe(probability);
	expect(await chart.locator('rect').count()).toBeGreaterThan(10);
});

test('changing the number of simulated futures reruns the simulation, goes into the link and survives a reload', async ({
	page
}) => {
	await open(page, DECISION);
	await settled(page);
	const select = page.getByRole('combobox', { name: 'Simulated futures' });
	await expect(select).toHaveValue('10000');
	await select.selectOption('2000');
	await expect.poll(() => queryParam(page, 'n')).toBe('2000');
	await settled(page);
	await expect(page.getByTestId('uncertainty')).toContainText('of 2,000 simulated futures');
	const text = await page.getByTestId('uncertainty').textContent();

	await page.reload();
	await settled(page);
	await expect(page.getByRole('combobox', { name: 'Simulated futures' })).toHaveValue('2000');
	await expect(page.getByTestId('uncertainty')).toHaveText(text!);
});

test('the verdict is taken apart into parts that add up to the lead', async ({ page }) => {
	await open(page, DECISION);
	const parts = page.getByRole('region', { name: 'What the verdict is made of' });
	const values = await parts.locator('text.value').allTextContents();
	const amounts = values.map((v) => Number(v.replace('USD ', '').replace(' bn', '').replace('−', '-')));
	const total = amounts.pop()!;
	expect(amounts.length).toBe(4);
	expect(amounts.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 1);
	const margin = /worth USD ([\d.]+) bn more/.exec((await page.getByTestId('verdict').textContent())!)![1];
	expect(Math.abs(total)).toBeCloseTo(Number(margin), 2);
});

test('last mile: cost per parcel against daily volume, with the volumes where the cheapest option changes', async ({
	page
}) => {
	await open(page, '/decisions/last-mile');
	const region = page.getByRole('region', { name: /^The best option by daily parcels/ });
	const chart = region.getByRole('img');
	await expect(chart).toHaveAccessibleName(/All-in cost per parcel, USD, by daily parcels/);
	await expect(chart.locator('path')).toHaveCount(4);
	const switches = await region.locator('ol li').allTextContents();
	expect(switches.length).toBeGreaterThanOrEqual(1);
	expect(switches[0]).toMatch(
		/^At [\d,]+ parcels\/day, Buy a local carrier overtakes Partner with local carriers\.$/
	);
});
