/**
 * What a page's JavaScript is made of: each source module's share of the gzip kB that the page and its
 * worker fetch (page-js.ts names the files), from the build's source maps. For choosing what to cut or load
 * later; the size budget itself is size.ts.
 *
 *   npx tsx tests/bench/page-modules.ts [path …] [room]   (default: the largest decision page, cloud-spinoff;
 *                                                  `room` adds a live room's phone pages)
 *
 * Builds the app with hidden source maps (BUNDLE_MAP=1, vite.config.ts) into build/ when the build there
 * has none. A module's share of a file is estimated as the gzip size of its own bytes in that file, scaled
 * so that the shares add up to the file's real gzip size: modules compress differently (long texts better
 * than minified code), which a share by raw bytes would hide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measurePages } from './page-js';
import { ROOM_DECISION, roomPages } from './room-pages';

const DIR = 'build';
const CLIENT = join(DIR, 'client');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of a source map's mappings: [generated column, source index or -1] per segment. */
function decodeLine(line: string, state: { source: number }): [number, number][] {
	const out: [number, number][] = [];
	let column = 0;
	for (const segment of line.split(',')) {
		if (!segment) continue;
		const fields: number[] = [];
		let value = 0;
		let shift = 0;
		for (const ch of segment) {
			const digit = B64.indexOf(ch);
			value += (digit & 31) << shift;
			if (digit & 32) shift += 5;
			else {
				fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
				value = 0;
				shift = 0;
			}
		}
		column += fields[0];
		if (fields.length > 1) state.source += fields[1];
		out.push([column, fields.length > 1 ? state.source : -1]);
	}
	return out;
}

/** A file's gzip bytes, shared out among the source modules its bytes come from. */
function modulesOf(file: string): Map<string, number> {
	const path = join(CLIENT, file);
	const code = readFileSync(path, 'utf8');
	const total = gzipSync(code).length;
	const shares = new Map<string, number>();
	if (!existsSync(`${path}.map`)) return shares.set(`(no map) ${file}`, total);
	const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[]; mappings: string };
	const mapDir = join(path, '..');
	const name = (i: number) =>
		i < 0 ? `(unmapped) ${file}` : relative(process.cwd(), resolve(mapDir, map.sources[i]));
	const bytes = new Map<string, string[]>();
	const lines = code.split('\n');
	const state = { source: 0 };
	map.mappings.split(';').forEach((mapping, n) => {
		const text = lines[n] ?? '';
		const segments = decodeLine(mapping, state);
		if (segments.length === 0 || segments[0][0] > 0) segments.unshift([0, -1]);
		segments.forEach(([col, source], i) => {
			const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
			const key = name(source);
			if (!bytes.has(key)) bytes.set(key, []);
			bytes.get(key)!.push(text.slice(col, end));
		});
	});
	const alone = [...bytes].map(([key, parts]) => [key, gzipSync(parts.join('')).length] as const);
	const sum = alone.reduce((s, [, g]) => s + g, 0);
	for (const [key, g] of alone) shares.set(key, (g / sum) * total);
	return shares;
}

/** Folds node_modules paths to their package, so a library reads as one row. */
function label(source: string): string {
	const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
	if (!m) return source;
	if (m[1] === 'svelte' || m[1] === '@sveltejs/kit')
		return `${m[1]}/${m[2].split('/').slice(0, 3).join('/')}`;
	return m[1];
}

function table(title: string, files: string[]): Map<string, number> {
	const rows = new Map<string, number>();
	for (const f of files)
		for (const [source, bytes] of modulesOf(f)) {
			const key = label(source);
			rows.set(key, (rows.get(key) ?? 0) + bytes);
		}
	const total = [...rows.values()].reduce((s, b) => s + b, 0);
	console.log(`\n### ${title}: ${(total / 1024).toFixed(1)} kB gzip in ${files.length} files\n`);
	console.log('| module | gzip kB |\n|---|---|');
	for (const [k, b] of [...rows].sort((a, b) => b[1] - a[1]).filter(([, b]) => b >= 100))
		console.log(`| ${k} | ${(b / 1024).toFixed(2)} |`);
	return rows;
}

const anyMap = (dir: string) =>
	existsSync(dir) &&
	spawnSync('find', [dir, '-name', '*.js.map', '-print', '-quit'], { encoding: 'utf8' }).stdout.trim() !== '';
if (!anyMap(join(CLIENT, '_app'))) {
	console.log('No source maps in build/: building the app with them (BUNDLE_MAP=1)…');
	const built = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BUNDLE_MAP: '1' }
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const args = process.argv.slice(2);
// `room` stands for a live room's phone pages, which exist once a room is opened (room-pages.ts).
const room = args.includes('room');
const paths = args.length > 0 ? args.filter((a) => a !== 'room') : ['/decisions/cloud-spinoff'];
const isGroupPage = (path: string) => /^\/r\/[^/]+\/g\//.test(path);
const rows = await measurePages(DIR, paths, room ? roomPages : undefined, (path) =>
	isGroupPage(path) ? ROOM_DECISION : /^\/decisions\/([^/]+)$/.exec(path)?.[1]
);
for (const row of rows) {
	table(`${row.path}, page`, row.files.page);
	table(`${row.path}, worker`, row.files.worker);
}
