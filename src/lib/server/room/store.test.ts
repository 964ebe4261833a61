import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ID } from '$lib/decisions/testing';
import { CODE } from '$lib/room/protocol';
import { RoomError } from './errors';
import { roomStore, type RoomStore } from './store';
import { testDatabase, type TestDatabase } from './testing';
import { me, roomView } from './views';

let db: TestDatabase;
let store: RoomStore;
beforeAll(async () => {
	db = await testDatabase();
	store = roomStore(db.pool);
});
afterAll(() => db.drop());

const device = (n: number) => `device-${String(n).padStart(12, '0')}`;
let seq = 0;
const act = (code: string, secret: string, action: Record<string, unknown>) =>
	store.host(code, secret, { seq: ++seq, ...action } as Parameters<RoomStore['host']>[2]);

async function count(table: string) {
	const { rows } = await db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
	return Number(rows[0].n);
}

async function refused(p: Promise<unknown>, status: number) {
	const e = await p.then(
		() => null,
		(x: unknown) => x
	);
	expect(e).toBeInstanceOf(RoomError);
	expect((e as RoomError).status).toBe(status);
	return (e as RoomError).message;
}

describe('the room store', () => {
	it('migrates an empty database to the five tables', async () => {
		const { rows } = await db.pool.query<{ table_name: string }>(
			`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`
		);
		expect(rows.map((r) => r.table_name)).toEqual([
			'answers',
			'participants',
			'pgmigrations',
			'questions',
			'room_groups',
			'rooms'
		]);
	});

	it('opens a room with a readable code and stores only the hash of its secret', async () => {
		const opened = await store.open({ decision: FIXTURE_ID, scenario: 'rent=3' });
		expect(opened.code).toMatch(CODE);
		expect(opened.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const { rows } = await db.pool.query('SELECT * FROM rooms WHERE code = $1', [opened.code]);
		expect(rows[0].step).toBe('question');
		expect(rows[0].revision).toBe(1);
		expect(JSON.stringify(rows[0])).not.toContain(opened.secret);
		await refused(store.open({ decision: 'no-such-decision', scenario: '' }), 400);
	});

	it('runs a session: join, ask, answer, reveal, hide, end, reopen, delete', async () => {
		const { code, secret } = await store.open({ decision: FIXTURE_ID, scenario: '' });
		const a = await store.join(code, { device: device(1), name: '=HYPERLINK("x")', group: '<b>Team</b>' });
		const b = await store.join(code, { device: device(2) });
		expect([a.participant, b.participant]).toEqual([1, 2]);
		// Joining again from the same phone keeps its number and takes the new name.
		expect(
			await store.join(code, { device: device(1), name: '=HYPERLINK("x")', group: '<b>Team</b>' })
		).toEqual(a);

		await act(code, secret, { action: 'step', step: 'assumptions' });
		await act(code, secret, { action: 'open', kind: 'vote' });
		const curve = { a: 'own', b: 'lease', unit: 'USD m', x: [0.5, 6], y: [-3, 4] };
		await act(code, secret, { action: 'open', kind: 'estimate', param: 'rent', curve });
		await store.answer(code, device(1), 1, { option: 'own' });
		await store.answer(code, device(2), 1, { option: 'lease' });
		await store.answer(code, device(1), 2, { best: 3, low: 2, high: 4 });

		let state = (await store.state(code))!;
		const host = roomView(state, 'host');
		expect(host.step).toBe('assumptions');
		expect(host.participants).toBe(2);
		expect(host.questions.map((q) => [q.id, q.kind, q.step, q.count])).toEqual([
			[1, 'vote', 'assumptions', 2],
			[2, 'estimate', 'assumptions', 1]
		]);
		// Names come back verbatim, as data.
		expect(host.questions[0].answers?.[0]).toEqual({
			participant: 1,
			name: '=HYPERLINK("x")',
			group: '<b>Team</b>',
			value: { option: 'own' }
		});

		// Before the reveal a phone sees no answers, counts or curve; the display sees counts only.
		const phone = roomView(state, 'participant');
		for (const q of phone.questions) {
			expect(q.count).toBeUndefined();
			expect(q.hiddenCount).toBeUndefined();
			expect(q.answers).toBeUndefined();
			expect(q.curve).toBeUndefined();
		}
		expect(JSON.stringify(phone)).not.toContain('lease');
		const display = roomView(state, 'display');
		expect(display.questions[0].count).toBe(2);
		expect(display.questions[0].answers).toBeUndefined();
		expect(me(state, device(1))).toEqual({
			participant: 1,
			name: '=HYPERLINK("x")',
			group: '<b>Team</b>',
			answers: { 1: { option: 'own' }, 2: { best: 3, low: 2, high: 4 } }
		});

		await act(code, secret, { action: 'close', question: 2 });
		await refused(store.answer(code, device(2), 2, { best: 3 }), 409);
		await act(code, secret, { action: 'reveal', question: 2 });
		await act(code, secret, { action: 'hide', question: 1, participant: 2, hidden: true });
		await act(code, secret, { action: 'hide', participant: 1, hidden: true });
		await act(code, secret, { action: 'reveal', question: 1 });

		state = (await store.state(code))!;
		const shown = roomView(state, 'participant');
		expect(shown.questions[1].curve).toEqual(curve);
		// The hidden answer is left out but counted; the hidden name is dropped, its answer kept.
		expect(shown.questions[0]).toMatchObject({
			count: 2,
			hiddenCount: 1,
			answers: [{ participant: 1, value: { option: 'own' } }]
		});
		expect(shown.questions[0].answers?.[0].name).toBeUndefined();
		expect(roomView(state, 'display').questions[0].answers).toEqual(shown.questions[0].answers);
		expect(roomView(state, 'host').questions[0].answers).toEqual([
			{
				participant: 1,
				name: '=HYPERLINK("x")',
				group: '<b>Team</b>',
				value: { option: 'own' },
				nameHidden: true
			},
			{ participant: 2, value: { option: 'lease' }, hidden: true }
		]);

		// A second round of the estimate: the same assumption, round 2.
		await act(code, secret, { action: 'open', kind: 'estimate', again: 2 });
		state = (await store.state(code))!;
		expect(roomView(state, 'host').questions[2]).toMatchObject({
			kind: 'estimate',
			param: 'rent',
			round: 2,
			again: 2
		});

		await act(code, secret, { action: 'end' });
		await refused(store.answer(code, device(1), 3, { best: 2 }), 409);
		await refused(store.join(code, { device: device(3) }), 409);
		await refused(act(code, secret, { action: 'open', kind: 'vote' }), 409);
		await act(code, secret, { action: 'reopen' });
		await store.answer(code, device(1), 3, { best: 2 });

		const before = await count('answers');
		await act(code, secret, { action: 'delete' });
		expect(await store.state(code)).toBeNull();
		await refused(store.join(code, { device: device(4) }), 404);
		expect(await count('answers')).toBe(before - 4);
	});

	it('keeps one answer per participant and question, the latest, however retries arrive', async () => {
		const { code, secret } = await store.open({ decision: FIXTURE_ID, scenario: '' });
		await store.join(code, { device: device(1) });
		await act(code, secret, { action: 'open', kind: 'estimate', param: 'price' });
		// Twenty concurrent retries of one answer, then a change of mind.
		await Promise.all(Array.from({ length: 20 }, () => store.answer(code, device(1), 1, { best: 10 })));
		await store.answer(code, device(1), 1, { best: 12, low: 9, high: 20 });
		const { rows } = await db.pool.query(
			'SELECT value FROM answers a JOIN rooms r ON r.id = a.room_id WHERE r.code = $1',
			[code]
		);
		expect(rows).toEqual([{ value: { best: 12, low: 9, high: 20 } }]);
	});

	it('stores every answer of a room answering at once, in two rooms, the latest of each phone’s', async () => {
		const rooms = await Promise.all([0, 1].map(() => store.open({ decision: FIXTURE_ID, scenario: '' })));
		for (const { code, secret } of rooms) {
			for (let i = 1; i <= 60; i++) await store.join(code, { device: device(i) });
			await act(code, secret, { action: 'open', kind: 'estimate', param: 'price' });
		}
		// Written in batches (answer-batch.ts): 120 phones at once, each sending a first value and, at the
		// same time, a second one; every write is acknowledged and only one value per phone is kept.
		const writes = rooms.flatMap(({ code }) =>
			Array.from({ length: 60 }, (_, k) => [
				store.answer(code, device(k + 1), 1, { best: 6 }),
				store.answer(code, device(k + 1), 1, { best: 10 + (k % 20) })
			]).flat()
		);
		await Promise.all(writes);
		for (const { code } of rooms) {
			const { rows } = await db.pool.query<{ participant: number; value: { best: number } }>(
				`SELECT a.participant, a.value FROM answers a JOIN rooms r ON r.id = a.room_id
				 WHERE r.code = $1 ORDER BY a.participant`,
				[code]
			);
			expect(rows).toHaveLength(60);
			// Each phone's two writes went into one statement or two; either way one row, holding one of its values.
			for (const r of rows) expect([6, 10 + ((r.participant - 1) % 20)]).toContain(r.value.best);
		}
		// An answer racing the question's close is either stored before it or refused, never stored after.
		const [{ code, secret }] = rooms;
		const late = store.answer(code, device(1), 1, { best: 29 }).then(
			() => 'stored',
			(e: RoomError) => e.status
		);
		await act(code, secret, { action: 'close', question: 1 });
		const outcome = await late;
		const { rows } = await db.pool.query<{ value: { best: number } }>(
			`SELECT a.value FROM answers a JOIN rooms r ON r.id = a.room_id WHERE r.code = $1 AND a.participant = 1`,
			[code]
		);
		expect(outcome === 'stored' ? 29 : 409).toBe(outcome === 'stored' ? rows[0].value.best : outcome);
	});

	it('numbers participants once each, however their joins arrive', async () => {
		const { code } = await store.open({ decision: FIXTURE_ID, scenario: '' });
		const joins = await Promise.all([
			...Array.from({ length: 10 }, () => store.join(code, { device: device(7), name: 'Same' })),
			...Array.from({ length: 10 }, (_, i) => store.join(code, { device: device(100 + i) }))
		]);
		expect(new Set(joins.slice(0, 10).map((j) => j.participant)).size).toBe(1);
		const serials = joins.slice(10).map((j) => j.participant);
		expect(new Set([joins[0].participant, ...serials]).size).toBe(11);
		expect(roomView((await store.state(code))!, 'host').participants).toBe(11);
	});

	it('checks every answer against its question and the model, and stores nothing it refuses', async () => {
		const { code, secret } = await store.open({ decision: FIXTURE_ID, scenario: '' });
		await store.join(code, { device: device(1) });
		await act(code, secret, { action: 'open', kind: 'vote' });
		await act(code, secret, { action: 'open', kind: 'estimate', param: 'rent' });
		await act(code, secret, { action: 'open', kind: 'pick' });
		const before = await count('answers');
		const bad: [number, unknown, number][] = [
			[1, { option: 'rent' }, 400], // not an option
			[1, { option: 3 }, 400],
			[1, 'own', 400],
			[2, { best: 7 }, 400], // above rent's max of 6
			[2, { best: 0.1 }, 400],
			[2, { best: '3' }, 400],
			[2, { best: 3, low: 1 }, 400], // one end only
			[2, { best: 3, low: 4, high: 5 }, 400], // low above best
			[2, { best: 3, low: 2, high: 60 }, 400],
			[2, { best: 3, extra: 1 }, 400],
			[3, { param: 'nope' }, 400],
			[3, { option: 'own' }, 400],
			[9, { option: 'own' }, 404] // no such question
		];
		for (const [q, value, status] of bad) await refused(store.answer(code, device(1), q, value), status);
		await refused(store.answer(code, device(9), 1, { option: 'own' }), 409); // never joined
		await refused(store.answer('ZZZZZZ', device(1), 1, { option: 'own' }), 404);
		expect(await count('answers')).toBe(before);
		await store.answer(code, device(1), 3, { param: 'upkeep' });
		expect(await count('answers')).toBe(before + 1);
	});

	it('refuses host actions without the secret, with a participant’s device or a display token, and replays', async () => {
		const { code, secret } = await store.open({ decision: FIXTURE_ID, scenario: '' });
		await store.join(code, { device: device(1) });
		// The room as stored, but for its version, which every read takes afresh.
		const snapshot = async () => {
			const s = (await store.state(code))!;
			return JSON.stringify({ ...s, room: { ...s.room, version: '' } });
		};
		const before = await snapshot();
		await refused(store.host(code, null, { seq: 1, action: 'end' }), 403);
		await refused(store.host(code, device(1), { seq: 1, action: 'end' }), 403);
		await refused(store.host(code, 'x'.repeat(43), { seq: 1, action: 'delete' }), 403);
		expect(await snapshot()).toBe(before);
		const hostSees = async () => roomView((await store.state(code))!, 'host');
		expect((await hostSees()).display).toEqual({ pending: false, paired: false });
		const { pair } = await store.host(code, secret, { seq: 5, action: 'pair' });
		expect(pair).toMatch(/^[0-9]{6}$/);
		expect((await hostSees()).display).toEqual({ pending: true, paired: false });
		await refused(store.host(code, secret, { seq: 5, action: 'end' }), 409);
		await refused(store.host(code, secret, { seq: 4, action: 'end' }), 409);
		const { token } = await store.pairDisplay(code, pair!);
		// The console learns that its code was used (the live stream's test, room-helpers' pairProjector).
		expect((await hostSees()).display).toEqual({ pending: false, paired: true });
		expect(roomView((await store.state(code))!, 'display').display).toBeUndefined();
		expect((await store.role(code, token)).role).toBe('display');
		await refused(store.host(code, token, { seq: 6, action: 'end' }), 403);
		// The pairing code is single use.
		await refused(store.pairDisplay(code, pair!), 403);
		expect((await store.state(code))!.room.ended_at).toBeNull();
	});

	it('deletes expired rooms and their rows in the sweep, and treats them as unknown before it', async () => {
		const { code } = await store.open({ decision: FIXTURE_ID, scenario: '' });
		await store.join(code, { device: device(1) });
		await db.pool.query(`UPDATE rooms SET expires_at = now() - interval '1 second' WHERE code = $1`, [code]);
		await refused(store.join(code, { device: device(2) }), 404);
		expect(await store.sweep()).toBeGreaterThanOrEqual(1);
		const { rows } = await db.pool.query('SELECT 1 FROM rooms WHERE code = $1', [code]);
		expect(rows).toEqual([]);
	});
});
