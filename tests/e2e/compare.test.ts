/**
 * Comparing scenarios: a facilitator collects the groups' scenarios, by pasted links or by pins, sees them
 * side by side, and sends the comparison as a link that opens the same comparison elsewhere.
 */
import { test, expect, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { DECISION, open, settled, watch } from './helpers';

const ORIGIN = 'https://scenario-lab.example';
const LINKS = [
	`${ORIGIN}${DECISION}?v=1&r=4&stake=0.7&name=Team%20A`,
	`${ORIGIN}${DECISION}?v=1&r=4&uplift=0.02&name=Team%20B`,
	`${DECISION}?v=1&r=4&valuation=15&n=5000&name=Team%20C`
];

const cards = (page: Page) => page.getByTestId('scenario-card');

async function paste(page: Page, link: string, button: string) {
	await page.getByLabel(/scenario’s link/).fill(link);
	await page.getByRole('button', { name: button, exact: true }).click();
}

/** What a reader sees of each scenario: its name and verdict sentences. */
const seen = (page: Page) => cards(page).allInnerTexts();

test('three scenarios from pasted links, and the comparison reopened from its own link', async ({
	page,
	browser
}) => {
	const { errors } = watch(page);
	await open(page, '/compare');
	await paste(page, LINKS[0], 'Start a comparison');
	await expect(cards(page)).toHaveCount(1);
	await expect(page.getByText('Add at least 2 scenarios to compare; 1 so far.')).toBeVisible();
	await paste(page, LINKS[1], 'Add');
	await expect(cards(page)).toHaveCount(2);
	await paste(page, LINKS[2], 'Add');
	await expect(cards(page)).toHaveCount(3);
	await expect(cards(page).locator('h3')).toHaveText(['Team A', 'Team B', 'Team C']);
	await settled(page);
	await expect(page.getByText('All 3 scenarios simulated.')).toBeVisible();
	// Team C ran 5,000 samples, as its link said.
	await expect(cards(page).nth(2)).toContainText('5,000 simulated futures');

	const rows = page.locator('tr[data-param]');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toHaveAttribute('data-param', 'valuation');
	await expect(rows.nth(0)).toContainText('scenarios disagree');
	await expect(page.locator('section[aria-labelledby="time-h"] svg[role="img"]')).toHaveCount(3);

	const before = await seen(page);
	const link = page.url();
	expect(new URL(link).pathname).toBe('/compare');
	const other = await browser.newContext();
	const receiver = await other.newPage();
	await open(receiver, link);
	await settled(receiver);
	expect(await seen(receiver)).toEqual(before);
	await other.close();

	// Removing one is a step Back undoes.
	await page.getByRole('button', { name: 'Remove Team B' }).click();
	await expect(cards(page).locator('h3')).toHaveText(['Team A', 'Team C']);
	await page.goBack();
	await expect(cards(page).locator('h3')).toHaveText(['Team A', 'Team B', 'Team C']);
	expect(errors).toEqual([]);
});

test('three scenarios pinned from the decision page, compared', async ({ page }) => {
	await open(page, DECISION);
	const name = page.getByRole('textbox', { name: 'Name this scenario' });
	for (const [team, key] of [
		['Team A', 'ArrowRight'],
		['Team B', 'ArrowLeft'],
		['Team C', 'ArrowLeft']
	]) {
		await page.locator('#range-uplift').focus();
		await page.keyboard.press(key);
		await name.fill(team);
		await name.press('Enter');
		await page.getByRole('button', { name: 'Pin for comparison' }).click();
		await expect(page.getByRole('status').filter({ hasText: /^Pinned: \d of 6/ })).toBeVisible();
	}
	await page.getByRole('link', { name: 'Compare pinned (3 of 6)' }).click();
	await expect(cards(page).locator('h3')).toHaveText(['Team A', 'Team B', 'Team C']);
	await settled(page);
	await expect(page.locator('tr[data-param="uplift"] td')).toHaveText([
		'1.05 % (changed from the source)',
		'1 %',
		'0.95 % (changed from the source)'
	]);

	// The pins stay on this device: a new comparison offers them.
	await open(page, '/compare?d=cainiao-ownership');
	await expect(page.getByRole('heading', { name: 'Pinned on this device' })).toBeVisible();
	await page.getByRole('button', { name: 'Add all pinned' }).click();
	await expect(cards(page)).toHaveCount(3);
});

// A card grows when its simulation arrives; a form below the cards moved under a click made then, and
// the click was lost (seen as a flaky test, 1 run in 40 on a loaded machine).
test('the Add button stays where it is while the scenarios simulate', async ({ page }) => {
	await open(page, '/compare');
	await page.evaluate(() => {
		const w = window as unknown as { tops: number[] };
		w.tops = [];
		const watch = () => {
			const add = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add');
			const top = add && Math.round(add.getBoundingClientRect().top + scrollY);
			if (top !== undefined && w.tops.at(-1) !== top) w.tops.push(top);
			requestAnimationFrame(watch);
		};
		watch();
	});
	await paste(page, LINKS[0], 'Start a comparison');
	await expect(cards(page)).toHaveCount(1);
	await settled(page);
	// Both charts and cards have grown by now: at least two frames after the results were drawn.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	expect(await page.evaluate(() => (window as unknown as { tops: number[] }).tops)).toHaveLength(1);
});

test('a pasted link that does not fit says why, and the comparison is kept', async ({ page }) => {
	await open(page, `/compare?d=cainiao-ownership&s=${encodeURIComponent('v=1&r=4&stake=0.7')}`);
	await paste(page, '/decisions/last-mile?v=1&volume=9000', 'Add');
	await expect(page.getByRole('alert')).toHaveText(
		'That link is for another decision (“Last mile abroad: partner, buy, build pickup points, or automate?”); a comparison holds scenarios of one decision.'
	);
	await paste(page, 'https://example.org/sources/x', 'Add');
	await expect(page.getByRole('alert')).toContainText('not a link to a decision');
	await expect(cards(page)).toHaveCount(1);
	await expect(page.getByLabel(/scenario’s link/)).toHaveValue('https://example.org/sources/x');
});

test('five links pasted at once are five scenarios, each its own, whether the field keeps the line breaks or not', async ({
	page,
	context
}) => {
	const { errors } = watch(page);
	const five = [
		...LINKS,
		`${ORIGIN}${DECISION}?v=1&r=4&growth=0.2&name=Team%20D`,
		`${ORIGIN}${DECISION}?v=1&r=4&rate=0.06&name=Team%20E`
	];
	const teams = ['Team A', 'Team B', 'Team C', 'Team D', 'Team E'];
	// Typed in, the one-line field drops the line breaks and the links arrive glued end to end.
	await open(page, '/compare');
	await paste(page, five.join('\n'), 'Start a comparison');
	await expect(cards(page).locator('h3')).toHaveText(teams);
	// Each scenario holds its own team's one value: none mixes them.
	await expect(page.locator('tr[data-param]')).toHaveCount(5);

	// Pasted from the clipboard, with one link that is not a scenario's: four added, the fifth named.
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, `/compare?d=cainiao-ownership&s=${encodeURIComponent('v=1&r=4&stake=0.7&name=Team%20A')}`);
	const lines = [...five.slice(1), 'https://example.org/sources/x'].join('\r\n');
	await page.evaluate((text) => navigator.clipboard.writeText(text), lines);
	const field = page.getByLabel(/scenario’s link/);
	await field.focus();
	await page.keyboard.press('ControlOrMeta+V');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(cards(page).locator('h3')).toHaveText(teams);
	await expect(page.getByRole('alert').filter({ hasText: 'Added' })).toHaveText(
		'Added 4 of 5 links as scenarios, one each. Link 5 of 5 (/sources/x) could not be read: That is not a link to a decision; it should look like …/decisions/cainiao-ownership?…'
	);
	// The link that was not added stays in the field, for another try.
	await expect(field).toHaveValue('https://example.org/sources/x');
	expect(errors).toEqual([]);
});

test('a hostile name or value in a compared scenario shows as text, with notices', async ({ page }) => {
	const { errors, dialogs } = watch(page);
	const hostile = '<img src=x onerror=alert(1)>';
	const s = [`v=1&name=${encodeURIComponent(hostile)}&stake=abc`, 'v=1&cut=1'];
	await open(page, `/compare?d=cainiao-ownership&${s.map((q) => `s=${encodeURIComponent(q)}`).join('&')}`);
	await expect(cards(page).first().locator('h3')).toHaveText(hostile);
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'Read with changes' })).toContainText(
		'is not a number'
	);
	await expect(page.getByText('“cut” is not a setting of this model; ignored it.')).toBeVisible();
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test('the comparison page has no axe violations, full or empty', async ({ page }) => {
	await open(
		page,
		`/compare?d=cainiao-ownership&${LINKS.map((l) => `s=${encodeURIComponent(new URL(l, ORIGIN).search.slice(1))}`).join('&')}`
	);
	await settled(page);
	await expectNoViolations(page);
	await open(page, '/compare');
	await expectNoViolations(page);
});
