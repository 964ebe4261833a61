import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ID } from '$lib/decisions/testing';
import type { GroupSpec } from '$lib/room/protocol';
import { RoomError } from './errors';
import { roomStore, type RoomStore } from './store';
import { testDatabase, type TestDatabase } from './testing';
import { groupPageView, roomView } from './views';

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

async function refused(p: Promise<unknown>, status: number) {
	const e = await p.then(
		() => null,
		(x: unknown) => x
	);
	expect(e).toBeInstanceOf(RoomError);
	expect((e as RoomError).status).toBe(status);
	return (e as RoomError).message;
}

/** The fixture's rent runs from 0.5 to 6 (USD m), its rate from 0.04 to 0.15; its prompts are `rent` and `rate`. */
const TWO: GroupSpec[] = [
	{ name: 'Tables 1–2', prompt: 'rent', param: 'rent', breakEven: 3.1415 },
	{ name: 'Tables 3–4', prompt: 'rate', param: 'rate', breakEven: null }
];

async function roomWithGroups(groups = TWO) {
	const { code, secret } = await store.open({
		decision: FIXTURE_ID,
		scenario: 'rent=2.8&price=12&n=5000&seed=9'
	});
	await act(code, secret, { action: 'groups', groups });
	const state = (await store.state(code))!;
	return { code, secret, state, tokens: state.groups.map((g) => g.token) };
}

/** The room's groups as stored, but for their tokens. */
async function groupRows(code: string) {
	const { rows } = await db.pool.query(
		`SELECT g.number, g.name, g.prompt, g.param, g.break_even, g.value, g.updated_at
		 FROM room_groups g JOIN rooms r ON r.id = g.room_id WHERE r.code = $1 ORDER BY g.number`,
		[code]
	);
	return rows;
}

