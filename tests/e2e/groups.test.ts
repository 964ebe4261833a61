/**
 * Group work in a live room, as a workshop runs it: the console makes five group links, five phones (each
 * its own browser context, at phone width) open them, each sees its own prompt and only its own slider, and
 * moves it; the console and the projector's report-back follow. No group's page carries a break-even or a
 * way to the guide until the facilitator shows the answer key.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated, isFocused } from './helpers';
import { PHONE, PROJECTOR, axe, openRoom, pairProjector, pastEdges, person } from './room-helpers';

const GROUPS = 5;

/** Nothing on a participant's page that gives the answer away: no break-even, no link to the guide. */
async function noAnswerKey(page: Page) {
	await expect(page.getByTestId('group-break-even')).toHaveCount(0);
	await expect(page.getByText(/flips/i)).toHaveCount(0);
	await expect(page.locator('a[href*="guide"]')).toHaveCount(0);
}

/** Labels under a group's slider that meet another one, or run past the screen's edges. */
const labelsMeeting = (page: Page): Promise<string[]> =>
	page.locator('.marks .mark').evaluateAll((marks) => {
		const boxes = marks.map((m) => ({ text: m.textContent, r: m.getBoundingClientRect() }));
		return boxes.flatMap((a, i) => [
			...(a.r.left < 0 || a.r.right > innerWidth ? [`${a.text} past the edge`] : []),
			...boxes
				.slice(i + 1)
				.filter(
					(b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom
				)
				.map((b) => `${a.text} / ${b.text}`)
		]);
	});

test('groups: links made on the console, one slider per phone, values on the console and the report-back, the key shown on demand', async ({
	browser
}) => {
	// Five phones and a projector run the model; the projector runs one simulation per group.
	test.setTimeout(300_000);
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page);
	const screen = await person(browser, PROJECTOR);
	await pairProjector(host.page, screen.page, code);

	await host.page.getByLabel('Number of groups').fill(String(GROUPS));
	await host.page.getByRole('button', { name: 'Make group links' }).click();
	const rows = host.page.getByTestId('group-row');
	await expect(rows).toHaveCount(GROUPS);
	const groups = [];
	for (let i = 0; i < GROUPS; i++) {
		const row = rows.nth(i);
		groups.push({
			id: Number(await row.getAttribute('data-group')),
			link: (await row.getByTestId('group-link').textContent())!.trim(),
			prompt: (await row.locator('.prompt').textContent())!.trim(),
			param: (await row.locator('.param').textContent())!.trim()
		});
	}
	expect(new Set(groups.map((g) => g.link)).size).toBe(GROUPS);
	for (const g of groups) expect(g.link).toMatch(new RegExp(`/r/${code}/g/[A-Za-z0-9_-]+$`));
	// Four prompts for five groups: the fifth group gets the first prompt again.
	expect(groups[4].prompt).toBe(groups[0].prompt);
	expect(new Set(groups.slice(0, 4).map((g) => g.prompt)).size).toBe(4);
	await axe(host.page);

	// Cards to print for the tables: one per group with its QR code, and nothing of the console on paper.
	await host.page.getByTestId('print-cards').click();
	await host.page.emulateMedia({ media: 'print' });
	const cards = host.page.getByTestId('group-card');
	await expect(cards).toHaveCount(GROUPS);
	for (let i = 0; i < GROUPS; i++) {
		await expect(cards.nth(i).getByRole('img')).toBeVisible();
		await expect(cards.nth(i)).toContainText(groups[i].link);
	}
	await expect(host.page.getByRole('button', { name: 'Make new group links' })).toBeHidden();
	await host.page.screenshot({ path: test.info().outputPath('group-cards-print.png'), fullPage: true });
	await host.page.emulateMedia({ media: 'screen' });
	await expect(cards.first()).toBeHidden();

	// Each phone opens its group's link: its prompt, its one assumption as the only control, the verdict.
	const phones = [];
	for (const g of groups) {
		const phone = await person(browser, PHONE);
		await phone.page.goto(g.link);
		await hydrated(phone.page);
		await expect(phone.page.getByTestId('group-prompt')).toHaveText(g.prompt);
		await expect(phone.page.getByRole('slider')).toHaveCount(1);
		await expect(phone.page.getByRole('slider', { name: g.param })).toBeVisible();
		await expect(phone.page.locator('input:not([type="range"]), select, textarea')).toHaveCount(0);
		await expect(phone.page.getByTestId('group-result')).toContainText(/leads|worth the same/);
		await noAnswerKey(phone.page);
		// The votes after the group work are on the room's page: a group's page leads back to it.
		await expect(
			phone.page.getByRole('link', { name: 'The room’s page, for its votes and questions' })
		).toHaveAttribute('href', `/r/${code}`);
		phones.push(phone);
	}
	const first = phones[0].page;
	// One phone screen: the prompt, the slider and the result it moves, with nothing below the fold.
	const size = await first.evaluate(() => ({
		h: document.documentElement.scrollHeight,
		w: document.documentElement.scrollWidth
	}));
	expect(size.h).toBeLessThanOrEqual(PHONE.height);
	expect(size.w).toBeLessThanOrEqual(PHONE.width);
	await expect(first.getByTestId('group-chance')).toContainText(/\d+\s%/, { timeout: 30_000 });
	await axe(first);

	// Each group moves its slider with the keyboard; Sent appears once the room has stored the value.
	const values: string[] = [];
	for (const [i, phone] of phones.entries()) {
		const slider = phone.page.getByRole('slider');
		await slider.focus();
		for (let k = 0; k < 3 + i; k++) await slider.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
		await expect(phone.page.getByTestId('sent')).toBeVisible();
		values.push((await phone.page.getByTestId('group-value').textContent())!.trim());
		await noAnswerKey(phone.page);
	}

	// A second phone on the first group's link sees its value, and its move reaches the first phone.
	const twin = await person(browser, PHONE);
	await twin.page.goto(groups[0].link);
	await hydrated(twin.page);
	await expect(twin.page.getByTestId('group-value')).toHaveText(values[0]);
	await twin.page.getByRole('slider').focus();
	await twin.page.getByRole('slider').press('ArrowRight');
	await expect(twin.page.getByTestId('sent')).toBeVisible();
	values[0] = (await twin.page.getByTestId('group-value').textContent())!.trim();
	await expect(first.getByTestId('group-value')).toHaveText(values[0]);
	await expect(first.getByTestId('from-other')).toBeVisible();

	// The console follows every group's value.
	await expect(host.page.getByTestId('group-live-value')).toHaveText(values);

	// Report-back on the projector: each group's value, its verdict's chance, no break-even yet.
	await host.page.getByRole('button', { name: /Show this step: What would flip it/ }).click();
	for (const [i, g] of groups.entries()) {
		const row = screen.page.locator(`[data-testid="report-row"][data-group="${g.id}"]`);
		await expect(row.getByTestId('report-value')).toHaveText(values[i]);
		await expect(row.getByTestId('report-chance')).toHaveText(/^\d+\s%$/, { timeout: 30_000 });
	}
	await expect(screen.page.locator('.break-even')).toHaveCount(0);
	// Every group's value and the range's ends show whole: none cut short with an ellipsis.
	const cut = await screen.page.evaluate(() =>
		[...document.querySelectorAll('[data-testid="report-value"], .report-back .ends')]
			.filter((el) => el.scrollWidth > el.clientWidth + 0.5 || el.getBoundingClientRect().right > innerWidth)
			.map((el) => el.textContent)
	);
	expect(cut).toEqual([]);
	const fits = await screen.page.evaluate(() => {
		const body = document.querySelector('.body')!;
		return body.scrollHeight <= body.clientHeight && document.documentElement.scrollWidth <= innerWidth;
	});
	expect(fits).toBe(true);
	await axe(screen.page);

	// A group moves on: the report-back follows.
	await phones[2].page.getByRole('slider').focus();
	await phones[2].page.getByRole('slider').press('End');
	await expect(phones[2].page.getByTestId('sent')).toBeVisible();
	values[2] = (await phones[2].page.getByTestId('group-value').textContent())!.trim();
	await expect(
		screen.page.locator(
			`[data-testid="report-row"][data-group="${groups[2].id}"] [data-testid="report-value"]`
		)
	).toHaveText(values[2]);

	// The facilitator shows the answer key: every group's page now says where its verdict flips.
	const key = host.page.getByRole('button', { name: 'Show the answer key to the room' });
	await expect(key).toHaveAttribute('aria-pressed', 'false');
	await key.click();
	await expect(key).toHaveAttribute('aria-pressed', 'true');
	for (const phone of [...phones, twin])
		await expect(phone.page.getByTestId('group-break-even')).toContainText(/flips at|does not flip/);
	// Under each slider, a break-even's label stands under its tick and over no other label: the sources'
	// one once sat right under the break-even's tick.
	for (const phone of phones) {
		const flips = /flips at/.test((await phone.page.getByTestId('group-break-even').textContent())!);
		await expect(phone.page.locator('.marks .mark:is(.flip, .both)')).toHaveCount(flips ? 1 : 0);
		expect(await labelsMeeting(phone.page)).toEqual([]);
	}
	// On the projector: a break-even tick on each strip (an SVG line, so attached rather than "visible").
	await expect(screen.page.locator('.break-even')).toHaveCount(GROUPS);
	await expect(screen.page.getByText('where the verdict flips')).toBeVisible();
	await axe(first);
	// And hides it again.
	await key.click();
	for (const phone of phones) await expect(phone.page.getByTestId('group-break-even')).toHaveCount(0);

	// The room ends: the group's page says so and stops sending.
	await host.page.getByRole('button', { name: 'End the session' }).click();
	await expect(first.getByText(/session has ended/i)).toBeVisible();
	await expect(first.getByRole('slider')).toBeDisabled();
	// Nothing on the console or the projector still acts as if the room were live.
	await expect(screen.page.getByText(/session has ended/i)).toBeVisible();
	await expect(screen.page.getByText(/Join at/)).toHaveCount(0);
	for (const b of await host.page.getByRole('button', { name: /^Show this step/ }).all())
		await expect(b).toBeDisabled();
	await expect(host.page.getByTestId('countdown')).toHaveCount(0);
	await expect(host.page.getByRole('status').filter({ hasText: 'The session has ended' })).toBeVisible();

	for (const p of [host, screen, twin, ...phones]) expect(p.errors).toEqual([]);
});

