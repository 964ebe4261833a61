/**
 * A big run in the browser: key press to settled page at 100,000 futures (a link's n=100000, the most a
 * link starts by itself), in Chromium on the built app, and the worker's own time. Medians over PRESSES
 * presses; big-runs.ts measures the same runs in Node. Run after `npm run build`:
 *
 *   npx tsx tests/bench/big-run-page.ts [decision] [param]
 *   AB_DIRS=<base checkout>,<changed checkout> npx tsx tests/bench/big-run-page.ts …   (each built; the
 *   presses alternate between them, as page-settle-ab.ts does)
 */
import type { ChildProcess } from 'node:child_process';
import { launchChromium, measuredPress, printSettled, startBuiltApp } from './built-app';

const PRESSES = 12;
const SAMPLES = 100_000;
const BASE_PORT = Number(process.env.E2E_PORT) || 4195;
const dirs = (process.env.AB_DIRS ?? '.').split(',').filter(Boolean);
const [id = 'last-mile', param = 'volume'] = process.argv.slice(2);

const servers: ChildProcess[] = [];
try {
	for (let i = 0; i < dirs.length; i++) servers.push(await startBuiltApp(BASE_PORT + i, dirs[i]));
	const browser = await launchChromium();
	const pages = [];
	for (let i = 0; i < dirs.length; i++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`http://127.0.0.1:${BASE_PORT + i}/decisions/${id}?n=${SAMPLES}`);
		await page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached', timeout: 120_000 });
		pages.push(page);
	}
	const settled: number[][] = dirs.map(() => []);
	const worker: number[][] = dirs.map(() => []);
	for (let k = 0; k < PRESSES; k++) {
		for (let i = 0; i < dirs.length; i++) {
			const [, painted, inWorker] = await measuredPress(pages[i], param, k);
			settled[i].push(painted);
			worker[i].push(inWorker);
			await pages[i].waitForTimeout(300);
		}
	}
	await browser.close();
	console.log(
		`# ${id}: key press to settled page at ${SAMPLES.toLocaleString('en')} futures, ${PRESSES} presses\n`
	);
	printSettled(dirs, settled, worker);
} finally {
	servers.forEach((s) => s.kill());
}