describe('a room’s groups', () => {
	it('are made with a link each, and replaced all at once: the old links stop working', async () => {
		const { code, secret, state, tokens } = await roomWithGroups();
		expect(state.groups.map((g) => [g.number, g.name, g.param, g.break_even, g.value])).toEqual([
			[1, 'Tables 1–2', 'rent', 3.1415, null],
			[2, 'Tables 3–4', 'rate', null, null]
		]);
		for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(new Set(tokens).size).toBe(2);
		expect((await store.role(code, tokens[0])).role).toBe('group');
		// A group link is not the facilitator's: it cannot act.
		await refused(store.host(code, tokens[0], { seq: 1000, action: 'end' }), 403);
		await store.groupValue(code, tokens[0], 4);

		await act(code, secret, {
			action: 'groups',
			groups: [...TWO, { name: 'Back row', prompt: 'rent', param: 'upkeep', breakEven: 1 }]
		});
		const again = (await store.state(code))!;
		expect(again.groups.map((g) => [g.number, g.name, g.value])).toEqual([
			[1, 'Tables 1–2', null],
			[2, 'Tables 3–4', null],
			[3, 'Back row', null]
		]);
		for (const old of tokens) {
			expect(again.groups.map((g) => g.token)).not.toContain(old);
			expect((await store.role(code, old)).role).toBeNull();
			await refused(store.groupValue(code, old, 3), 404);
		}
		await store.groupValue(code, again.groups[2].token, 1.5);
		expect((await groupRows(code))[2].value).toBe(1.5);
	});

	it('refuses an assumption that is not a parameter, an unknown prompt or a break-even out of range', async () => {
		const { code, secret } = await roomWithGroups();
		const before = JSON.stringify(await groupRows(code));
		const bad: [Partial<GroupSpec>, RegExp][] = [
			[{ param: 'nope' }, /“nope” is not one of this decision’s assumptions/],
			// A flag, which the options set, is not an assumption a group may move.
			[{ param: 'buy' }, /“buy” is not one/],
			[{ prompt: 'nope' }, /no prompt “nope”/],
			[{ breakEven: 7 }, /outside Rent’s range, from USD\u00a00.5\u00a0m to USD\u00a06\u00a0m/],
			[{ breakEven: 0.1 }, /outside/]
		];
		for (const [change, message] of bad)
			expect(
				await refused(
					act(code, secret, { action: 'groups', groups: [TWO[1], { ...TWO[0], ...change }] }),
					400
				)
			).toMatch(message);
		expect(JSON.stringify(await groupRows(code))).toBe(before);
		// Ended: no new groups until the room is reopened.
		await act(code, secret, { action: 'end' });
		await refused(act(code, secret, { action: 'groups', groups: TWO }), 409);
		expect(JSON.stringify(await groupRows(code))).toBe(before);
	});

	it('take a value inside the assumption’s range only, while the room runs, and change nothing otherwise', async () => {
		const { code, secret, tokens } = await roomWithGroups();
		const before = JSON.stringify(await groupRows(code));
		for (const value of [7, 0.1, -1, Number.NaN, Number.POSITIVE_INFINITY])
			expect(await refused(store.groupValue(code, tokens[0], value), 400)).toBe(
				'Give Rent a value from USD\u00a00.5\u00a0m to USD\u00a06\u00a0m.'
			);
		// The rate is stored as a fraction: 15 % is 0.15, and 15 is out of range.
		expect(await refused(store.groupValue(code, tokens[1], 15), 400)).toContain('from 4\u00a0% to 15\u00a0%');
		// Another room's code with this group's token names nothing.
		const other = await store.open({ decision: FIXTURE_ID, scenario: '' });
		await refused(store.groupValue(other.code, tokens[0], 3), 404);
		await refused(store.groupValue(code, 'x'.repeat(43), 3), 404);
		await refused(store.groupValue(code, 'not a token', 3), 404);
		expect(JSON.stringify(await groupRows(code))).toBe(before);

		await store.groupValue(code, tokens[0], 0.5);
		await store.groupValue(code, tokens[0], 6);
		const [rent] = await groupRows(code);
		expect(rent.value).toBe(6);
		expect(rent.updated_at).toBeInstanceOf(Date);

		await act(code, secret, { action: 'end' });
		await refused(store.groupValue(code, tokens[0], 3), 409);
		await act(code, secret, { action: 'reopen' });
		await store.groupValue(code, tokens[0], 3);
		expect((await groupRows(code))[0].value).toBe(3);
	});

	it('reach the console and the display, never a participant; a group’s page gets its break-even only while the key is shown', async () => {
		const { code, secret, tokens } = await roomWithGroups();
		await store.join(code, { device: device(1) });
		await store.groupValue(code, tokens[0], 2);
		let state = (await store.state(code))!;

		const host = roomView(state, 'host');
		expect(host.keyShown).toBe(false);
		expect(host.groups[0]).toMatchObject({
			id: 1,
			name: 'Tables 1–2',
			prompt: 'rent',
			param: 'rent',
			value: 2,
			breakEven: 3.1415,
			token: tokens[0]
		});
		expect(host.groups[0].updatedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
		expect(host.groups[1]).toMatchObject({ value: null, updatedAt: null, breakEven: null, token: tokens[1] });

		const display = roomView(state, 'display');
		expect(display.groups.map((g) => [g.id, g.value, g.breakEven])).toEqual([
			[1, 2, 3.1415],
			[2, null, null]
		]);
		for (const g of display.groups) expect('token' in g).toBe(false);
		for (const t of tokens) expect(JSON.stringify(display)).not.toContain(t);

		const phone = roomView(state, 'participant');
		expect(phone.groups).toEqual([]);
		for (const text of ['breakEven', '3.1415', ...tokens]) expect(JSON.stringify(phone)).not.toContain(text);

		const sent = new Date('2026-12-05T10:00:00Z');
		const page = () => groupPageView(state, state.groups[0], sent);
		expect(page()).toEqual({
			code,
			decision: FIXTURE_ID,
			revision: 1,
			// The room's link read by the server, as the console reads it: the phone runs this, decoder-free.
			scenario: 'rent=2.8&price=12&n=5000&seed=9',
			room: { values: { rent: 2.8, price: 12 }, samples: 5_000, seed: 9 },
			step: state.room.step,
			// The step's start and the server's clock: the phone counts the group work down from them.
			stepAt: new Date(state.room.step_at).toISOString(),
			now: sent.toISOString(),
			ended: false,
			version: Number(state.room.version),
			keyShown: false,
			group: {
				id: 1,
				name: 'Tables 1–2',
				prompt: 'rent',
				param: 'rent',
				value: 2,
				updatedAt: host.groups[0].updatedAt
			}
		});
		expect(JSON.stringify(page())).not.toContain('3.1415');

		await act(code, secret, { action: 'key', shown: true });
		state = (await store.state(code))!;
		expect(page().keyShown).toBe(true);
		expect(page().group.breakEven).toBe(3.1415);
		expect(groupPageView(state, state.groups[1]).group.breakEven).toBeNull();
		expect(JSON.stringify(page())).not.toContain(tokens[0]);
		// Still nothing for a participant: its page has no groups.
		expect(roomView(state, 'participant').groups).toEqual([]);

		await act(code, secret, { action: 'key', shown: false });
		state = (await store.state(code))!;
		expect(page().keyShown).toBe(false);
		expect('breakEven' in page().group).toBe(false);
	});

	it('time the step from its start, which only a change of step moves', async () => {
		const hourAgo = new Date(Date.now() - 3_600_000);
		const { code, secret } = await store.open({ decision: FIXTURE_ID, scenario: '' }, hourAgo);
		const view = async () => roomView((await store.state(code))!, 'host');
		const opened = await view();
		expect(opened.stepAt).toBe(hourAgo.toISOString());
		expect(Math.abs(Date.parse(opened.now) - Date.now())).toBeLessThan(5000);

		await act(code, secret, { action: 'step', step: 'assumptions' });
		const moved = await view();
		expect(moved.step).toBe('assumptions');
		expect(Math.abs(Date.parse(moved.stepAt) - Date.now())).toBeLessThan(5000);

		// The console sending the same step again (after a reload) leaves the countdown alone.
		await new Promise((r) => setTimeout(r, 20));
		await act(code, secret, { action: 'step', step: 'assumptions' });
		expect((await view()).stepAt).toBe(moved.stepAt);
		await act(code, secret, { action: 'step', step: 'flip' });
		expect(Date.parse((await view()).stepAt)).toBeGreaterThan(Date.parse(moved.stepAt));
	});
});
