import { describe, expect, it } from 'vitest';
import { ECHO_WAIT, GroupSender, SEND_DELAY } from './sender';

/** A sender whose clock and server the test drives by hand. */
function rig(initial = 1) {
	const timers = new Map<number, { run: () => void; ms: number }>();
	let next = 1;
	const posts: { value: number; ok: () => void; fail: (e: Error) => void }[] = [];
	const sender = new GroupSender({
		initial,
		post: (value) => new Promise((ok, fail) => posts.push({ value, ok: () => ok(undefined), fail })),
		onchange: () => {},
		schedule: (run, ms) => {
			timers.set(next, { run, ms });
			return next++;
		},
		cancel: (h) => timers.delete(h as number)
	});
	/** Runs the timers waiting `ms` long. */
	const tick = (ms = SEND_DELAY) => {
		for (const [k, t] of [...timers]) {
			if (t.ms !== ms) continue;
			timers.delete(k);
			t.run();
		}
	};
	const settle = () => new Promise((r) => setTimeout(r, 0));
	/** Moves the slider, lets it rest and has the server store the value. */
	const store = async (value: number) => {
		sender.move(value);
		tick();
		posts.at(-1)!.ok();
		await settle();
	};
	return { sender, posts, tick, settle, timers, store };
}

describe('GroupSender', () => {
	it('sends once the slider rests, the latest value only, and says Sent only after the server’s ack', async () => {
		const r = rig();
		r.sender.move(2);
		r.sender.move(3);
		expect(r.sender.state.status).toBe('changed');
		expect(r.timers.size).toBe(1);
		expect(r.posts).toHaveLength(0);
		r.tick();
		expect(r.posts.map((p) => p.value)).toEqual([3]);
		expect(r.sender.state.status).toBe('sending');
		r.posts[0].ok();
		await r.settle();
		expect(r.sender.state).toMatchObject({ value: 3, status: 'sent' });
	});

	it('keeps the value after a refusal, with the server’s sentence, and sends it again on retry', async () => {
		const r = rig();
		r.sender.move(5);
		r.tick();
		r.posts[0].fail(new Error('The room has ended: your value was not stored.'));
		await r.settle();
		expect(r.sender.state).toMatchObject({ value: 5, status: 'error', error: /room has ended/ });
		// The room's value does not overwrite a value this phone still has to send.
		r.sender.fromRoom(1);
		expect(r.sender.state.value).toBe(5);
		r.sender.flush();
		expect(r.posts.map((p) => p.value)).toEqual([5, 5]);
		r.posts[1].ok();
		await r.settle();
		expect(r.sender.state).toMatchObject({ value: 5, status: 'sent', error: '' });
	});

	it('sends one request at a time, in the order of the moves, and is Sent only for the value on screen', async () => {
		const r = rig();
		r.sender.move(2);
		r.tick();
		r.sender.move(3);
		r.tick();
		// The second waits for the first to return.
		expect(r.posts.map((p) => p.value)).toEqual([2]);
		r.posts[0].ok();
		await r.settle();
		expect(r.posts.map((p) => p.value)).toEqual([2, 3]);
		expect(r.sender.state).toMatchObject({ value: 3, status: 'sending' });
		r.posts[1].ok();
		await r.settle();
		expect(r.sender.state).toMatchObject({ value: 3, status: 'sent' });
	});

	it('takes another phone’s move when it has nothing unsent, and says so', () => {
		const r = rig();
		r.sender.fromRoom(4);
		expect(r.sender.state).toMatchObject({ value: 4, status: 'idle', fromOther: true });
		r.sender.fromRoom(null);
		expect(r.sender.state.value).toBe(4);
		r.sender.move(6);
		r.sender.fromRoom(7);
		expect(r.sender.state).toMatchObject({ value: 6, status: 'changed', fromOther: false });
	});

	it('passes over the values stored before its own, whether its echo comes after the ack or before', async () => {
		// The echo after the ack: an older value arriving in between is not taken.
		const a = rig();
		await a.store(3);
		a.sender.fromRoom(2);
		expect(a.sender.state).toMatchObject({ value: 3, status: 'sent' });
		a.sender.fromRoom(3);
		// Its echo came: another phone's move after it is taken.
		a.sender.fromRoom(8);
		expect(a.sender.state).toMatchObject({ value: 8, fromOther: true });

		// The echo before the ack, and another phone's move after it: that move is the group's value.
		const b = rig();
		b.sender.move(3);
		b.tick();
		b.sender.fromRoom(2);
		b.sender.fromRoom(3);
		b.sender.fromRoom(9);
		expect(b.sender.state.value).toBe(3);
		b.posts[0].ok();
		await b.settle();
		expect(b.sender.state).toMatchObject({ value: 9, fromOther: true });

		// The echo before the ack and nothing after it: Sent, and the next move of another phone is taken.
		const c = rig();
		c.sender.move(3);
		c.tick();
		c.sender.fromRoom(3);
		c.posts[0].ok();
		await c.settle();
		expect(c.sender.state).toMatchObject({ value: 3, status: 'sent' });
		c.sender.fromRoom(5);
		expect(c.sender.state.value).toBe(5);
	});

	it('takes the room’s latest value when its echo never comes', async () => {
		const r = rig();
		await r.store(3);
		// A reconnection brings only the latest view, another phone's.
		r.sender.fromRoom(6);
		expect(r.sender.state.value).toBe(3);
		r.tick(ECHO_WAIT);
		expect(r.sender.state).toMatchObject({ value: 6, fromOther: true });
	});

	it('sends nothing for a move back to where it stands, and a stop cancels the waiting send', () => {
		const r = rig(2);
		r.sender.move(2);
		expect(r.timers.size).toBe(0);
		r.sender.move(3);
		r.sender.stop();
		expect(r.timers.size).toBe(0);
		r.tick();
		expect(r.posts).toHaveLength(0);
	});
});
