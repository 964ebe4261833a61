import pg from 'pg';
import { FIXTURE_ID } from '$lib/decisions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupPageView, RoomView } from '$lib/room/protocol';
import { LiveHub, type Watcher } from './live';
import { roomStore, type RoomStore } from './store';
import { testDatabase, type TestDatabase } from './testing';

// Two app instances: each with its own pool and its own LISTEN connection, sharing one database.
let db: TestDatabase;
let other: pg.Pool;
let a: RoomStore;
let b: RoomStore;
let hubB: LiveHub;
beforeAll(async () => {
	db = await testDatabase();
	other = new pg.Pool({ connectionString: db.url, max: 4 });
	a = roomStore(db.pool);
	b = roomStore(other);
	hubB = new LiveHub(b, db.url);
	await hubB.start();
});
afterAll(async () => {
	await hubB.stop();
	await other.end();
	await db.drop();
});

/**
 * A watcher that collects what it is sent and lets a test wait for a view that passes a check. A group's
 * (`key` its token) is sent GroupPageView; a participant's (`key` its device) ParticipantView.
 */
function collector<V = RoomView>(role: Watcher['role'], key = '') {
	const views: V[] = [];
	const waiting: { check: (v: V) => boolean; done: (v: V) => void }[] = [];
	let closed = false;
	const send = (chunk: string) => {
		const data = /^data: (.*)$/m.exec(chunk)?.[1];
		if (!data || !chunk.includes('event: room')) return;
		const view = JSON.parse(data) as V;
		views.push(view);
		for (const w of [...waiting])
			if (w.check(view)) {
				waiting.splice(waiting.indexOf(w), 1);
				w.done(view);
			}
	};
	const close = () => (closed = true);
	const watcher: Watcher =
		role === 'participant'
			? { role, device: key, send, close }
			: role === 'group'
				? { role, token: key, send, close }
				: { role, send, close };
	return {
		watcher,
		views,
		isClosed: () => closed,
		until: (check: (v: V) => boolean) =>
			new Promise<V>((done) => {
				const seen = views.find(check);
				if (seen) done(seen);
				else waiting.push({ check, done });
			})
	};
}

