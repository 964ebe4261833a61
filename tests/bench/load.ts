/**
 * Can ordinary links take the server down? Starts the built app (or uses LOAD_URL) on loopback and sends
 * REQUESTS page requests from CONCURRENCY clients at once, spread over every decision the landing page
 * lists: decision pages (most), presenter steps and comparisons, each with random values inside the
 * parameters' ranges, sample counts up to 100,000 and random seeds, so that no two requests are alike and
 * no cache can be what passes. A probe fetches the landing page every 250 ms meanwhile. Prints latency
 * percentiles, errors, and the probe's. Loopback only; bounded in count and in time (LIMIT_MS).
 *
 *   npm run load                       # builds, then loads the build
 *   LOAD_BUILD=../old/build npx tsx tests/bench/load.ts   # another build, for before/after
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { percentile } from './timing';

const REQUESTS = Number(process.env.LOAD_REQUESTS) || 2000;
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY) || 100;
const TIMEOUT_MS = 30_000;
const LIMIT_MS = 5 * 60_000;
const PORT = 4192;
const GOAL_P99_MS = 1000;

interface Range {
	id: string;
	min: number;
	max: number;
	step: number;
	/** Percent sliders show 63.7 for a stored 0.637. */
	scale: number;
}

/** A small seeded generator (mulberry32), so that every run sends the same requests. */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function waitForServer(url: string) {
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`No server at ${url}`);
}

/** The decisions and their sliders, read from the pages themselves, so the script needs no model code. */
async function discover(base: string): Promise<Map<string, Range[]>> {
	const home = await (await fetch(`${base}/`)).text();
	const ids = [...new Set([...home.matchAll(/href="\.?\/decisions\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
	const decisions = new Map<string, Range[]>();
	for (const id of ids) {
		const html = await (await fetch(`${base}/decisions/${id}`)).text();
		const ranges = [...html.matchAll(/<input id="range-([^"]+)" type="range"([^>]*)>/g)].map((m) => {
			const attr = (name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(m[2])![1]);
			const percent = /aria-valuetext="[^"]*%"/.test(m[2]);
			return { id: m[1], min: attr('min'), max: attr('max'), step: attr('step'), scale: percent ? 100 : 1 };
		});
		decisions.set(id, ranges);
	}
	if (decisions.size === 0) throw new Error('The landing page lists no decisions.');
	return decisions;
}

function makeUrls(decisions: Map<string, Range[]>, random: () => number): string[] {
	const ids = [...decisions.keys()];
	const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
	const scenario = (id: string) => {
		const q = new URLSearchParams({ v: '1' });
		for (const r of decisions.get(id)!) {
			if (random() < 0.5) continue;
			const steps = Math.round((r.max - r.min) / r.step);
			const shown = r.min + Math.round(random() * steps) * r.step;
			q.set(r.id, String(Number((shown / r.scale).toPrecision(6))));
		}
		q.set('n', String(pick([1000, 10000, 50000, 100000])));
		q.set('seed', String(Math.floor(random() * 1e9)));
		return q.toString();
	};
	const steps = ['question', 'assumptions', 'options', 'outcome', 'flip', 'discuss'];
	return Array.from({ length: REQUESTS }, (_, i) => {
		const id = ids[i % ids.length];
		const kind = random();
		if (kind < 0.8) return `/decisions/${id}?${scenario(id)}`;
		if (kind < 0.9) return `/decisions/${id}/present/${pick(steps)}?${scenario(id)}`;
		const s = Array.from({ length: 2 + Math.floor(random() * 5) }, () => encodeURIComponent(scenario(id)));
		return `/compare?d=${id}&${s.map((x) => `s=${x}`).join('&')}`;
	});
}

const failures = new Map<string, number>();

async function timed(url: string): Promise<{ ms: number; status: number }> {
	const t0 = performance.now();
	try {
		const res = await fetch(url, {
			headers: { 'accept-encoding': 'br, gzip' },
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
		await res.arrayBuffer();
		return { ms: performance.now() - t0, status: res.status };
	} catch (e) {
		const cause = (e as Error & { cause?: Error }).cause;
		const why = `${(e as Error).name}: ${cause?.message ?? (e as Error).message}`;
		failures.set(why, (failures.get(why) ?? 0) + 1);
		return { ms: performance.now() - t0, status: 0 };
	}
}

const summary = (ms: number[]) =>
	`p50 ${percentile(ms, 0.5).toFixed(0)} ms, p95 ${percentile(ms, 0.95).toFixed(0)} ms, ` +
	`p99 ${percentile(ms, 0.99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`;

let server: ChildProcess | null = null;
const base = process.env.LOAD_URL ?? `http://127.0.0.1:${PORT}`;
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base))
	throw new Error(`Loads go to loopback only, not ${base}.`);
if (!process.env.LOAD_URL) {
	server = spawn('node', [process.env.LOAD_BUILD ?? 'build'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}
try {
	await waitForServer(`${base}/`);
	const decisions = await discover(base);
	const urls = makeUrls(decisions, rng(42));
	const deadline = Date.now() + LIMIT_MS;

	// The landing page, fetched on its own every 250 ms: what anyone else sees while the load runs.
	const probe: number[] = [];
	let loading = true;
	const probing = (async () => {
		while (loading) {
			probe.push((await timed(`${base}/`)).ms);
			await new Promise((r) => setTimeout(r, 250));
		}
	})();

	const results: { ms: number; status: number; url: string }[] = [];
	let next = 0;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < urls.length && Date.now() < deadline) {
				const url = urls[next++];
				results.push({ ...(await timed(base + url)), url });
			}
		})
	);
	const seconds = (performance.now() - t0) / 1000;
	loading = false;
	await probing;

	const ms = results.map((r) => r.ms);
	const errors = results.filter((r) => r.status !== 200);
	const p99 = percentile(ms, 0.99);
	console.log(
		`load: ${results.length} of ${urls.length} requests from ${CONCURRENCY} clients over ${decisions.size} decisions in ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(0)} a second)`
	);
	console.log(`latency: ${summary(ms)}`);
	console.log(
		`errors: ${errors.length}${errors.length ? ` (first: ${errors[0].status} ${errors[0].url.slice(0, 120)})` : ''}`
	);
	for (const [why, count] of failures) console.log(`  ${count} × ${why}`);
	console.log(`landing page meanwhile: ${summary(probe)} over ${probe.length} probes`);
	const met = p99 <= GOAL_P99_MS && errors.length === 0 && results.length === urls.length;
	console.log(`goal (p99 ≤ ${GOAL_P99_MS} ms, no error, every request sent): ${met ? 'met' : 'NOT met'}`);
	process.exitCode = met ? 0 : 1;
} finally {
	server?.kill();
}
