/**
 * Key press → settled page on two builds of the app in one run, so that a change is measured against its
 * base under the same machine load: `AB_DIRS=<base checkout>,<changed checkout>` (each built with `npm run
 * build`), `npx tsx tests/bench/page-settle-ab.ts [decision] [param]`. Each checkout's built app is served
 * on its own port; one Chromium opens the decision in both, and the presses alternate between them
 * (PRESSES each). Prints medians per build and the ratio changed ÷ base.
 */
import type { ChildProcess } from 'node:child_process';
import { launchChromium, measuredPress, startBuiltApp, warmedDecision } from './built-app';
import { median } from './timing';

const PRESSES = 25;
const BASE_PORT = Number(process.env.E2E_PORT) || 4195;
const dirs = (process.env.AB_DIRS ?? '').split(',').filter(Boolean);
if (dirs.length !== 2) throw new Error('AB_DIRS=<base checkout>,<changed checkout>, each built.');
const [id = 'cainiao-ownership', param = 'valuation'] = process.argv.slice(2);

const servers: ChildProcess[] = [];
try {
	for (let i = 0; i < dirs.length; i++) servers.push(await startBuiltApp(BASE_PORT + i, dirs[i]));
	const browser = await launchChromium();
	const pages = [];
	for (let i = 0; i < dirs.length; i++) pages.push(await warmedDecision(browser, BASE_PORT + i, id, param));
	const settled: number[][] = dirs.map(() => []);
	for (let k = 0; k < PRESSES; k++) {
		for (let i = 0; i < dirs.length; i++) {
			settled[i].push((await measuredPress(pages[i], param, k))[1]);
			await pages[i].waitForTimeout(150);
		}
	}
	await browser.close();
	const [base, changed] = settled.map(median);
	console.log(`# ${id}: key press to settled page, ${PRESSES} presses each, alternating, 10,000 samples\n`);
	console.log(`| build | median ms | max ms |\n|---|---|---|`);
	dirs.forEach((d, i) =>
		console.log(`| ${d} | ${median(settled[i]).toFixed(1)} | ${Math.max(...settled[i]).toFixed(1)} |`)
	);
	console.log(`\nchanged ÷ base: ${(changed / base).toFixed(2)}`);
} finally {
	servers.forEach((s) => s.kill());
}
