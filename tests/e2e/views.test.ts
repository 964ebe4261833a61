/**
 * The views that explain a decision: choosing an assumption on the tornado, the chart of what would flip
 * the verdict, the distribution of the difference, the breakdown, and the number of simulated futures.
 */
import { test, expect } from '@playwright/test';
import { loadDecision, loadDecisions } from '../decisions';
import { DECISION, isFocused, open, queryParam, settled, watch } from './helpers';

const { def } = await loadDecision(DECISION.split('/').pop()!);

/** A tornado bar's parameter label, from its name ("Show <label>: from … to …"). */
const barLabel = async (bar: import('@playwright/test').Locator) =>
	/^Show (.+?): from/.exec((await bar.getAttribute('aria-label')) ?? (await bar.innerText()))![1];

test('clicking a tornado bar focuses its parameter, opens its sources and charts it across its range', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, DECISION);
	// The tornado's sweeps come after the first answer is painted: counted once the page has settled.
	await settled(page);
	const tornado = page.getByRole('region', { name: 'Which assumptions matter' });
	const rows = tornado.getByRole('button', { name: /^Show / });
	expect(await rows.count()).toBeGreaterThanOrEqual(5);
	// The top bar is selected until a person chooses another.
	await expect(rows.first()).toHaveAttribute('aria-pressed', 'true');

	// The second bar: a person's choice, not the default.
	const bar = rows.nth(1);
	const label = await barLabel(bar);
	const p = def.params.find((x) => x.label === label)!;
	await bar.click();
	await expect(bar).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => isFocused(page.locator(`#range-${p.id}`))).toBe(true);
	await expect(page.locator(`#param-${p.id} details`)).toHaveAttribute('open', '');
	await expect(
		page.locator(`#param-${p.id} blockquote[cite], #param-${p.id} .assumption`).first()
	).toBeVisible();

	const flip = page.getByRole('region', { name: 'What would flip it' });
	await expect(flip.locator('.lead strong')).toHaveText(label.toLowerCase());
	const chart = flip.getByRole('img');
	await expect(chart).toHaveAccessibleName(new RegExp(`by ${label.toLowerCase().replace(/[()]/g, '.')}`));
	// Every option drawn; a break-even, where the range holds one, is marked and said in words.
	await expect(chart.locator('path')).toHaveCount(def.options.length);
	for (const item of await flip.locator('ol li').allTextContents())
		expect(item).toMatch(/^At .+, .+ overtakes .+\.$/);
	expect(errors).toEqual([]);
});

test('the same choice works from the keyboard alone', async ({ page }) => {
	await open(page, DECISION);
	const bar = page
		.getByRole('region', { name: 'Which assumptions matter' })
		.getByRole('button', { name: /^Show / })
		.nth(2);
	const label = await barLabel(bar);
	const p = def.params.find((x) => x.label === label)!;
	await bar.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => isFocused(page.locator(`#range-${p.id}`))).toBe(true);
	await expect(page.getByRole('region', { name: 'What would flip it' }).locator('.lead strong')).toHaveText(
		label.toLowerCase()
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
	const [ahead, behind] = shares.map((t) => Number(/(\d+)\s%/.exec(t)![1]));
	expect(ahead + behind).toBe(100);
	const probability = Number(
		/stays ahead in (\d+)\s%/.exec((await page.getByTestId('uncertainty').textContent())!)![1]
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
	const amounts = values.map((v) => Number(v.replace(/USD\s/, '').replace(/\sbn/, '').replace('−', '-')));
	const total = amounts.pop()!;
	expect(amounts.length).toBe(def.breakdown!.add.length + (def.breakdown!.subtract?.length ?? 0));
	expect(amounts.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 1);
	const margin = /worth USD\s([\d.]+)\sbn more/.exec((await page.getByTestId('verdict').textContent())!)![1];
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
		/^At [\d,]+\sparcels\/day, Buy a local carrier overtakes Partner with local carriers\.$/
	);
});

// Every decision whose own profile chart is the flip chart of its parameter, found from the models.
const profiled = (await loadDecisions())
	.map((d) => d.def)
	.filter((m) => m.profile && m.profile.output === m.decide.by);

for (const m of profiled) {
	test(`${m.id}: choosing the profile's own parameter does not draw its chart a second time`, async ({
		page
	}) => {
		await open(page, `/decisions/${m.id}`);
		await settled(page);
		const label = m.params.find((p) => p.id === m.profile!.param)!.label;
		const bar = page
			.getByRole('region', { name: 'Which assumptions matter' })
			.getByRole('button', { name: `Show ${label}:` });
		test.skip((await bar.count()) === 0, 'the parameter is not among the tornado’s rows');
		await bar.click();
		const flip = page.getByRole('region', { name: 'What would flip it' });
		await expect(flip).toContainText('This is the chart above');
		await expect(flip.locator('figure')).toHaveCount(0);
		await expect(page.getByRole('region', { name: /^The best option by/ }).locator('figure')).toHaveCount(1);
	});
}
