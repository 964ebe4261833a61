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

const PORT = 4192;
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
		const all = [...files];
		const workers = all.filter((f) => f.includes('/workers/'));
		const own = all.filter((f) => !f.includes('/workers/'));
		console.log(`| ${path} | ${own.length} | ${gzipKB(own).toFixed(1)} | ${gzipKB(workers).toFixed(1)} |`);
		await page.close();
	}
	await browser.close();
} finally {
	server.kill();
}
