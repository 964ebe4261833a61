/**
 * Presenter mode, as a facilitator and a room use it: step through with the keyboard, each step its own
 * URL that a participant can open, locks that hold, and the scenario kept on the way in and out.
 */
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { expectNoViolations } from './axe';
import { DECISION, hydrated, isFocused, normalise, open, settled, watch } from './helpers';
import { presentSteps } from '../../src/lib/present/steps';
import { loadDecisions } from '../decisions';

const all = await loadDecisions();
/** A decision's presenter steps: its room guide's running order. */
const stepsOf = (id: string) => presentSteps(all.find((d) => d.def.id === id)?.guide);
const STEPS = stepsOf(DECISION.split('/').pop()!);
const at = (id: string) => STEPS.findIndex((s) => s.id === id);
const title = (id: string) => STEPS[at(id)].title;

const PRESENT = `${DECISION}/present`;
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const verdict = (page: Page) => page.getByTestId('verdict');
const slider = (page: Page, id: string) => page.locator(`#range-${id}`);

test('the decision page opens presenter mode on the same scenario, and the arrow keys walk every step', async ({
	page
}) => {
	const { errors } = watch(page);
	await open(page, `${DECISION}?v=1&r=4&uplift=0.02&name=Team%20A`);
	await page.getByRole('link', { name: 'Present', exact: true }).click();
	await expect(page).toHaveURL(/\/present\/question\?v=1&r=4&uplift=0\.02&name=/);
	expect(new URL(page.url()).searchParams.get('name')).toBe('Team A');
	await expect(heading(page)).toHaveText('The question');
	await expect(page.getByText('Scenario: Team A')).toBeVisible();
	// The site's own header gives way to the presentation.
	await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(0);

	for (const [i, step] of STEPS.entries()) {
		await expect(heading(page)).toHaveText(step.title);
		await expect(page).toHaveURL(new RegExp(`/present/${step.id}\\?v=1&r=4&uplift=0\\.02`));
		await expect(page.getByRole('link', { name: new RegExp(step.title) }).first()).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(page.getByText(`Step ${i + 1} of ${STEPS.length}`)).toBeVisible();
		if (step.slide === 'outcome') await expect(verdict(page)).toContainText('worth');
		await page.keyboard.press('ArrowRight');
	}
	// Past the last step the keys do nothing; Page Up steps back, as a clicker does; ↑ ↓ Home End scroll.
	const last = STEPS.length - 1;
	await expect(heading(page)).toHaveText(STEPS[last].title);
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText(STEPS[last].title);
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowUp');
	await expect(heading(page)).toHaveText(STEPS[last].title);
	await page.keyboard.press('PageUp');
	await expect(heading(page)).toHaveText(STEPS[last - 1].title);
	await page.keyboard.press('ArrowLeft');
	await expect(heading(page)).toHaveText(STEPS[last - 2].title);
	// Back returns to the step before, as a browser's Back does anywhere.
	await page.goBack();
	await expect(heading(page)).toHaveText(STEPS[last - 1].title);
	expect(errors).toEqual([]);
});

test('presenter mode’s address without a step opens its first step, on the same scenario', async ({
	page
}) => {
	const { errors } = watch(page);
	for (const path of [PRESENT, `${PRESENT}/`]) {
		await open(page, `${path}?v=1&r=4&uplift=0.02`);
		await expect(page).toHaveURL(/\/present\/question\?v=1&r=4&uplift=0\.02$/);
		await expect(heading(page)).toHaveText(STEPS[0].title);
	}
	expect(errors).toEqual([]);
	const unknown = await page.goto('/decisions/no-such-decision/present');
	expect(unknown?.status()).toBe(404);
	await expect(page.getByText('There is no decision called “no-such-decision”.')).toBeVisible();
});

