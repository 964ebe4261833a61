/**
 * The first key press on a freshly opened decision page, the one a person feels most: kernels, sweeps and
 * the worker have run once, at load, and nothing since. `npx tsx tests/bench/first-press.ts [decision]
 * [param]` on the built app of this checkout, or `AB_DIRS=<base>,<changed>` (each built) to alternate page
 * loads between two builds in one run and print the ratio. Each load is a new browser context (a new
 * worker), waits IDLE_MS after the page settles, as a reader would before touching a slider, then
 * presses once. Prints the median and max of LOADS loads per build.
 *
 * `IDLE_MS=0 PRESSES=6` instead presses at once, as the page settles, then again 150 ms after each press
 * has settled (as page-settle.ts does), and prints each press's place in that row on its own: the first
 * presses of someone quick to a slider, which meet the worker's warm-up (worker/warm-up.ts). Not a key
 * held down: its repeats come whether or not the page has settled.
 */
import type { ChildProcess } from 'node:child_process';
import { launchChromium, printSettled, startBuiltApp } from './built-app';
import { MEASURE } from './settle-measure';

const LOADS = Number(process.env.LOADS ?? 11);
const IDLE_MS = Number(process.env.IDLE_MS ?? 1000);
const PRESSES = Number(process.env.PRESSES ?? 1);
const BASE_PORT = Number(process.env.E2E_PORT) || 4197;
const dirs = (process.env.AB_DIRS ?? '').split(',').filter(Boolean);
const [id = 'last-mile', param = 'volume'] = process.argv.slice(2);

const builds = dirs.length ? dirs : ['.'];
const servers: ChildProcess[] = [];
try {
	for (let i = 0; i < builds.length; i++) servers.push(await startBuiltApp(BASE_PORT + i, builds[i]));
	const browser = await launchChromium();
	// Per press in a load's row, per build.
	const settled: number[][][] = Array.from({ length: PRESSES }, () => builds.map(() => []));
	const worker: number[][][] = Array.from({ length: PRESSES }, () => builds.map(() => []));
	for (let k = 0; k < LOADS; k++) {
		for (let i = 0; i < builds.length; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${BASE_PORT + i}/decisions/${id}`);
			await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
			await page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached' });
			await page.locator(`#range-${param}`).focus();
			if (IDLE_MS) await page.waitForTimeout(IDLE_MS);
			for (let p = 0; p < PRESSES; p++) {
				if (p) await page.waitForTimeout(150);
				await page.evaluate(`${MEASURE}; 0`);
				await page.keyboard.press(p % 2 ? 'ArrowLeft' : 'ArrowRight');
				const [, s, w] = await page.evaluate<number[]>('window.__settle');
				settled[p][i].push(s);
				worker[p][i].push(w);
			}
			await context.close();
		}
	}
	await browser.close();
	for (let p = 0; p < PRESSES; p++) {
		const which = p ? `press ${p + 1}, 150 ms after the one before settled` : 'first key press';
		console.log(
			`\n# ${id}: ${which}, after load and ${IDLE_MS} ms idle, ${LOADS} loads each, 10,000 samples\n`
		);
		printSettled(builds, settled[p], worker[p]);
	}
} finally {
	servers.forEach((s) => s.kill());
}
