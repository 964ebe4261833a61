/**
 * The live room in the browser tests: people as browser contexts (a facilitator, a projector, phones), and
 * app instances of the tests' own, for what the suite's one server cannot show (a server killed and
 * restarted, two instances sharing one PostgreSQL). Every instance is the built app, started as `npm start`
 * starts each of its processes (src/lib/server/serve.js), on loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { hydrated, watch } from './helpers';

export const PHONE = { width: 390, height: 844 };
export const PROJECTOR = { width: 1920, height: 1080 };

/**
 * What runs past the window's bottom or right edge, or the one `edge` given, inside `selector`: a
 * projector's page clips it, so nothing would scroll into view. Text for screen readers alone is left out.
 */
export const pastEdges = (
	page: Page,
	selector: string,
	edge: 'bottom' | 'right' | 'both' = 'both'
): Promise<string[]> =>
	page.evaluate(
		([sel, which]) =>
			[...document.querySelectorAll(`${sel} *`)]
				.filter((el) => !el.closest('.visually-hidden'))
				.filter((el) => {
					const r = el.getBoundingClientRect();
					const bottom = which !== 'right' && r.bottom > innerHeight + 0.5;
					return bottom || (which !== 'bottom' && r.right > innerWidth + 0.5);
				})
				.map((el) => el.outerHTML.slice(0, 80)),
		[selector, edge] as const
	);

/** A person: a browser context of their own (their own storage, as separate devices have). */
export async function person(browser: Browser, viewport: { width: number; height: number }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	return { page, ...watch(page) };
}

/** The facilitator opens a live room from presenter mode; returns its code. */
export async function openRoom(host: Page, base = '', decision = 'cainiao-ownership'): Promise<string> {
	await host.goto(`${base}/decisions/${decision}/present/question`);
	await hydrated(host);
	await host.getByRole('button', { name: 'Controls' }).click();
	await host.getByRole('button', { name: 'Open a live room' }).click();
	await host.waitForURL(/\/r\/[A-Z0-9]{6}\/host$/);
	await expect(host.getByTestId('room-code')).toBeVisible();
	return /\/r\/([A-Z0-9]{6})\/host/.exec(host.url())![1];
}

/** The console shows a pairing code; the projector types it. */
export async function pairProjector(host: Page, screen: Page, code: string, base = '') {
	await host.getByRole('button', { name: 'Pair a projector' }).click();
	const shown = (await host.getByTestId('pair-code').textContent()) ?? '';
	const pair = /(\d{3}) (\d{3})/.exec(shown)!.slice(1).join('');
	await screen.goto(`${base}/r/${code}/screen`);
	await hydrated(screen);
	await screen.getByLabel(/6-digit code/).fill(pair);
	await screen.getByRole('button', { name: 'Pair' }).click();
	await expect(screen.getByTestId('screen-step')).toBeVisible();
	// The console says so, rather than show on a code that is used up.
	await expect(host.getByTestId('pair-status')).toContainText('The projector is paired');
	await expect(host.getByTestId('pair-code')).toHaveCount(0);
}

/** A phone joins by the join URL, as the QR code leads it. */
export async function joinByLink(phone: Page, code: string, base = '') {
	await phone.goto(`${base}/r/${code}`);
	await hydrated(phone);
	await expect(phone.getByText('No question is open')).toBeVisible();
}

export async function vote(phone: Page, option: string) {
	await phone.getByRole('radio', { name: option }).check();
	await expect(phone.getByTestId('sent')).toBeVisible();
}

/** Closes the open question on the console and reveals it. */
export async function closeAndReveal(host: Page) {
	await host.getByRole('button', { name: 'Close', exact: true }).click();
	await host.getByRole('button', { name: 'Reveal', exact: true }).click();
}

export async function axe(page: Page) {
	await expectNoViolations(page);
}

/** The built app on a port of its own, with the environment given; resolves once it serves. */
export async function startApp(port: number, env: Record<string, string>): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['src/lib/server/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			SCENARIO_LAB_FIXTURES: '1',
			...env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += String(d)));
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The app stopped at start (${child.exitCode}): ${stderr}`);
		const up = await fetch(`http://127.0.0.1:${port}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return child;
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill('SIGKILL');
	throw new Error(`The app on port ${port} did not serve within 60 s: ${stderr}`);
}

/** Stops an app the way its operator would (SIGTERM), waiting until it has gone. */
export function stopApp(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill(signal);
	});
}
