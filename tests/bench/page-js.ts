/**
 * The JavaScript each page loads, gzipped, measured in Chromium on the built app (`npm run build` first;
 * `npx tsx tests/bench/page-js.ts [build dir] [path …]`). Every script the page and its workers fetch until
 * the network is idle is summed from the files on disk, so a model or guide that leaks into the landing
 * page's chunks shows up as kilobytes here.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

// The port this worktree may use (E2E_PORT); another checkout may run its own bench at the same time.
const PORT = Number(process.env.E2E_PORT) || 4301;
const [dir = 'build', ...args] = process.argv.slice(2);
const paths = args.length > 0 ? args : ['/', '/sources'];

async function waitForServer(url: string) {
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

const gzipKB = (files: string[]) =>
	files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, 'client', f))).length, 0) / 1024;

const WORKERS = '/_app/immutable/workers/';

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
	const id = /^\/decisions\/([^/]+)$/.exec(path)?.[1];
	const text = readFileSync(join(dir, 'client', entry), 'utf8');
	for (const key of id ? [`./${id}/model.ts`, id] : []) {
		const quoted = key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
		const lazy = new RegExp(`"${quoted}":\\(\\)=>import\\(["'\`]([^"'\`]+)["'\`]\\)`).exec(text);
		if (lazy) closure(new URL(lazy[1], `http://x${entry}`).pathname, files);
	}
	return [...files];
}

const server = spawn('node', [dir], { env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' } });
try {
	await waitForServer(`http://127.0.0.1:${PORT}/`);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
	});
	console.log('| page | page modules | page JS, gzip kB | worker JS, gzip kB |\n|---|---|---|---|');
	for (const path of paths) {
		const page = await browser.newPage();
		const files = new Set<string>();
		page.on('request', (r) => {
			const p = new URL(r.url()).pathname;
			if (p.startsWith('/_app/') && p.endsWith('.js')) files.add(p);
		});
		await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
		// The worker starts after hydration; give it a moment to be requested.
		await page.waitForTimeout(1500);
		const all = [...files];
		const entry = all.find((f) => f.startsWith(WORKERS));
		const workers = entry ? workerFiles(entry, path) : [];
		const own = all.filter((f) => !f.startsWith(WORKERS));
		console.log(`| ${path} | ${own.length} | ${gzipKB(own).toFixed(1)} | ${gzipKB(workers).toFixed(1)} |`);
		await page.close();
	}
	await browser.close();
} finally {
	server.kill();
}
