/**
 * Key press → settled page, measured in Chromium on the built app (`npm run build` first; run with
 * `npm run bench:page`). For each of PRESSES arrow-key presses on a slider it records, in the page:
 * when the press was handled (the page marked running), and when the Monte Carlo from the worker arrived and the page
 * painted it (article[data-simulation] back to "settled", then the next animation frame), and how long the
 * worker itself took to simulate (the client's performance mark). A press the page simulates itself
 * (state/page-simulation.ts) is handled and settled in the same render, and its simulation's time is the
 * page's. Medians are printed against the 16.7 ms frame, the baseline the goal is stated in. A second
 * table splits the press where its time goes: until the simulation's result reaches the page (the
 * worker's waits for the page's thread to be free, not only for the worker), the render that shows it
 * (with the sweeps, for a press simulated on the page), and the wait for the next frame.
 *
 * The app is served as `npm start` serves it, its Content Security Policy on (src/lib/server/serve.js).
 * BENCH_GENERATED_CODE=1 lifts the policy, for the page and for its worker's script, so that both may
 * compile kernels with new Function: the cost of the policy is the difference between the two runs.
 * BENCH_ALL=1 prints every press's time and the worker's, in order, to tell the first presses from the rest.
 */
import { launchChromium, startBuiltApp } from './built-app';
import { median } from './timing';
import { MEASURE } from './settle-measure';

// The port this worktree may use (E2E_PORT); another checkout may run its own bench at the same time.
const PORT = Number(process.env.E2E_PORT) || 4191;
const GENERATED = process.env.BENCH_GENERATED_CODE === '1';
const PRESSES = 21;
const FRAME = 1000 / 60;
const PAGES = [
	{ id: 'cainiao-ownership', param: 'valuation' },
	{ id: 'last-mile', param: 'volume' }
];

const server = await startBuiltApp(PORT);
try {
	const browser = await launchChromium();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: GENERATED });
	// A worker runs under its own script's policy, which bypassCSP leaves in place: served here without it.
	if (GENERATED)
		await context.route('**/_app/immutable/workers/**', async (route) => {
			const response = await route.fetch();
			const headers = { ...response.headers() };
			delete headers['content-security-policy'];
			await route.fulfill({ response, headers });
		});
	const page = await context.newPage();
	const policy = GENERATED ? 'policy lifted, generated code allowed' : 'Content Security Policy on';
	console.log(`# Key press to settled page, ${PRESSES} presses each, 10,000 samples, Chromium, ${policy}\n`);
	console.log(
		'| decision | press handled, median ms | Monte Carlo (worker or page), median ms | simulation painted, median ms | max ms | in frames |'
	);
	console.log('|---|---|---|---|---|---|');
	const split: string[] = [];
	for (const { id, param } of PAGES) {
		await page.goto(`http://127.0.0.1:${PORT}/decisions/${id}`);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached' });
		const slider = page.locator(`#range-${param}`);
		await slider.focus();
		const answer: number[] = [];
		const settled: number[] = [];
		const worker: number[] = [];
		const arrived: number[] = [];
		const rendered: number[] = [];
		for (let i = 0; i < PRESSES; i++) {
			// Alternate directions so the value stays near its default.
			const key = i % 2 ? 'ArrowLeft' : 'ArrowRight';
			// Installed and awaited before the key press, so neither the key nor the first render is missed.
			await page.evaluate(`${MEASURE}; 0`);
			await page.keyboard.press(key);
			const [v, s, w, a, r] = await page.evaluate<number[]>('window.__settle');
			answer.push(v);
			settled.push(s);
			worker.push(w);
			arrived.push(a);
			rendered.push(r);
			await page.waitForTimeout(150);
		}
		if (process.env.BENCH_ALL)
			console.log(
				`${id}: ${settled.map((x) => x.toFixed(0)).join(' ')} | worker ${worker.map((x) => x.toFixed(0)).join(' ')}`
			);
		const m = median(settled);
		console.log(
			`| ${id} | ${median(answer).toFixed(1)} | ${median(worker).toFixed(1)} | ${m.toFixed(1)} | ${Math.max(...settled).toFixed(1)} | ${(m / FRAME).toFixed(1)} |`
		);
		// Per press: the result's arrival, the render after it, and the wait for the frame; medians of each.
		const render = rendered.map((r, k) => r - arrived[k]);
		const frame = settled.map((s, k) => s - rendered[k]);
		split.push(
			`| ${id} | ${median(arrived).toFixed(1)} | ${median(render).toFixed(1)} | ${median(frame).toFixed(1)} |`
		);
	}
	console.log(
		'\nWhere a press goes, medians: until the simulation’s result reaches the page (the quick answer, and the worker and its message, or the page’s own run), the render that shows it, and the wait for the next frame.\n'
	);
	console.log('| decision | result arrived, ms | render, ms | to the frame, ms |\n|---|---|---|---|');
	for (const line of split) console.log(line);
	await browser.close();
} finally {
	server.kill();
}