test('with the network gone once a step has opened, the keys still walk every step', async ({ page }) => {
	const { errors } = watch(page);
	await open(page, `${PRESENT}/${STEPS[0].id}?v=1&r=4&uplift=0.02`);
	await settled(page);
	// Each step's route is resolved by the server: asked for when presenter mode opens.
	await page.waitForLoadState('networkidle');
	await page.context().setOffline(true);
	const failed: string[] = [];
	page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
	for (const step of STEPS.slice(1)) {
		await page.keyboard.press('ArrowRight');
		await expect(heading(page)).toHaveText(step.title);
		await expect(page).toHaveURL(new RegExp(`/present/${step.id}\\?v=1&r=4&uplift=0\\.02`));
	}
	await page.context().setOffline(false);
	// The browser asks for the tab's icon again at each step, offline: that, and only that, failed.
	expect(failed.filter((p) => p !== '/favicon.svg')).toEqual([]);
	expect(errors.filter((e) => !e.endsWith('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('a step opened from its URL in a new browser shows the same step and the same numbers', async ({
	page,
	browser
}) => {
	await open(page, `${PRESENT}/outcome?v=1&r=4&valuation=15&seed=7`);
	await settled(page);
	const shown = normalise(await page.locator('.verdict').innerText());
	expect(shown).toContain('Under the stated uncertainty');

	const other = await browser.newContext();
	const room = await other.newPage();
	await room.goto(page.url());
	await hydrated(room);
	await expect(heading(room)).toHaveText(title('outcome'));
	await settled(room);
	expect(normalise(await room.locator('.verdict').innerText())).toBe(shown);
	await other.close();
});

test('the facilitator locks an assumption; the room cannot change it, here or on the decision page', async ({
	page
}) => {
	await open(page, `${PRESENT}/assumptions?v=1&r=4&stake=0.7`);
	await expect(page.locator('#present-controls')).toHaveCount(0);
	const toggle = page.getByRole('button', { name: 'Controls' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await page.getByText(/Lock assumptions for the room/).click();
	await page.getByRole('checkbox', { name: 'Alibaba’s stake before the deal' }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('lock')).toBe('stake');
	await expect(slider(page, 'stake')).toBeDisabled();

	// An unlocked slider takes the arrow keys for itself: the value moves, the step does not.
	const uplift = slider(page, 'uplift');
	await uplift.focus();
	await page.keyboard.press('ArrowRight');
	await expect(uplift).toHaveValue('1.05');
	await expect(heading(page)).toHaveText(title('assumptions'));
	await expect.poll(() => new URL(page.url()).searchParams.get('uplift')).toBe('0.0105');

	// Leaving keeps the scenario, locks included.
	await page.getByTestId('leave').click();
	await expect(page).toHaveURL(
		/\/decisions\/cainiao-ownership\?v=1&r=4&stake=0\.7&uplift=0\.0105&lock=stake$/
	);
	await hydrated(page);
	await expect(slider(page, 'stake')).toBeDisabled();
	await expect(slider(page, 'stake')).toHaveValue('70');
	await expect(page.locator('#param-stake')).toContainText('Locked by the facilitator');
});

test('a link that came with locks keeps them: presenter mode offers no way to unlock', async ({ page }) => {
	await open(page, `${DECISION}?v=1&r=4&stake=0.7&lock=stake`);
	await page.getByRole('link', { name: 'Present', exact: true }).click();
	await expect(heading(page)).toHaveText('The question');
	await page.getByRole('button', { name: 'Controls' }).click();
	await expect(
		page.getByText('This link came with one assumption locked; they stay locked here.')
	).toBeVisible();
	await expect(page.getByText(/Lock assumptions for the room/)).toHaveCount(0);
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await expect(slider(page, 'stake')).toBeDisabled();
});

test('a value changed in presenter mode stays through the steps, and Back undoes it', async ({ page }) => {
	await open(page, `${PRESENT}/outcome`);
	await page.getByRole('button', { name: 'Controls' }).click();
	// Opened, the controls take the focus.
	expect(await isFocused(page.locator('#controls-h'))).toBe(true);
	// Read the verdict once its chance is in: read earlier, it says "being computed", which Back never shows again.
	await expect(verdict(page)).toHaveAttribute('data-chance', 'known');
	const before = await verdict(page).innerText();
	const valuation = slider(page, 'valuation');
	// One change, typed: a run of key presses slower than the address's 400 ms would make several steps.
	const exact = page.getByRole('textbox', { name: /Cainiao equity valuation, exact value/ });
	await exact.fill('11.3');
	await exact.press('Enter');
	await expect(valuation).toHaveValue('11.3');
	await expect(verdict(page)).not.toHaveText(before);
	// The verdict states its chance once the simulation of the new value is in.
	await expect(verdict(page)).toHaveAttribute('data-chance', 'known');
	const after = await verdict(page).innerText();
	// Straight on to the next step, before the address has caught up: the change goes with it.
	const next = STEPS[at('outcome') + 1].title;
	await page.getByRole('link', { name: `Next: ${next}` }).click();
	await expect(heading(page)).toHaveText(next);
	await expect(valuation).toHaveValue('11.3');
	expect(new URL(page.url()).searchParams.get('valuation')).toBe('11.3');
	await page.goBack();
	await expect(heading(page)).toHaveText(title('outcome'));
	await expect(verdict(page)).toHaveText(after);
	await page.goBack();
	await expect(valuation).toHaveValue('10.3');
	await expect(verdict(page)).toHaveText(before);
	await expect(heading(page)).toHaveText(title('outcome'));
});

test('at the last step the focus, no longer on a Next link, goes to the slide', async ({ page }) => {
	const [before, last] = STEPS.slice(-2);
	await open(page, `${PRESENT}/${before.id}`);
	const next = page.getByRole('link', { name: `Next: ${last.title}` });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText(last.title);
	await expect.poll(() => isFocused(heading(page))).toBe(true);
});

test('the room link and QR code in presenter mode open the decision page with the locks', async ({
	page
}) => {
	await open(page, `${PRESENT}/question?v=1&r=4&lock=rate`);
	await page.getByRole('button', { name: 'Controls' }).click();
	await page.getByRole('button', { name: 'Show QR code' }).click();
	await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'This scenario’s link' }).inputValue();
	expect(new URL(link).pathname).toBe(DECISION);
	expect(new URL(link).searchParams.get('lock')).toBe('rate');
});

test('the room QR code fills the projector in a dialog; Escape closes it, and the keys step again', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `${PRESENT}/question?v=1&r=4&uplift=0.02&lock=stake`);
	const button = page.getByRole('button', { name: 'QR code for the room' });
	await button.click();
	const dialog = page.getByRole('dialog', { name: 'Open this scenario on your phone' });
	await expect(dialog).toBeVisible();
	const qr = dialog.getByRole('img', { name: /QR code/ });
	expect((await qr.boundingBox())!.height).toBeGreaterThan(600);
	const link = new URL((await dialog.locator('.link').innerText()).trim());
	expect(link.pathname).toBe(DECISION);
	expect(link.searchParams.get('lock')).toBe('stake');
	expect(link.searchParams.get('uplift')).toBe('0.02');
	await page.screenshot({ path: path.join(dir(), 'present-room-qr-1920.png') });
	await expectNoViolations(page);
	// The keys are not the slide's while the dialog is open.
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText('The question');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(await isFocused(button)).toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText(STEPS[1].title);
});

