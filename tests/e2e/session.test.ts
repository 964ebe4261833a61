/**
 * A whole 45-minute session run from the app alone, as the issue that asked for it tried it: the facilitator
 * walks Cainiao's running order on the console; the projector (1920 × 1080, and 1280 × 720) shows each step's
 * slide without scrolling; three phones vote and estimate; five groups work on phones from the console's
 * links; the report-back and the answer key come when the facilitator says; and the session's export holds
 * the votes, the estimates and the groups' scenarios.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import {
	PHONE,
	PROJECTOR,
	axe,
	closeAndReveal,
	joinByLink,
	openRoom,
	pairProjector,
	person,
	vote
} from './room-helpers';

const OWN = 'Own it fully';
const LIST = 'List Cainiao (IPO)';
const GROUPS = 5;
const SMALL = { width: 1280, height: 720 };

/** The projector's page scrolls neither way at its size. */
async function fits(screen: Page) {
	const size = await screen.evaluate(() => ({
		h: document.documentElement.scrollHeight,
		w: document.documentElement.scrollWidth,
		ih: innerHeight,
		iw: innerWidth
	}));
	expect(size.h, 'no vertical scroll').toBeLessThanOrEqual(size.ih);
	expect(size.w, 'no sideways scroll').toBeLessThanOrEqual(size.iw);
}

/** The step's slide on the projector, fitting 1920 × 1080 and 1280 × 720. */
async function slideFits(screen: Page, step: string) {
	await expect(screen.locator(`.slide[data-step="${step}"]`)).toBeVisible({ timeout: 30_000 });
	await fits(screen);
	await screen.setViewportSize(SMALL);
	await expect(screen.locator(`.slide[data-step="${step}"]`)).toBeVisible();
	await fits(screen);
	await screen.setViewportSize(PROJECTOR);
}

async function noAnswerKey(page: Page) {
	await expect(page.getByTestId('group-break-even')).toHaveCount(0);
	await expect(page.getByText(/flips/i)).toHaveCount(0);
	await expect(page.locator('a[href*="guide"]')).toHaveCount(0);
}

