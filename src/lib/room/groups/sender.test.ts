import { describe, expect, it } from 'vitest';
import { GroupSender, SEND_DELAY, type SenderState } from './sender';

/** A sender whose clock and server the test drives by hand. */
function rig(initial = 1) {
	const timers = new Map<number, () => void>();
	let next = 1;
	const posts: { value: number; ok: (r?: { version?: number }) => void; fail: (e: Error) => void }[] = [];
	const states: SenderState[] = [];
	const sender = new GroupSender({
		initial,
		post: (value) => new Promise((ok, fail) => posts.push({ value, ok, fail })),
		onchange: (s) => states.push(s),
		schedule: (run, ms) => {
			expect(ms).toBe(SEND_DELAY);
			timers.set(next, run);
			return next++;
		},
		cancel: (h) => timers.delete(h as number)
	});
	const tick = () => {
		const run = [...timers.values()];
		timers.clear();
		for (const r of run) r();
	};
	const settle = () => new Promise((r) => setTimeout(r, 0));
	return { sender, posts, states, tick, settle, timers };
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
		r.posts[0].ok({ version: 4 });
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
		// The room's older value does not overwrite a value this phone still has to send.
		r.sender.fromRoom(1, 9);
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
		r.posts[0].ok({ version: 5 });
		await r.settle();
		expect(r.posts.map((p) => p.value)).toEqual([2, 3]);
		expect(r.sender.state).toMatchObject({ value: 3, status: 'sending' });
		r.posts[1].ok({ version: 6 });
		await r.settle();
		expect(r.sender.state).toMatchObject({ value: 3, status: 'sent' });
		// The stream's echo of the first move, older than the acknowledged second, changes nothing.
		r.sender.fromRoom(2, 5);
		expect(r.sender.state.value).toBe(3);
	});

	it('takes another phone’s move when it has nothing unsent, and says so', async () => {
		const r = rig();
		r.sender.fromRoom(4, 1);
		expect(r.sender.state).toMatchObject({ value: 4, status: 'idle', fromOther: true });
		r.sender.fromRoom(null, 2);
		expect(r.sender.state.value).toBe(4);
		r.sender.move(6);
		r.sender.fromRoom(7, 3);
		expect(r.sender.state).toMatchObject({ value: 6, status: 'changed', fromOther: false });
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
