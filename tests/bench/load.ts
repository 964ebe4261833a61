/**
 * Can ordinary links take the server down? Starts the built app (or uses LOAD_URL) on loopback and sends
 * REQUESTS page requests from CONCURRENCY clients at once, spread over every decision the landing page
 * lists: decision pages (most), presenter steps and comparisons, each with random values inside the
 * parameters' ranges, sample counts up to 100,000 and random seeds, so that no two requests are alike and
 * no cache can be what passes. WARMUP requests (ten at a time) go first, unmeasured. A probe fetches the landing page every 250 ms meanwhile. Prints latency
 * percentiles, errors, and the probe's. Loopback only; bounded in count and in time (LIMIT_MS).
 *
 * The client shares the machine with the server it measures: it prints its own event loop's delay (a
 * stall there is added to every latency it measures), the machine's load average, and the server's CPU
 * time per request (Linux), which, unlike latency, does not grow when other processes share the cores.
 *
 *   npm run load                       # builds, then loads the build
 *   LOAD_BUILD=../old/build npx tsx tests/bench/load.ts   # another build, for before/after
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { percentile } from './timing';

const REQUESTS = Number(process.env.LOAD_REQUESTS) || 2000;
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY) || 100;
const TIMEOUT_MS = 30_000;
const LIMIT_MS = 5 * 60_000;
const PORT = Number(process.env.LOAD_PORT) || 4192;
const GOAL_P99_MS = 1000;
const WARMUP = 100;
const RAMP_MS = Number(process.env.LOAD_RAMP_MS ?? 1000);

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
/** Connections that took over a second to open: the kernel's doing, not a page's. */
const slowConnects: number[] = [];
/** Each client keeps its own connection, as a hundred separate browsers would. */
const agents: http.Agent[] = [];
const newAgent = () => {
	const a = new http.Agent({ keepAlive: true, maxSockets: 1 });
	agents.push(a);
	return a;
};

/**
 * One request over node:http, counting the compressed bytes without inflating them: a phone inflates
 * its own pages, and a client that inflated here would take CPU from the server it measures.
 */
function timed(url: string, agent: http.Agent): Promise<{ ms: number; status: number }> {
	const t0 = performance.now();
	const fail = (e: Error) => {
		const why = `${e.name}: ${e.message}`;
		failures.set(why, (failures.get(why) ?? 0) + 1);
		return { ms: performance.now() - t0, status: 0 };
	};
	let connectMs = 0;
	return new Promise((resolve) => {
		const req = http.get(url, { agent, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
			if (connectMs > 1000) slowConnects.push(connectMs);
			res.on('data', () => {});
			res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
			res.on('error', (e) => resolve(fail(e)));
		});
		req.on('socket', (socket) => {
			if (socket.connecting) socket.once('connect', () => (connectMs = performance.now() - t0));
		});
		req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timed out')));
		req.on('error', (e) => resolve(fail(e)));
	});
}

/**
 * CPU seconds used so far by a process and its children (the cluster's workers), from /proc; null where
 * there is no /proc.
 */
function cpuSeconds(pid: number): number | null {
	try {
		const ticks = (p: number) => {
			// Fields after the command name, which is in parentheses and may hold spaces.
			const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
			return Number(f[11]) + Number(f[12]);
		};
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter(Boolean);
		// USER_HZ is 100 on Linux.
		return [pid, ...children.map(Number)].reduce((sum, p) => sum + ticks(p), 0) / 100;
	} catch {
		return null;
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
	// As `npm start` runs it (one server per core), unless LOAD_BUILD names a single-process build.
	const entry = process.env.LOAD_BUILD ?? 'src/lib/server/cluster.js';
	server = spawn('node', [entry], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}
try {
	await waitForServer(`${base}/`);
	// A fresh server's first renders run cold (before the JIT has compiled them): the same warm-up for
	// every build, one request per page kind and decision a few times over, outside the measurement.
	const decisions = await discover(base);
	const warm = makeUrls(decisions, rng(7)).slice(0, WARMUP);
	const warmers = Array.from({ length: 10 }, newAgent);
	for (let i = 0; i < warm.length; i += 10)
		await Promise.all(warm.slice(i, i + 10).map((u, k) => timed(base + u, warmers[k])));
	const urls = makeUrls(decisions, rng(42));
	const deadline = Date.now() + LIMIT_MS;

	// The landing page, fetched on its own every 250 ms: what anyone else sees while the load runs.
	const probe: number[] = [];
	let loading = true;
	const probing = (async () => {
		const own = newAgent();
		while (loading) {
			probe.push((await timed(`${base}/`, own)).ms);
			await new Promise((r) => setTimeout(r, 250));
		}
	})();

	const results: { ms: number; status: number; url: string; order: number }[] = [];
	let next = 0;
	const loadBefore = loadavg()[0];
	const cpuBefore = server?.pid ? cpuSeconds(server.pid) : null;
	const clientLoop = monitorEventLoopDelay({ resolution: 10 });
	clientLoop.enable();
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async (_, k) => {
			// The clients join over RAMP_MS, as people opening a link do, not in one millisecond.
			await new Promise((r) => setTimeout(r, (k * RAMP_MS) / CONCURRENCY));
			const own = newAgent();
			while (next < urls.length && Date.now() < deadline) {
				const url = urls[next++];
				const order = next;
				results.push({ ...(await timed(base + url, own)), url, order });
			}
		})
	);
	const seconds = (performance.now() - t0) / 1000;
	clientLoop.disable();
	const cpuAfter = server?.pid ? cpuSeconds(server.pid) : null;
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
	const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
	console.log(
		`connections that took over 1 s to open: ${slowConnects.length}${slowConnects.length ? ` (${slowConnects.map((m) => m.toFixed(0)).join(', ')} ms)` : ''}`
	);
	console.log('slowest:');
	for (const r of slowest)
		console.log(
			`  ${r.ms.toFixed(0)} ms, request ${r.order} of ${urls.length}: ${r.status} ${r.url.slice(0, 90)}`
		);
	console.log(`landing page meanwhile: ${summary(probe)} over ${probe.length} probes`);
	console.log(
		`this client's own event loop: delay p99 ${(clientLoop.percentile(99) / 1e6).toFixed(0)} ms, max ${(clientLoop.max / 1e6).toFixed(0)} ms (added to the latencies it measured)`
	);
	if (cpuBefore !== null && cpuAfter !== null)
		console.log(
			`server CPU: ${(((cpuAfter - cpuBefore) * 1000) / (results.length + probe.length)).toFixed(1)} ms a request (all its processes; about ${Math.floor(((results.length + probe.length) * availableParallelism()) / (cpuAfter - cpuBefore))} a second if it had every core)`
		);
	console.log(
		`machine load average: ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, on ${availableParallelism()} cores (other processes' work slows every figure above but the server's CPU)`
	);
	const met = p99 <= GOAL_P99_MS && errors.length === 0 && results.length === urls.length;
	console.log(`goal (p99 ≤ ${GOAL_P99_MS} ms, no error, every request sent): ${met ? 'met' : 'NOT met'}`);
	process.exitCode = met ? 0 : 1;
} finally {
	for (const a of agents) a.destroy();
	server?.kill();
}