test('a whole session from the console: every step on the projector, votes, an estimate, five groups, report-back, key and export', async ({
	browser
}) => {
	test.setTimeout(600_000);
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page);
	const screen = await person(browser, PROJECTOR);
	await pairProjector(host.page, screen.page, code);
	const phones = [];
	for (let i = 0; i < 3; i++) {
		const p = await person(browser, PHONE);
		await joinByLink(p.page, code);
		phones.push(p.page);
	}
	await expect(host.page.getByTestId('participants')).toContainText('3 joined');
	const show = (title: RegExp) => host.page.getByRole('button', { name: title }).click({ timeout: 15_000 });

	// 1. The question (a room opens on it): the slide, the segment's countdown running, the first vote live.
	await expect(screen.page.getByTestId('screen-step')).toContainText('The question');
	await slideFits(screen.page, 'question');
	const countdown = host.page.getByTestId('countdown');
	await expect(countdown).toContainText(/\d+:\d{2}/);
	const first = await countdown.textContent();
	await expect(countdown).not.toHaveText(first!, { timeout: 5_000 });
	// The first vote from the keyboard: each press leaves focus on the next control, not at the page's start.
	await host.page.getByRole('button', { name: 'Open the first vote' }).focus();
	await host.page.keyboard.press('Enter');
	await expect(host.page.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
	await expect(host.page.getByRole('button', { name: 'Open the first vote' })).toBeDisabled();
	for (const [i, p] of phones.entries()) await vote(p, i === 2 ? LIST : OWN);
	await expect(host.page.getByTestId('answer-count').first()).toContainText('3 answers');
	await expect(screen.page.getByTestId('screen-count')).toContainText('3');
	// The open vote on the projector names the options, and the way in stays beside it for latecomers.
	await expect(screen.page.getByTestId('screen-choices')).toContainText(OWN);
	await expect(screen.page.getByTestId('screen-join')).toBeVisible();
	await fits(screen.page);
	await screen.page.setViewportSize(SMALL);
	await fits(screen.page);
	await screen.page.setViewportSize(PROJECTOR);
	await host.page.keyboard.press('Enter');
	await expect(host.page.getByRole('button', { name: 'Reveal', exact: true })).toBeFocused();
	await host.page.keyboard.press('Enter');
	await expect(host.page.locator('#latest-h')).toBeFocused();
	await expect(screen.page.getByText(OWN).first()).toBeVisible();
	await fits(screen.page);

	// 2–3. The options and the assumptions; an estimate on the assumptions' step.
	await show(/Show this step: The two options/);
	await slideFits(screen.page, 'options');
	await show(/Show this step: The assumptions behind the numbers/);
	await slideFits(screen.page, 'assumptions');
	await host.page.getByLabel('Estimate').selectOption('rate');
	await host.page.getByRole('button', { name: 'Open the estimate' }).click();
	for (const [i, p] of phones.entries()) {
		await p.getByLabel(/Your best guess/).fill(['9', '11', '13'][i]);
		await p.getByRole('button', { name: /Send my estimate/ }).click();
		await expect(p.getByTestId('sent')).toBeVisible();
	}
	await closeAndReveal(host.page);
	await expect(screen.page.locator('[data-slot="room-estimates"] svg').first()).toBeVisible({
		timeout: 30_000
	});
	await fits(screen.page);

	// 4. The outcome.
	await show(/Show this step: The outcome at the sourced values/);
	await slideFits(screen.page, 'outcome');

	// 5. Group work: one link per group from the console, each phone with its prompt and one slider.
	await show(/Show this step: Small groups/);
	await slideFits(screen.page, 'groups');
	await host.page.getByLabel('Number of groups').fill(String(GROUPS));
	await host.page.getByRole('button', { name: 'Make group links' }).click();
	const rows = host.page.getByTestId('group-row');
	await expect(rows).toHaveCount(GROUPS);
	await axe(host.page);
	const groups = [];
	for (let i = 0; i < GROUPS; i++) {
		const row = rows.nth(i);
		const id = (await row.getAttribute('data-group'))!;
		const link = (await row.getByTestId('group-link').textContent())!.trim();
		const prompt = (await row.locator('.prompt').textContent())!.trim();
		const page = (await person(browser, PHONE)).page;
		await page.goto(link);
		await hydrated(page);
		await expect(page.getByTestId('group-prompt')).toHaveText(prompt);
		await expect(page.getByRole('slider')).toHaveCount(1);
		await noAnswerKey(page);
		const slider = page.getByRole('slider');
		await slider.focus();
		for (let k = 0; k < 2 + i; k++) await slider.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
		await expect(page.getByTestId('sent')).toBeVisible();
		groups.push({ id, page, value: (await page.getByTestId('group-value').textContent())!.trim() });
	}
	await axe(groups[0].page);
	await expect(host.page.getByTestId('group-live-value')).toHaveText(groups.map((g) => g.value));
	// Each group's phone counts the group work down, on the server's clock as the console does.
	for (const g of groups) await expect(g.page.getByTestId('countdown')).toContainText(/\d+:\d{2}/);
	// The participants' phones carry no answer key either.
	for (const p of phones) await noAnswerKey(p);

	// 6. What would flip it: the groups report back on the projector, and follow a late move.
	await show(/Show this step: What would flip it/);
	await expect(groups[0].page.getByTestId('countdown')).toHaveCount(0);
	const reports = screen.page.getByTestId('report-row');
	await expect(reports).toHaveCount(GROUPS, { timeout: 30_000 });
	// Rows sit under their assumption, so two groups on one prompt are neighbours: found by group, not place.
	const reported = (id: string) =>
		screen.page.locator(`[data-testid="report-row"][data-group="${id}"] [data-testid="report-value"]`);
	for (const g of groups) await expect(reported(g.id)).toHaveText(g.value);
	await expect(screen.page.getByTestId('report-chance').first()).toHaveText(/^\d+\s%$/, { timeout: 30_000 });
	await fits(screen.page);
	await screen.page.setViewportSize(SMALL);
	await fits(screen.page);
	await screen.page.setViewportSize(PROJECTOR);
	await axe(screen.page);
	await groups[1].page.getByRole('slider').focus();
	await groups[1].page.getByRole('slider').press('End');
	await expect(groups[1].page.getByTestId('sent')).toBeVisible();
	groups[1].value = (await groups[1].page.getByTestId('group-value').textContent())!.trim();
	await expect(reported(groups[1].id)).toHaveText(groups[1].value);
	// The key, only when the facilitator shows it.
	for (const g of groups) await noAnswerKey(g.page);
	await host.page.getByRole('button', { name: 'Show the answer key to the room' }).click();
	for (const g of groups) await expect(g.page.getByTestId('group-break-even')).toBeVisible();

	// 7. Close: the vote again, with who moved.
	await show(/Show this step: Close/);
	await slideFits(screen.page, 'discuss');
	await host.page.getByRole('button', { name: 'Open the vote again' }).click();
	for (const p of phones) await vote(p, LIST);
	await closeAndReveal(host.page);
	await expect(screen.page.getByText(/moved from Own it fully to List Cainiao/)).toBeVisible();
	await fits(screen.page);

	// The export: one CSV with the votes, the estimates and the groups' scenarios, and the printed record.
	await host.page.goto(`/r/${code}/results`);
	await hydrated(host.page);
	await expect(host.page.getByTestId('room-record')).toContainText(/The first vote: [^.]*Own it fully 2/);
	await expect(host.page.getByTestId('room-record')).toContainText('Group 1, on');
	const [download] = await Promise.all([
		host.page.waitForEvent('download'),
		host.page.getByRole('button', { name: 'Download every answer (CSV)' }).click()
	]);
	const csv = await readFile((await download.path())!, 'utf8');
	const lines = csv.trim().split(/\r?\n/);
	const rowsOf = (kind: string) => lines.filter((l) => new RegExp(`^"?${kind}"?,`).test(l));
	const cell = (word: string) => new RegExp(`(^|,)"?${word}"?(,|$)`);
	expect(rowsOf('answer').filter((l) => cell('vote').test(l))).toHaveLength(6);
	expect(rowsOf('answer').filter((l) => cell('estimate').test(l))).toHaveLength(3);
	expect(rowsOf('group')).toHaveLength(GROUPS);
	await axe(host.page);

	for (const p of [host, screen]) expect(p.errors).toEqual([]);
});