test('on a phone, the console’s group work, a group’s QR code and the projector’s groups slide fit without sideways scrolling', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page);
	const screen = await person(browser, PHONE);
	await pairProjector(host.page, screen.page, code);
	await host.page.setViewportSize(PHONE);
	await host.page.getByRole('button', { name: /Show this step: Small groups/ }).click();
	// The room's view moves the step's notes above the panel when it comes: wait for it, not the reply.
	await expect(host.page.locator('[data-step="groups"]')).toHaveAttribute('aria-current', 'step');
	await host.page.getByLabel('Number of groups').fill(String(GROUPS));
	await host.page.getByRole('button', { name: 'Make group links' }).click();
	await expect(host.page.getByTestId('group-row')).toHaveCount(GROUPS);
	expect(await host.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);

	// The dialog is a scroll box of its own: a code wider than its content scrolls it sideways.
	const button = host.page.getByRole('button', { name: /QR code of Group 1/ });
	await button.click();
	const dialog = host.page.getByRole('dialog', { name: /^Group 1: scan/ });
	await expect(dialog.getByRole('img')).toBeVisible();
	expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
	await axe(host.page);
	await host.page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(await isFocused(button)).toBe(true);

	// The projector's page clips what does not fit, so it is checked element by element, not by its scroll
	// (the slide's title is there for screen readers only, clipped to a pixel on purpose).
	await expect(screen.page.locator('.slide[data-step="groups"]')).toBeVisible({ timeout: 30_000 });
	// Every group made is named over its prompt: the slide once listed the four prompts, and group 5 (handed
	// the first prompt again) was nowhere on it.
	const listed = screen.page.locator('.slide[data-step="groups"] .prompts li');
	await expect(listed).toHaveCount(4);
	await expect(listed.first().locator('.group')).toHaveText('Group 1 · Group 5');
	// Twelve groups, the most a room makes, fit a 1280 × 720 projector: one item a prompt still.
	await host.page.getByLabel('Number of groups').fill('12');
	await host.page.getByRole('button', { name: 'Make new group links' }).click();
	await host.page.getByRole('button', { name: 'Stop the old links and make new ones' }).click();
	await expect(listed.first().locator('.group')).toHaveText('Group 1 · Group 5 · Group 9');
	await screen.page.setViewportSize({ width: 1280, height: 720 });
	await expect(listed.nth(3).locator('.group')).toHaveText('Group 4 · Group 8 · Group 12');
	await screen.page.waitForTimeout(500);
	expect(await pastEdges(screen.page, '.screen', 'bottom')).toEqual([]);
	await screen.page.setViewportSize(PHONE);
	expect(await pastEdges(screen.page, '.screen', 'right')).toEqual([]);
	await axe(screen.page);
	for (const p of [host, screen]) expect(p.errors).toEqual([]);
});