test('a step that does not exist is a clear 404', async ({ page }) => {
	const response = await page.goto(`${PRESENT}/nonsense`);
	expect(response?.status()).toBe(404);
	await expect(page.getByText(/Presenter mode has no step called “nonsense”/)).toBeVisible();
	// The site's own error page, with its navigation and a way back.
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'See all the decisions' })).toBeVisible();
});

test('every step passes axe, and the controls too', async ({ page }) => {
	test.setTimeout(90_000);
	for (const step of STEPS) {
		await open(page, `${PRESENT}/${step.id}?v=1&r=4&uplift=0.02&lock=stake`);
		await settled(page);
		await expectNoViolations(page);
	}
	// The room's view of the controls, locks fixed by the link, then the facilitator's, with the lock picker.
	await page.getByRole('button', { name: 'Controls' }).click();
	await expectNoViolations(page);
	await open(page, `${PRESENT}/assumptions?v=1&r=4&uplift=0.02`);
	await page.getByRole('button', { name: 'Controls' }).click();
	await page.getByText(/Lock assumptions for the room/).click();
	await expectNoViolations(page);
});

test('keyboard only: Tab reaches the step links and the controls, with a visible focus', async ({ page }) => {
	await open(page, `${PRESENT}/question`);
	await page.keyboard.press('Tab'); // the skip link
	await page.keyboard.press('Tab');
	const first = page.getByRole('navigation', { name: 'Steps' }).getByRole('link').first();
	expect(await isFocused(first)).toBe(true);
	// A focused link still lets the arrows step; the focus stays, so the next press steps again.
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText(STEPS[1].title);
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText(STEPS[2].title);
	const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

const dir = (): string => path.join(test.info().project.testDir, '..', 'screenshots');

for (const { width, height } of [
	{ width: 1920, height: 1080 },
	// A 5:4 projector: narrower than 4:3, so the page scrolls as on a phone.
	{ width: 1280, height: 1024 },
	{ width: 360, height: 780 }
]) {
	test(`at ${width} px every step fits the width; screenshots saved`, async ({ page }) => {
		test.setTimeout(60_000);
		await page.setViewportSize({ width, height });
		for (const step of stepsOf('last-mile')) {
			await open(page, `/decisions/last-mile/present/${step.id}`);
			await settled(page);
			await page.screenshot({ path: path.join(dir(), `present-${step.id}-${width}.png`) });
			const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
			expect(scrollWidth, `${step.id} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width + 1);
			// Every chart is drawn in full, above the pager: on a phone the page scrolls instead of sharing
			// the screen's height out, where the outcome's chart once got 6rem and ran under the pager.
			const pager = (await page.getByRole('navigation', { name: 'Previous and next step' }).boundingBox())!;
			const plots = page.locator('.slide figure.chart .plot');
			if (step.slide === 'outcome' || step.slide === 'flip') await expect(plots.first()).toBeVisible();
			for (const plot of await plots.all()) {
				const box = (await plot.boundingBox())!;
				expect(box.y + box.height, `${step.id}: a chart runs under the pager`).toBeLessThanOrEqual(pager.y);
				expect(box.height, `${step.id}: a chart is squashed`).toBeGreaterThanOrEqual(
					Math.min(200, height / 4)
				);
			}
		}
	});
}

test('on a projector, the tornado’s bars read off a value axis, and the outcome’s chance says its band, its scale folded', async ({
	page
}) => {
	for (const size of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	]) {
		await page.setViewportSize(size);
		await open(page, `${PRESENT}/flip`);
		await settled(page);
		const tornado = page.locator('.slide figure.chart', { hasText: 'Advantage of' });
		const ticks = tornado.locator('.plot svg .x-axis text');
		// The slide fits its rows once more after it settles: the count is read until it holds.
		await expect.poll(() => ticks.count(), { message: `${size.width} px` }).toBeGreaterThanOrEqual(3);
		// With its unit, or without it where that fits more ticks: the chart's title gives it.
		await expect(ticks.filter({ hasText: /^(USD\s)?0(\sbn)?$/ })).toHaveCount(1);
		for (const tick of await ticks.all()) await expect(tick).toBeInViewport({ ratio: 1 });

		await open(page, `${PRESENT}/outcome`);
		await settled(page);
		await expect(page.locator('.slide details.scale')).not.toHaveAttribute('open');
		const sentence = page.getByTestId('uncertainty');
		await expect(sentence).toContainText(/\(on the verdict’s scale, .+\s% is [a-z ]+\)/);
		await expect(sentence).not.toContainText('below');
	}
});

test('the steps are the room guide’s running order: a vote to open and to close, the groups’ prompts on screen', async ({
	page
}) => {
	await open(page, `${PRESENT}/question`);
	const nav = page.getByRole('navigation', { name: 'Steps' }).getByRole('link');
	await expect(nav).toHaveText(STEPS.map((s, i) => `${i + 1} ${s.title}`));
	const vote = page.getByRole('complementary', { name: 'Vote' });
	await expect(vote).toContainText('Show of hands: which would you choose?');
	await expect(vote.getByRole('listitem')).toHaveText(['List Cainiao (IPO)', 'Own it fully']);

	const groups = STEPS.find((s) => s.slide === 'groups')!;
	await open(page, `${PRESENT}/${groups.id}`);
	await expect(page.locator('.slide .prompts li')).toHaveCount(groups.prompts!.length);
	await expect(page.locator('.slide .prompts li').first()).toContainText('Group 1');

	// Before the outcome step, a slide says how much an assumption moves the gap, not who leads.
	await open(page, `${PRESENT}/assumptions`);
	await settled(page);
	await expect(page.locator('.swing').first()).toContainText('the gap between the options moves by');
	await expect(page.locator('.slide')).not.toContainText('lead');

	await open(page, `${PRESENT}/${STEPS.at(-1)!.id}`);
	await expect(page.getByRole('complementary', { name: 'Vote' })).toContainText('Show of hands again');
});

test('on a projector, a chart’s data table opened on a slide takes the chart’s place: one screen still', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `${PRESENT}/outcome`);
	await settled(page);
	const figure = page.locator('figure.fill');
	const plot = await figure.locator('.plot').boundingBox();
	await figure.locator('details.data-table summary').click();
	const box = figure.getByRole('region', { name: /^Data table: / });
	await expect(box.getByRole('table')).toBeVisible();
	await expect(figure.locator('.plot')).toBeHidden();
	// The page does not scroll; the table does, in the plot's place, from the keyboard too.
	const overflow = await page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);
	expect(overflow).toBeLessThanOrEqual(1);
	expect((await box.boundingBox())!.height).toBeLessThanOrEqual(plot!.height + 1);
	await box.focus();
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => box.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'outcome');
	await expectNoViolations(page);
	await figure.locator('details.data-table summary').click();
	await expect(figure.locator('.plot svg')).toBeVisible();
});

test('on a phone, where the page scrolls, a slide’s data table opens below its chart, and holds still', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/decisions/last-mile/present/outcome');
	await settled(page);
	const figure = page.locator('figure.fill');
	await figure.locator('details.data-table summary').click();
	await expect(figure.getByRole('table')).toBeVisible();
	// Its room is not taken from the figure, whose height here is the table's own: that fed on itself.
	await expect(figure).not.toHaveClass(/table-instead/);
	await expect(figure.locator('.plot svg')).toBeVisible();
	const height = () => figure.evaluate((e) => e.getBoundingClientRect().height);
	const first = await height();
	await page.waitForTimeout(500);
	expect(await height()).toBe(first);
});

test('beside the controls, a wide data table scrolls sideways in its box, from the keyboard too', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/decisions/last-mile/present/outcome');
	await settled(page);
	await page.getByRole('button', { name: 'Controls' }).click();
	const figure = page.locator('figure.fill');
	await figure.locator('details.data-table summary').click();
	const box = figure.getByRole('region', { name: /^Data table: / });
	await expect(box.getByRole('table')).toBeVisible();
	// The table's five columns are wider than the chart's column: they stay in it, not over the controls.
	const [scrollWidth, clientWidth] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	const right = (l: typeof box) => l.boundingBox().then((b) => b!.x + b!.width);
	expect(await right(box)).toBeLessThanOrEqual((await right(figure)) + 1);
	// Tabbed to, the box has ← and →, where they would step.
	await page.keyboard.press('Tab');
	await expect(box).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'outcome');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBe(0);
	await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'outcome');
	// Focused by a mouse click, it leaves them to a clicker, which may send arrows: they step.
	await page.locator('#slide-h').click();
	await box.click();
	await expect(box).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.slide')).not.toHaveAttribute('data-slide', 'outcome');
});

test('presenter links made before the steps came from the guide open the same slide', async ({ page }) => {
	for (const id of ['question', 'assumptions', 'options', 'outcome', 'flip', 'discuss']) {
		const response = await page.goto(`${PRESENT}/${id}?v=1&r=4`);
		expect(response?.status(), id).toBe(200);
		await expect(page.locator('.slide'), id).toHaveAttribute('data-slide', id);
	}
});

// Every decision, found by folder: each step of its running order opens in presenter mode, settles, and
// fits the projector's width, through the same components as every other decision.
for (const { def } of all) {
	test(`${def.id}: every presenter step opens and settles, with no error`, async ({ page }) => {
		test.setTimeout(90_000);
		const { errors } = watch(page);
		await page.setViewportSize({ width: 1920, height: 1080 });
		for (const step of stepsOf(def.id)) {
			await open(page, `/decisions/${def.id}/present/${step.id}`);
			await settled(page);
			await expect(heading(page)).toBeVisible();
			const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
			expect(scrollWidth, `${step.id} scrolls sideways`).toBeLessThanOrEqual(1921);
		}
		expect(errors).toEqual([]);
	});
}
