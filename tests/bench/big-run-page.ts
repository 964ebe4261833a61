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
import { launchChromium, startBuiltApp } from './built-app';
import { MEASURE } from './settle-measure';
import { median } from './timing';

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
			const page = pages[i];
			await page.bringToFront();
			await page.locator(`#range-${param}`).focus();
			await page.evaluate(`${MEASURE}; 0`);
			// Alternate directions so the value stays near its default.
			await page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
			const [, painted, inWorker] = await page.evaluate<number[]>('window.__settle');
			settled[i].push(painted);
			worker[i].push(inWorker);
			await page.waitForTimeout(300);
		}
	}
	await browser.close();
	console.log(
		`# ${id}: key press to settled page at ${SAMPLES.toLocaleString('en')} futures, ${PRESSES} presses\n`
	);
	console.log('| build | settled, median ms | max ms | worker, median ms |\n|---|---|---|---|');
	dirs.forEach((d, i) =>
		console.log(
			`| ${d} | ${median(settled[i]).toFixed(1)} | ${Math.max(...settled[i]).toFixed(1)} | ${median(worker[i]).toFixed(1)} |`
		)
	);
	if (dirs.length === 2)
		console.log(`\nchanged ÷ base: ${(median(settled[1]) / median(settled[0])).toFixed(2)}`);
} finally {
	servers.forEach((s) => s.kill());
}
