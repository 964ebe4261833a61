import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ID } from '$lib/decisions/testing';
import {
	MAX_BODY_BYTES,
	type GroupPageView,
	type GroupSpec,
	type ParticipantView,
	type RoomView
} from '$lib/room/protocol';
import { NO_SUCH_ROOM } from './errors';
import { roomApi, type RoomApi } from './http';
import { RateLimiter } from './limits';
import { LiveHub } from './live';
import { readEvents } from './sse.testing';
import { roomStore, type RoomStore } from './store';
import { testDatabase, type TestDatabase } from './testing';

const SITE = 'http://room.test';
const IP = '192.0.2.1';
const ROOMY = { burst: 10_000, rate: 1000 };
const roomy = () =>
	new RateLimiter({
		open: ROOMY,
		join: ROOMY,
		answer: ROOMY,
		host: ROOMY,
		read: ROOMY,
		group: ROOMY,
		miss: ROOMY
	});

let db: TestDatabase;
let store: RoomStore;
let hub: LiveHub;
let api: RoomApi;
beforeAll(async () => {
	db = await testDatabase();
	store = roomStore(db.pool);
	hub = new LiveHub(store, db.url);
	await hub.start();
	api = roomApi({ store, hub, limiter: roomy() });
});
afterAll(async () => {
	await hub.stop();
	await db.drop();
});

interface Options {
	origin?: string | null;
	auth?: string;
	raw?: string;
}
function post(path: string, body: unknown, { origin = SITE, auth, raw }: Options = {}) {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (origin) headers.origin = origin;
	if (auth) headers.authorization = `Bearer ${auth}`;
	return new Request(SITE + path, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
}
const get = (path: string, auth?: string) =>
	new Request(SITE + path, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });

const device = (n: number) => `phone-${String(n).padStart(12, '0')}`;

async function room() {
	const res = await api.open(post('/api/rooms', { decision: FIXTURE_ID, scenario: 'rent=2.5' }), IP);
	expect(res.status).toBe(201);
	const opened = (await res.json()) as { code: string; secret: string };
	let seq = 0;
	const act = (action: Record<string, unknown>, options: Options = {}) =>
		api.host(
			post(`/api/rooms/${opened.code}/host`, { seq: ++seq, ...action }, { auth: opened.secret, ...options }),
			IP,
			opened.code
		);
	return { ...opened, act };
}

async function snapshot() {
	const { rows } = await db.pool.query(`SELECT
		(SELECT json_agg(r ORDER BY id) FROM rooms r) AS rooms,
		(SELECT json_agg(p ORDER BY room_id, serial) FROM participants p) AS participants,
		(SELECT json_agg(q ORDER BY room_id, number) FROM questions q) AS questions,
		(SELECT json_agg(a ORDER BY room_id, question, participant) FROM answers a) AS answers,
		(SELECT json_agg(g ORDER BY room_id, number) FROM room_groups g) AS groups`);
	return JSON.stringify(rows[0]);
}

async function expectError(res: Response | Promise<Response>, status: number) {
	const r = await res;
	expect(r.status).toBe(status);
	const body = (await r.json()) as { error: string };
	expect(body.error).toMatch(/^[A-Z].+\.$/);
	return body.error;
}

