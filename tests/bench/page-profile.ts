/**
 * Where a key press's milliseconds go, on the built app in Chromium: the page's main thread is sampled by
 * the V8 profiler over PRESSES slider presses (as page-settle.ts makes them) and its time is printed by
 * function, self and total, per press. Build without minifying first to read the names:
 * `npx vite build --minify false && E2E_PORT=… npx tsx tests/bench/page-profile.ts [decision] [param]`.
 * `CALLERS=<function>` also splits that function's time by its callers in other files. `FIRST=1` profiles
 * instead the first press on a page just opened, a second after it settled (as first-press.ts times it).
 * The worker's own time is what page-settle.ts prints; this covers everything the page does around it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startBuiltApp, warmedDecision } from './built-app';

const PORT = Number(process.env.E2E_PORT) || 4191;
const FIRST = process.env.FIRST === '1';
const PRESSES = FIRST ? 1 : 15;
const [id = 'last-mile', param = 'volume'] = process.argv.slice(2);

/** A decision page just opened and settled, the focus on a slider, left idle for a second. */
async function openedDecision(browser: Browser, id: string, param: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`http://127.0.0.1:${PORT}/decisions/${id}`);
	await page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached' });
	await page.locator(`#range-${param}`).focus();
	await page.waitForTimeout(1000);
	return page;
}

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
	hitCount?: number;
}

const server = await startBuiltApp(PORT);
try {
	const browser = await launchChromium();
	const page = FIRST
		? await openedDecision(browser, id, param)
		: await warmedDecision(browser, PORT, id, param);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	for (let i = 0; i < PRESSES; i++) {
		await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
		await page.waitForTimeout(30);
		await page.locator('article[data-simulation="settled"]').waitFor({ state: 'attached' });
		await page.waitForTimeout(120);
	}
	const { profile } = await cdp.send('Profiler.stop');
	await browser.close();

	const nodes = new Map<number, Node>(profile.nodes.map((n: Node) => [n.id, n]));
	const dt = new Map<number, number>();
	// Milliseconds per sample, attributed to the node sampled (self time).
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let i = 0; i < samples.length; i++) {
		const ms = (deltas[i + 1] ?? 0) / 1000;
		dt.set(samples[i], (dt.get(samples[i]) ?? 0) + ms);
	}
	const name = (n: Node) => {
		const f = n.callFrame;
		const file = f.url.split('/').pop() ?? '';
		return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
	};
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	// Total time of a function: its subtree, counted once even when it recurses.
	const walk = (id: number, onStack: Set<string>): number => {
		const n = nodes.get(id)!;
		const key = name(n);
		let t = dt.get(id) ?? 0;
		self.set(key, (self.get(key) ?? 0) + t);
		const inner = new Set(onStack).add(key);
		for (const c of n.children ?? []) t += walk(c, inner);
		if (!onStack.has(key)) total.set(key, (total.get(key) ?? 0) + t);
		return t;
	};
	walk(profile.nodes[0].id, new Set());
	// CALLERS=name: that function's total time split by its nearest caller in another file, to tell which
	// of several components calling one helper (say the charts' sameData) spends the time.
	const callers = new Map<string, number>();
	const target = process.env.CALLERS;
	const subtree = (id: number): number =>
		(dt.get(id) ?? 0) + (nodes.get(id)!.children ?? []).reduce((s, c) => s + subtree(c), 0);
	const parents = new Map<number, number>();
	for (const n of profile.nodes as Node[]) for (const c of n.children ?? []) parents.set(c, n.id);
	if (target)
		for (const n of profile.nodes as Node[]) {
			if (n.callFrame.functionName !== target) continue;
			const up = parents.get(n.id);
			if (up !== undefined && nodes.get(up)!.callFrame.functionName === target) continue;
			let c = up;
			while (c !== undefined && nodes.get(c)!.callFrame.url === n.callFrame.url) c = parents.get(c);
			const key = c === undefined ? '(root)' : name(nodes.get(c)!);
			callers.set(key, (callers.get(key) ?? 0) + subtree(n.id));
		}
	const busy = [...self].filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k));
	const show = (title: string, m: [string, number][]) => {
		console.log(`\n## ${title} (ms per press)\n`);
		for (const [k, v] of m.sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ROWS) || 30))
			console.log(`${(v / PRESSES).toFixed(2).padStart(8)}  ${k}`);
	};
	// MODULES=1: self time by source module, read from the "// src/…" lines an unminified build writes
	// before each module's code in a chunk: which component's update a press spends its time in.
	if (process.env.MODULES === '1') {
		const marks = new Map<string, string[]>();
		const moduleAt = (url: string, line: number) => {
			const file = `build/client${new URL(url, 'http://x').pathname}`;
			if (!marks.has(url)) {
				let last = '(chunk head)';
				const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
				marks.set(
					url,
					lines.map((l) => (last = /^\/\/ ((src|node_modules)\/\S+)/.exec(l)?.[1] ?? last))
				);
			}
			return marks.get(url)![line] ?? url.split('/').pop() ?? '(native)';
		};
		const byModule = new Map<string, number>();
		for (const n of profile.nodes as Node[]) {
			const t = dt.get(n.id) ?? 0;
			if (!t || /^\((idle|program|garbage collector|root)\)/.test(n.callFrame.functionName)) continue;
			const key = n.callFrame.url
				? moduleAt(n.callFrame.url, n.callFrame.lineNumber)
				: `(native) ${n.callFrame.functionName}`;
			byModule.set(key, (byModule.get(key) ?? 0) + t);
		}
		show('Self time by module', [...byModule]);
	}
	const sum = (m: [string, number][]) => m.reduce((s, [, v]) => s + v, 0) / PRESSES;
	console.log(
		`# ${id}, ${PRESSES} presses of ${param}: main thread busy ${sum(busy).toFixed(1)} ms per press`
	);
	// (program) is the browser's own work outside JavaScript: style, layout, paint.
	for (const k of ['(garbage collector) :0', '(program) :0'])
		console.log(`${k.replace(' :0', '')} ${((self.get(k) ?? 0) / PRESSES).toFixed(2)} ms per press`);
	show('Self time', busy);
	if (target) show(`${target}, by caller in another file`, [...callers]);
	show(
		'Total time',
		[...total].filter(([k]) => !/^\((root|idle|program)\)/.test(k))
	);
} finally {
	server.kill();
}