test('a group’s page fits 360 px without sideways scrolling, and an unknown link says it does not work', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const host = await person(browser, { width: 1280, height: 900 });
	await openRoom(host.page);
	await host.page.getByLabel('Number of groups').fill('1');
	await host.page.getByRole('button', { name: 'Make group links' }).click();
	const link = (await host.page.getByTestId('group-link').textContent())!.trim();

	const phone = await person(browser, { width: 360, height: 740 });
	await phone.page.goto(link);
	await hydrated(phone.page);
	await expect(phone.page.getByTestId('group-result')).toContainText(/leads|worth the same/);
	expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// New links replace the old ones, once the console confirms it: kept, the old link stays; replaced, it
	// stops working, with a sentence.
	const again = host.page.getByRole('button', { name: 'Make new group links' });
	await again.click();
	const confirm = host.page.getByTestId('confirm-new-links');
	await expect(confirm).toHaveText(/^\s*New links stop the link made before; printed cards/);
	const replace = confirm.getByRole('button', { name: 'Stop the old links and make new ones' });
	await expect(replace).toBeFocused();
	await confirm.getByRole('button', { name: 'Keep the current links' }).click();
	await expect(confirm).toBeHidden();
	await expect(again).toBeFocused();
	await expect(host.page.getByTestId('group-link')).toHaveText(link);
	await again.click();
	await host.page.keyboard.press('Enter');
	await expect(host.page.getByTestId('group-link')).not.toHaveText(link);
	const stale = await person(browser, { width: 360, height: 740 });
	await stale.page.goto(link);
	await hydrated(stale.page);
	await expect(stale.page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
});

test('a group link that opens nothing says to ask the facilitator for the group’s link', async ({
	browser
}) => {
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page);
	const phone = await person(browser, PHONE);
	// A token of the right shape that no group holds, as a link from replaced groups is.
	await phone.page.goto(`/r/${code}/g/${'A'.repeat(43)}`);
	const alert = phone.page.getByRole('alert');
	await expect(alert).toContainText('This group link does not open the room');
	await expect(alert).toContainText('Ask the facilitator');
	await expect(alert).not.toContainText(/pair/i);
	await axe(phone.page);
});