describe('live updates across instances', () => {
	it('a change committed through one instance reaches a stream on another', async () => {
		const { code, secret } = await a.open({ decision: FIXTURE_ID, scenario: '' });
		const host = collector('host');
		hubB.watch(code, host.watcher, (await b.state(code))!);
		expect(host.views[0].participants).toBe(0);

		await a.join(code, { device: 'remote-phone-0000001' });
		await a.host(code, secret, { seq: 1, action: 'open', kind: 'vote' });
		const seen = await host.until((v) => v.participants === 1 && v.questions.length === 1);
		expect(seen.questions[0].kind).toBe('vote');
	});

	it('coalesces a burst of answers into few reads, ending at the final count', async () => {
		const { code, secret } = await a.open({ decision: FIXTURE_ID, scenario: '' });
		await a.host(code, secret, { seq: 1, action: 'open', kind: 'vote' });
		const phones = Array.from({ length: 40 }, (_, i) => `burst-phone-${String(i).padStart(8, '0')}`);
		for (const d of phones) await a.join(code, { device: d });
		const display = collector('display');
		const phone = collector('participant', phones[0]);
		const state = (await b.state(code))!;
		hubB.watch(code, display.watcher, state);
		hubB.watch(code, phone.watcher, state);

		await Promise.all(phones.map((d, i) => a.answer(code, d, 1, { option: i % 2 ? 'own' : 'lease' })));
		const last = await display.until((v) => v.questions[0].count === 40);
		expect(last.questions[0].answers).toBeUndefined();
		// Forty commits, far fewer views: the display is sent one per read, not one per answer.
		expect(display.views.length).toBeLessThan(41);
		// The phone is sent its own answer once; other phones' answers change nothing it can see.
		await phone.until((v) =>
			JSON.stringify(v).includes('"me":{"participant":1,"answers":{"1":{"option":"lease"}}}')
		);
		expect(phone.views.length).toBe(2);
	});

	it('sends a group’s value to the console and the group’s page on another instance, and nothing to a phone', async () => {
		const { code, secret } = await a.open({ decision: FIXTURE_ID, scenario: '' });
		await a.host(code, secret, {
			seq: 1,
			action: 'groups',
			groups: [
				{ name: 'North', prompt: 'rent', param: 'rent', breakEven: 3 },
				{ name: 'South', prompt: 'rate', param: 'rate', breakEven: null }
			]
		});
		await a.join(code, { device: 'group-phone-00000001' });
		const state = (await b.state(code))!;
		const [north, south] = state.groups.map((g) => g.token);
		const host = collector('host');
		const page = collector<GroupPageView>('group', north);
		const other = collector<GroupPageView>('group', south);
		const phone = collector('participant', 'group-phone-00000001');
		for (const c of [host, page, other, phone]) hubB.watch(code, c.watcher, state);

		await a.groupValue(code, north, 4.5);
		expect((await host.until((v) => v.groups[0].value === 4.5)).groups[1].value).toBeNull();
		expect((await page.until((v) => v.group.value === 4.5)).group.name).toBe('North');
		// Once the hub has read the change, no one else was sent anything: neither the other group nor a phone.
		await a.host(code, secret, { seq: 2, action: 'key', shown: true });
		await page.until((v) => v.keyShown);
		expect(other.views.map((v) => v.keyShown)).toEqual([false, true]);
		expect(phone.views.map((v) => v.keyShown)).toEqual([false, true]);
		// A group's page is stamped with the server's clock as it is sent, for its countdown.
		for (const v of other.views) {
			expect(v.stepAt).toBe(new Date(state.room.step_at).toISOString());
			expect(Math.abs(Date.parse(v.now) - Date.now())).toBeLessThan(60_000);
		}
	});

	it('stamps each view with the server’s clock as it is sent, not as it was read', async () => {
		const { code } = await a.open({ decision: FIXTURE_ID, scenario: '' });
		const first = collector('host');
		hubB.watch(code, first.watcher, (await b.state(code))!);
		// A new stream makes the hub read the room again (and send it, as a newer version).
		await first.until((v) => v.version > first.views[0].version);
		await new Promise((r) => setTimeout(r, 500));
		// A stream opened later starts from that read of the unchanged room, made half a second before.
		const read = first.views.at(-1)!;
		const later = collector('host');
		hubB.watch(code, later.watcher, hubB.latest(code)!);
		expect(later.views[0].version).toBe(read.version);
		expect(Date.parse(later.views[0].now) - Date.parse(read.now)).toBeGreaterThanOrEqual(400);
	});

	it('listens again when its connection is cut, and brings its streams up to date', async () => {
		const { code, secret } = await a.open({ decision: FIXTURE_ID, scenario: '' });
		const host = collector('host');
		hubB.watch(code, host.watcher, (await b.state(code))!);
		// As a database restart would: the server ends the LISTEN connection.
		const cut = await db.pool.query(
			`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
			 WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`
		);
		expect(cut.rowCount).toBe(1);
		// Made while no one listens: heard only through the catch-up read after listening again.
		await a.host(code, secret, { seq: 1, action: 'open', kind: 'pick' });
		const seen = await host.until((v) => v.questions.length === 1);
		expect(seen.questions[0].kind).toBe('pick');
		// And listening works again for the next change.
		await a.host(code, secret, { seq: 2, action: 'close', question: 1 });
		expect((await host.until((v) => v.questions[0]?.state === 'closed')).questions[0].state).toBe('closed');
	});

	it('closes the streams of a room deleted on another instance', async () => {
		const { code, secret } = await a.open({ decision: FIXTURE_ID, scenario: '' });
		const host = collector('host');
		hubB.watch(code, host.watcher, (await b.state(code))!);
		const watching = hubB.watching;
		await a.host(code, secret, { seq: 1, action: 'delete' });
		await new Promise<void>((done) => {
			const poll = () => (host.isClosed() ? done() : setImmediate(poll));
			poll();
		});
		expect(hubB.watching).toBe(watching - 1);
	});
});
