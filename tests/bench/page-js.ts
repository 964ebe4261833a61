/**
 * The JavaScript each page loads, gzipped, measured in Chromium on the built app (`npm run build` first;
 * `npx tsx tests/bench/page-js.ts [build dir] [path …]`). Every script the page and its workers fetch until
 * the network is idle is summed from the files on disk, so a model or guide that leaks into the landing
 * page's chunks shows up as kilobytes here. The size budget (size.ts) measures with measurePages.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export interface PageJs {
	path: string;
	/** Scripts the page itself fetched. */
	modules: number;
	/**
	 * gzip kB of the scripts requested while the page loads: its own, and those of a worker built as a chunk
	 * of the app where Chromium reports them to the page.
	 */
	page: number;
	/** gzip kB of its worker's scripts that the page did not fetch itself (0 without a worker). */
	worker: number;
	/** The page's own scripts and its worker's, as paths under the build's client folder. */
	files: { page: string[]; worker: string[] };
}

const WORKERS = '/_app/immutable/workers/';

/** Starts the built app on a free port; resolves with its address once it listens. */
function start(dir: string): Promise<{ url: string; stop: () => void }> {
	// PORT=0: the system picks a free port (another checkout may run its own server); the adapter says which.
	// A data folder of its own for the live room's embedded store, so no other checkout's server is disturbed.
	const data = mkdtempSync(join(tmpdir(), 'page-js-'));
	const server = spawn('node', [dir], {
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ROOM_DATA_DIR: data, DATABASE_URL: '' }
	});
	return new Promise((done, fail) => {
		let out = '';
		server.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const port = /Listening on .*:(\d+)/.exec(out)?.[1];
			if (port)
				done({
					url: `http://127.0.0.1:${port}`,
					stop: () => {
						server.once('exit', () => rmSync(data, { recursive: true, force: true }));
						server.kill();
					}
				});
		});
		server.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
		server.on('exit', (code) =>
			fail(new Error(`The server in ${dir} stopped (${code}) before it listened.`))
		);
	});
}

/** The decision a decision page runs, from its path. */
const decisionPage = (path: string): string | undefined => /^\/decisions\/([^/]+)$/.exec(path)?.[1];

/**
 * Measures each path's JavaScript on the app built in `dir`. `more` may add paths once the server runs
 * (a live room's pages need a room: it opens one through the API and names its pages). `decisionOf` names
 * the decision whose model and kernels a page's worker loads (a decision page's, by default).
 */
export async function measurePages(
	dir: string,
	paths: string[],
	more?: (base: string) => Promise<string[]>,
	decisionOf: (path: string) => string | undefined = decisionPage
): Promise<PageJs[]> {
	const gzipKB = (files: string[]) =>
		files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, 'client', f))).length, 0) / 1024;

	/** A worker module and what it imports statically (requests made inside a worker are not reported). */
	function closure(file: string, seen = new Set<string>()): Set<string> {
		if (seen.has(file)) return seen;
		seen.add(file);
		const text = readFileSync(join(dir, 'client', file), 'utf8');
		const base = file.slice(0, file.lastIndexOf('/') + 1);
		for (const [, rel] of text.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
			closure(new URL(rel, `http://x${base}`).pathname, seen);
		return seen;
	}

	/**
	 * The worker's JS for a decision page: its entry plus the chunks it loads for that decision, the model
	 * (registry.ts, keyed "./<id>/model.ts") and the kernels built with the app (virtual:kernels, keyed "<id>").
	 */
	function workerFiles(entry: string, path: string): string[] {
		const files = closure(entry);
		const id = decisionOf(path);
		// The lazy imports may stand in any of its chunks (a worker built with the app shares them), and
		// there each is wrapped in Vite's preloading helper: `"<id>":()=>t(()=>import("./x.js"),[],…)`.
		for (const file of [...files])
			for (const key of id ? [`./${id}/model.ts`, id] : []) {
				const text = readFileSync(join(dir, 'client', file), 'utf8');
				const quoted = key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
				const lazy = new RegExp(
					`"${quoted}":\\(\\)=>(?:[\\w$]+\\(\\(\\)=>)?import\\(["'\`]([^"'\`]+)["'\`]\\)`
				).exec(text);
				if (lazy) closure(new URL(lazy[1], `http://x${file}`).pathname, files);
			}
		return [...files];
	}

	const server = await start(dir);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
	});
	try {
		const rows: PageJs[] = [];
		for (const path of [...paths, ...((await more?.(server.url)) ?? [])]) {
			const page = await browser.newPage();
			const files = new Set<string>();
			page.on('request', (r) => {
				const p = new URL(r.url()).pathname;
				if (p.startsWith('/_app/') && p.endsWith('.js')) files.add(p);
			});
			let worker = '';
			page.on('worker', (w) => (worker ||= new URL(w.url()).pathname));
			// A live room's page holds its event stream open, so the network is never idle there: it waits
			// for the load and hydration, then until no script has been requested for a second.
			const live = path.startsWith('/r/');
			let lastScript = Date.now();
			page.on('request', (r) => {
				if (r.url().endsWith('.js')) lastScript = Date.now();
			});
			await page.goto(`${server.url}${path}`, { waitUntil: live ? 'load' : 'networkidle', timeout: 60_000 });
			// Hydrated (the root layout marks it), by when a page that has a worker has started it. A page that
			// ships no script (the landing page) has nothing to hydrate.
			if ((await page.locator('script').count()) > 0)
				await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 60_000 });
			if (live) while (Date.now() - lastScript < 1000) await page.waitForTimeout(250);
			else await page.waitForLoadState('networkidle');
			await page.close();
			const own = [...files].filter((f) => !f.startsWith(WORKERS));
			// A worker built as a chunk of the app (vite-plugin-worker-chunk.ts) shares chunks with its page:
			// those come to it from the browser's cache, so the worker adds only what the page did not fetch.
			const inWorker = worker ? workerFiles(worker, path).filter((f) => !files.has(f)) : [];
			rows.push({
				path,
				modules: own.length,
				page: gzipKB(own),
				worker: gzipKB(inWorker),
				files: { page: own, worker: inWorker }
			});
		}
		return rows;
	} finally {
		await browser.close();
		server.stop();
	}
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
	const [dir = 'build', ...args] = process.argv.slice(2);
	const rows = await measurePages(dir, args.length > 0 ? args : ['/', '/sources']);
	console.log('| page | page modules | page JS, gzip kB | worker JS, gzip kB |\n|---|---|---|---|');
	for (const r of rows)
		console.log(`| ${r.path} | ${r.modules} | ${r.page.toFixed(1)} | ${r.worker.toFixed(1)} |`);
}