describe('the room API', () => {
	it('takes the page’s own host as its origin when ORIGIN is not set, on either scheme', async () => {
		// Without ORIGIN, adapter-node calls every request https unless a proxy header says otherwise, so a
		// page served over plain http sends an Origin whose scheme differs from the request's URL.
		const asAdapterNodeSeesIt = (origin: string) =>
			new Request(SITE.replace(/^http:/, 'https:') + '/api/rooms', {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin },
				body: JSON.stringify({ decision: FIXTURE_ID, scenario: '' })
			});
		expect((await api.open(asAdapterNodeSeesIt(SITE), IP)).status).toBe(201);
		await expectError(api.open(asAdapterNodeSeesIt('http://evil.example'), IP), 403);
	});

	it('opens a room only for a well-formed request from its own origin', async () => {
		const before = await snapshot();
		const open = (r: Request) => api.open(r, IP);
		const body = { decision: FIXTURE_ID, scenario: '' };
		await expectError(open(post('/api/rooms', body, { origin: 'https://evil.example' })), 403);
		await expectError(open(post('/api/rooms', body, { origin: null })), 403);
		await expectError(open(post('/api/rooms', body, { origin: 'not a url' })), 403);
		await expectError(open(post('/api/rooms', body, { raw: '{"decision":' })), 400);
		await expectError(
			open(
				post('/api/rooms', body, { raw: JSON.stringify({ ...body, scenario: 'x'.repeat(MAX_BODY_BYTES) }) })
			),
			413
		);
		expect(await expectError(open(post('/api/rooms', { ...body, days: 400 })), 400)).toContain('days');
		await expectError(open(post('/api/rooms', { ...body, extra: 1 })), 400);
		await expectError(open(post('/api/rooms', { decision: 'nothing-here', scenario: '' })), 400);
		expect(await snapshot()).toBe(before);
	});

	it('answers every unknown code the same way, and normalises a typed code', async () => {
		const { code } = await room();
		const join = (typed: string) =>
			api.join(post(`/api/rooms/${typed}/join`, { device: device(1) }), IP, typed);
		const bodies = new Set<string>();
		for (const typed of ['ZZZZZZ', 'AB', 'OOOOOO', '222222', '%00', 'x'.repeat(300)]) {
			const res = await join(typed);
			expect(res.status).toBe(404);
			bodies.add(await res.text());
		}
		expect([...bodies]).toEqual([JSON.stringify({ error: NO_SUCH_ROOM })]);
		const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
		const res = await join(typed);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ participant: 1 });
	});

	it('rate limits failed lookups, so codes cannot be enumerated', async () => {
		const { code } = await room();
		const limited = roomApi({
			store,
			hub,
			limiter: new RateLimiter({
				...Object.fromEntries(['open', 'join', 'answer', 'host', 'read', 'group'].map((k) => [k, ROOMY])),
				miss: { burst: 3, rate: 0.001 }
			})
		});
		const join = (typed: string, ip = '198.51.100.7') =>
			limited.join(post(`/api/rooms/${typed}/join`, { device: device(1) }), ip, typed);
		for (let i = 0; i < 3; i++) expect((await join('ZZZZZZ')).status).toBe(404);
		const res = await join(code);
		expect(res.status).toBe(429);
		expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
		await expectError(res, 429);
		// Another address is not held back.
		expect((await join(code, '198.51.100.8')).status).toBe(200);
	});

	it('turns away a flood of answers with 429 and Retry-After', async () => {
		const { code, act } = await room();
		await api.join(post(`/api/rooms/${code}/join`, { device: device(1) }), IP, code);
		await act({ action: 'open', kind: 'vote' });
		const limited = roomApi({
			store,
			hub,
			limiter: new RateLimiter({
				open: ROOMY,
				join: ROOMY,
				host: ROOMY,
				read: ROOMY,
				group: ROOMY,
				miss: ROOMY,
				answer: { burst: 5, rate: 0.01 }
			})
		});
		const statuses: number[] = [];
		for (let i = 0; i < 8; i++) {
			const res = await limited.answer(
				post(`/api/rooms/${code}/answer`, { device: device(1), question: 1, value: { option: 'own' } }),
				IP,
				code
			);
			statuses.push(res.status);
			if (res.status === 429) expect(res.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
		}
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
	});

	it('refuses every bad answer with a 4xx and a sentence, and stores nothing', async () => {
		const { code, act } = await room();
		await api.join(post(`/api/rooms/${code}/join`, { device: device(1), name: 'Ana' }), IP, code);
		await act({ action: 'open', kind: 'estimate', param: 'rent' });
		const before = await snapshot();
		const answer = (body: unknown, options: Options = {}) =>
			api.answer(post(`/api/rooms/${code}/answer`, body, options), IP, code);
		const cases: [unknown, number, Options?][] = [
			[{ device: device(1), question: 1, value: { best: 'a lot' } }, 400], // non-numeric
			[{ device: device(1), question: 1, value: { best: null } }, 400],
			[{ device: device(1), question: 1, value: { best: 1e9 } }, 400], // out of range
			[{ device: device(1), question: 1, value: { best: -1 } }, 400],
			[{ device: device(1), question: 1, value: { best: 3, low: 5, high: 6 } }, 400],
			[{ device: device(1), question: 1, value: { option: 'own' } }, 400], // wrong kind
			[{ device: device(1), question: '1', value: { best: 3 } }, 400], // wrong type
			[{ device: device(1), question: 1.5, value: { best: 3 } }, 400],
			[{ device: 'short', question: 1, value: { best: 3 } }, 400],
			[{ device: device(1), question: 1 }, 400],
			[[1, 2, 3], 400],
			[{ device: device(1), question: 7, value: { best: 3 } }, 404], // unknown question
			[{ device: device(2), question: 1, value: { best: 3 } }, 409], // never joined
			[{ device: device(1), question: 1, value: { best: 3 } }, 403, { origin: 'https://evil.example' }],
			[
				null,
				413,
				{
					raw: JSON.stringify({
						device: device(1),
						question: 1,
						value: { best: 3, pad: 'x'.repeat(MAX_BODY_BYTES) }
					})
				}
			],
			[null, 400, { raw: 'best=3' }]
		];
		for (const [body, status, options] of cases) await expectError(answer(body, options), status);
		const unknown = await api.answer(
			post('/api/rooms/ZZZZZZ/answer', { device: device(1), question: 1, value: { best: 3 } }),
			IP,
			'ZZZZZZ'
		);
		expect(unknown.status).toBe(404);
		expect(await snapshot()).toBe(before);

		const ok = await answer({ device: device(1), question: 1, value: { best: 3.5, low: 2, high: 5 } });
		expect(ok.status).toBe(200);
		expect(await ok.json()).toEqual({ stored: true });
	});

	it('refuses facilitator actions without the secret, from a phone, from another origin or replayed', async () => {
		const { code, secret, act } = await room();
		await api.join(post(`/api/rooms/${code}/join`, { device: device(1) }), IP, code);
		const before = await snapshot();
		const host = (body: unknown, options: Options = {}) =>
			api.host(post(`/api/rooms/${code}/host`, body, options), IP, code);
		for (const action of ['end', 'delete', 'reopen', 'pair'])
			await expectError(host({ seq: 1, action }), 403);
		await expectError(host({ seq: 1, action: 'open', kind: 'vote' }, { auth: device(1) }), 403);
		await expectError(
			host({ seq: 1, action: 'delete' }, { auth: secret, origin: 'https://evil.example' }),
			403
		);
		await expectError(host({ seq: 1, action: 'explode' }, { auth: secret }), 400);
		await expectError(host({ seq: 0, action: 'end' }, { auth: secret }), 400);
		expect(await snapshot()).toBe(before);

		const first = await act({ action: 'open', kind: 'vote' });
		expect(first.status).toBe(200);
		const replay = await host({ seq: 1, action: 'open', kind: 'vote' }, { auth: secret });
		await expectError(replay, 409);
		const view = (await (await api.view(get(`/api/rooms/${code}`, secret), IP, code)).json()) as RoomView;
		expect(view.questions).toHaveLength(1);
		await expectError(api.view(get(`/api/rooms/${code}`, device(1)), IP, code), 403);
		await expectError(api.results(get(`/api/rooms/${code}/results.csv`), IP, code), 403);
	});

	it('lets a paired display watch but never act', async () => {
		const { code, act } = await room();
		const pair = (await (await act({ action: 'pair' })).json()) as { pair: string };
		await expectError(api.display(post(`/api/rooms/${code}/display`, { pair: '12345' }), IP, code), 400);
		const res = await api.display(post(`/api/rooms/${code}/display`, { pair: pair.pair }), IP, code);
		expect(res.status).toBe(200);
		const { token } = (await res.json()) as { token: string };
		await expectError(
			api.host(post(`/api/rooms/${code}/host`, { seq: 99, action: 'delete' }, { auth: token }), IP, code),
			403
		);
		await expectError(api.view(get(`/api/rooms/${code}`, token), IP, code), 403);
		const stream = await api.events(get(`/api/rooms/${code}/events`, token), IP, code);
		expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
		const events = readEvents(stream);
		const first = await events.next();
		expect(first.event).toBe('room');
		expect((JSON.parse(first.data) as RoomView).code).toBe(code);
		await events.close();
		expect(await store.state(code)).not.toBeNull();
	});

	it('streams each role its view live, and tells every stream when the room is deleted', async () => {
		const { code, secret, act } = await room();
		await api.join(
			post(`/api/rooms/${code}/join`, { device: device(1), name: '<script>alert(1)</script>' }),
			IP,
			code
		);
		await act({ action: 'open', kind: 'vote' });
		const host = readEvents(await api.events(get(`/api/rooms/${code}/events`, secret), IP, code));
		const phone = readEvents(
			await api.events(get(`/api/rooms/${code}/events?device=${device(1)}`), IP, code)
		);
		const first = JSON.parse((await phone.next()).data) as ParticipantView;
		expect(first.me).toEqual({ participant: 1, name: '<script>alert(1)</script>', answers: {} });
		expect(first.questions[0].count).toBeUndefined();
		expect(JSON.parse((await host.next()).data).questions[0].count).toBe(0);

		const stored = await api.answer(
			post(`/api/rooms/${code}/answer`, { device: device(1), question: 1, value: { option: 'lease' } }),
			IP,
			code
		);
		expect(stored.status).toBe(200);
		const counted = await host.next((e) => JSON.parse(e.data).questions[0].count === 1);
		expect(Number(counted.id)).toBeGreaterThan(0);
		// The phone hears of its own answer, and still no count.
		const mine = JSON.parse((await phone.next()).data) as ParticipantView;
		expect(mine.me?.answers).toEqual({ 1: { option: 'lease' } });
		expect(mine.questions[0].count).toBeUndefined();

		await act({ action: 'delete' });
		expect((await host.next((e) => e.event === 'deleted')).event).toBe('deleted');
		expect((await phone.next((e) => e.event === 'deleted')).event).toBe('deleted');
		await expectError(api.events(get(`/api/rooms/${code}/events`, secret), IP, code), 404);
	});

	it('downloads the results as CSV with names guarded against formulas', async () => {
		const { code, secret, act } = await room();
		await api.join(
			post(`/api/rooms/${code}/join`, { device: device(1), name: '=cmd|" /C calc"!A0', group: '@SUM(1)' }),
			IP,
			code
		);
		await api.join(post(`/api/rooms/${code}/join`, { device: device(2), name: 'Lin "the" Wei' }), IP, code);
		await act({ action: 'open', kind: 'estimate', param: 'rent' });
		for (const [n, best] of [
			[1, 2],
			[2, 4.5]
		])
			await api.answer(
				post(`/api/rooms/${code}/answer`, { device: device(n), question: 1, value: { best } }),
				IP,
				code
			);
		const res = await api.results(get(`/api/rooms/${code}/results.csv`, secret), IP, code);
		expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
		const lines = (await res.text()).trim().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[1]).toContain(`"'=cmd|"" /C calc""!A0","'@SUM(1)"`);
		expect(lines[2]).toContain('"Lin ""the"" Wei"');
		expect(lines[2]).toContain('"4.5"');
	});

	describe('groups', () => {
		const GROUPS: GroupSpec[] = [
			{ name: 'Window', prompt: 'rent', param: 'rent', breakEven: 3.1415 },
			{ name: '=Door', prompt: 'rate', param: 'rate', breakEven: null }
		];

		async function roomWithGroups() {
			const r = await room();
			expect((await r.act({ action: 'groups', groups: GROUPS })).status).toBe(200);
			const view = async () =>
				(await (await api.view(get(`/api/rooms/${r.code}`, r.secret), IP, r.code)).json()) as RoomView;
			const tokens = (await view()).groups.map((g) => g.token!);
			const path = (token: string) => `/api/rooms/${r.code}/groups/${token}`;
			const page = (token: string) => api.group(get(path(token)), IP, r.code, token);
			const send = (token: string, body: unknown, options: Options = {}, using = api) =>
				using.groupValue(post(path(token), body, options), IP, r.code, token);
			return { ...r, tokens, view, page, send };
		}

		it('serves a group’s page by its token, and answers an unknown token as an unknown room', async () => {
			const { code, secret, tokens, page, act } = await roomWithGroups();
			const res = await page(tokens[0]);
			expect(res.status).toBe(200);
			const view = (await res.json()) as GroupPageView;
			expect(view).toMatchObject({ code, keyShown: false, group: { id: 1, name: 'Window', param: 'rent' } });
			expect(JSON.stringify(view)).not.toContain('3.1415');
			expect(JSON.stringify(view)).not.toContain(tokens[1]);

			const unknown = JSON.stringify({ error: NO_SUCH_ROOM });
			for (const token of ['x'.repeat(43), 'short', secret, '..%2F..']) {
				const miss = await page(token);
				expect(miss.status).toBe(404);
				expect(await miss.text()).toBe(unknown);
			}
			await act({ action: 'groups', groups: GROUPS.slice(1) });
			const replaced = await page(tokens[0]);
			expect(replaced.status).toBe(404);
			expect(await replaced.text()).toBe(unknown);
		});

		it('takes a group’s value from its own origin, in range, on the link’s own budget', async () => {
			const { tokens, send } = await roomWithGroups();
			const before = await snapshot();
			const cases: [unknown, number, Options?][] = [
				[{ value: 7 }, 400],
				[{ value: '3' }, 400],
				[{ value: null }, 400],
				[{ value: 3, extra: 1 }, 400],
				[{}, 400],
				[null, 400, { raw: '{"value": 1e999}' }], // JSON's Infinity
				[{ value: 3 }, 403, { origin: 'https://evil.example' }],
				[null, 413, { raw: JSON.stringify({ value: 3, pad: 'x'.repeat(MAX_BODY_BYTES) }) }]
			];
			for (const [body, status, options] of cases) await expectError(send(tokens[0], body, options), status);
			expect(await expectError(send(tokens[0], { value: 0.4 }), 400)).toBe(
				'Give Rent a value from USD\u00a00.5\u00a0m to USD\u00a06\u00a0m.'
			);
			await expectError(send('x'.repeat(43), { value: 3 }), 404);
			expect(await snapshot()).toBe(before);

			const ok = await send(tokens[0], { value: 3.5 });
			expect(ok.status).toBe(200);
			expect(await ok.json()).toEqual({ stored: true });

			const limited = roomApi({
				store,
				hub,
				limiter: new RateLimiter({
					...Object.fromEntries(['open', 'join', 'answer', 'host', 'read', 'miss'].map((k) => [k, ROOMY])),
					group: { burst: 3, rate: 0.001 }
				})
			});
			const statuses = [];
			for (let i = 0; i < 5; i++) statuses.push((await send(tokens[0], { value: 4 }, {}, limited)).status);
			expect(statuses).toEqual([200, 200, 200, 429, 429]);
			// The budget is the link's: another group, from the same address, is not held back.
			expect((await send(tokens[1], { value: 0.08 }, {}, limited)).status).toBe(200);
		});

		it('streams a group’s value to the console and to the group’s page, the key once shown, and the end of a replaced link', async () => {
			const { code, secret, tokens, send, act } = await roomWithGroups();
			await api.join(post(`/api/rooms/${code}/join`, { device: device(1) }), IP, code);
			const events = (auth?: string, query = '') =>
				api.events(get(`/api/rooms/${code}/events${query}`, auth), IP, code);
			const host = readEvents(await events(secret));
			const group = readEvents(await events(tokens[0]));
			const phone = readEvents(await events(undefined, `?device=${device(1)}`));
			const first = JSON.parse((await group.next()).data) as GroupPageView;
			expect(first.group).toMatchObject({ id: 1, value: null });
			expect(first.group.breakEven).toBeUndefined();
			const hostFirst = JSON.parse((await host.next()).data) as RoomView;
			expect(hostFirst.groups[0].token).toBe(tokens[0]);
			expect(Math.abs(Date.parse(hostFirst.now) - Date.now())).toBeLessThan(5000);
			const phoneFirst = JSON.parse((await phone.next()).data) as ParticipantView;
			expect(phoneFirst.groups).toEqual([]);

			expect((await send(tokens[0], { value: 5 })).status).toBe(200);
			await host.next((e) => (JSON.parse(e.data) as RoomView).groups[0].value === 5);
			const moved = JSON.parse((await group.next()).data) as GroupPageView;
			expect(moved.group.value).toBe(5);
			expect(moved.version).toBeGreaterThan(first.version);

			await act({ action: 'key', shown: true });
			const keyed = JSON.parse((await group.next()).data) as GroupPageView;
			expect([keyed.keyShown, keyed.group.breakEven]).toEqual([true, 3.1415]);
			// The phone hears that the key is shown, but gets no group and so no break-even.
			const phoneKeyed = JSON.parse((await phone.next((e) => JSON.parse(e.data).keyShown)).data);
			expect(JSON.stringify(phoneKeyed)).not.toContain('3.1415');

			// A wrong key is refused; the replaced link's stream is told it is gone, and cannot reconnect.
			await expectError(events('x'.repeat(43)), 403);
			await act({ action: 'groups', groups: GROUPS });
			expect((await group.next()).event).toBe('deleted');
			await expectError(events(tokens[0]), 403);
			await Promise.all([host.close(), phone.close()]);
		});

		it('exports votes, estimates and the groups’ scenarios in one CSV, each row saying what it is', async () => {
			const { code, secret, tokens, send, act } = await roomWithGroups();
			await api.join(post(`/api/rooms/${code}/join`, { device: device(1), name: 'Ana' }), IP, code);
			await act({ action: 'open', kind: 'vote' });
			await act({ action: 'open', kind: 'estimate', param: 'rent' });
			await act({ action: 'open', kind: 'estimate', param: 'rate' });
			for (const [question, value] of [
				[1, { option: 'own' }],
				[2, { best: 2 }],
				// Typed as 12 %, 10 % and 14.5 %: the room stores percent as fractions.
				[3, { best: 0.12, low: 0.1, high: 0.145 }]
			] as const)
				await api.answer(post(`/api/rooms/${code}/answer`, { device: device(1), question, value }), IP, code);
			await send(tokens[0], { value: 4.25 });
			const res = await api.results(get(`/api/rooms/${code}/results.csv`, secret), IP, code);
			const text = await res.text();
			const rows = text
				.trim()
				.split('\r\n')
				.map((line) => line.slice(1, -1).split('","'));
			const head = rows[0];
			const at = (row: string[], column: string) => row[head.indexOf(column)];
			expect(head.slice(0, 2)).toEqual(['row', 'question']);
			expect(rows.map((r) => at(r, 'row'))).toEqual(['row', 'answer', 'answer', 'answer', 'group', 'group']);
			expect(rows.every((r) => r.length === head.length)).toBe(true);
			expect(at(rows[1], 'option')).toBe('own');
			expect(at(rows[1], 'unit')).toBe('');
			// An estimate's values in the unit it was typed in, which its row names: 12 %, not 0.12.
			const numbers = (row: string[], ...columns: string[]) => ['unit', ...columns].map((c) => at(row, c));
			expect(numbers(rows[2], 'best', 'low', 'high')).toEqual(['USD m', '2', '', '']);
			expect(numbers(rows[3], 'best', 'low', 'high')).toEqual(['%', '12', '10', '14.5']);
			const [window, door] = rows.slice(4);
			expect(['group', 'assumption', 'unit', 'value', 'break-even'].map((c) => at(window, c))).toEqual([
				'Window',
				'rent',
				'USD m',
				'4.25',
				'3.1415'
			]);
			expect(at(door, 'unit')).toBe('%');
			// The prompt's text, from the model; a name that looks like a formula is guarded.
			expect(at(window, 'prompt')).toBe('How high must the rent be before buying pays?');
			expect(at(window, 'updated')).toMatch(/^\d{4}-.*Z$/);
			expect(['group', 'value', 'updated'].map((c) => at(door, c))).toEqual(["'=Door", '', '']);
		});
	});
});
