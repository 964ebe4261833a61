/**
 * The built app for the page benches, served as `npm start` serves each of its processes
 * (src/lib/server/serve.js) on loopback, and the Chromium they drive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { MEASURE } from './settle-measure';
import { median } from './timing';

async function waitForServer(url: string) {
	// A server loads every decision before it answers: seconds, more on a busy machine.
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`No server at ${url}`);
}

/**
 * Starts the app built in the checkout `cwd` (this one by default) on `port`, with a room store of its own,
 * and resolves once it answers; kill() the process when done.
 */
export async function startBuiltApp(port: number, cwd = '.'): Promise<ChildProcess> {
	const server = spawn('node', ['src/lib/server/serve.js'], {
		cwd,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ROOM_DATA_DIR: `/tmp/bench-app-${port}` }
	});
	try {
		await waitForServer(`http://127.0.0.1:${port}/`);
	} catch (e) {
		server.kill();
		throw e;
	}
	return server;
}

/** Debian's Chromium (or CHROMIUM_PATH), with what makes timings steadier on a shared machine off. */
export const launchChromium = (): Promise<Browser> =>
	chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
	});

/**
 * A decision page at 1280 × 900, settled, with the focus on one parameter's slider and two presses made
 * unmeasured, so that plans and kernels are built before anything is timed.
 */
export async function warmedDecision(
	browser: Browser,
	port: number,
	id: string,
	param: string
): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`http://127.0.0.1:${port}/decisions/${id}`);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	const settled = () => page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached' });
	await settled();
	await page.locator(`#range-${param}`).focus();
	for (const key of ['ArrowRight', 'ArrowLeft']) {
		await page.keyboard.press(key);
		await settled();
	}
	return page;
}

/**
 * One measured press on `param`'s slider (settle-measure.ts): [ms to the answer, ms to the painted
 * simulation, the worker's ms]. Press k goes right when even and left when odd, so the value stays near
 * where it started.
 */
export async function measuredPress(page: Page, param: string, k: number): Promise<number[]> {
	await page.bringToFront();
	await page.locator(`#range-${param}`).focus();
	await page.evaluate(`${MEASURE}; 0`);
	await page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
	return page.evaluate<number[]>('window.__settle');
}

/**
 * A Chromium trace of `presses` arrow-key presses (right, left, …) on `param`'s slider of decision `id`,
 * on the built app served at `port`, each left to settle and then `pauseMs` more: its events, parsed.
 */
export async function tracedPresses<E>(
	port: number,
	id: string,
	param: string,
	presses: number,
	categories: string[],
	pauseMs: number
): Promise<E[]> {
	const server = await startBuiltApp(port);
	try {
		const browser = await launchChromium();
		const page = await warmedDecision(browser, port, id, param);
		await browser.startTracing(page, { categories });
		for (let i = 0; i < presses; i++) {
			await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
			await page.waitForTimeout(30);
			await page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached' });
			await page.waitForTimeout(pauseMs);
		}
		const buffer = await browser.stopTracing();
		await browser.close();
		return (JSON.parse(buffer.toString()) as { traceEvents: E[] }).traceEvents;
	} finally {
		server.kill();
	}
}

/** Per build: settled median and max, the worker's median; with two builds, their ratio. */
export function printSettled(builds: string[], settled: number[][], worker: number[][]): void {
	console.log('| build | settled, median ms | max ms | worker, median ms |\n|---|---|---|---|');
	builds.forEach((d, i) =>
		console.log(
			`| ${d} | ${median(settled[i]).toFixed(1)} | ${Math.max(...settled[i]).toFixed(1)} | ${median(worker[i]).toFixed(1)} |`
		)
	);
	if (builds.length === 2)
		console.log(`\nchanged ÷ base: ${(median(settled[1]) / median(settled[0])).toFixed(2)}`);
}
