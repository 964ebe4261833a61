import { describe, expect, it } from 'vitest';
import {
	BASE_DELAY,
	MAX_DELAY,
	RoomStream,
	SILENCE,
	SseParser,
	retryAfter,
	retryDelay,
	type Clock,
	type StreamStatus
} from './stream';

describe('SseParser', () => {
	const stream =
		': hello\r\nretry: 2000\nid: 3\nevent: room\ndata: {"a":\ndata: 1}\n\n' +
		'event: room\r\ndata:no-space\r\n\r\nid: 9\rdata: x\r\r' +
		'event: ping\nid\n\n';

	it('reads fields, comments, multi-line data, every line ending and the last id', () => {
		const p = new SseParser();
		expect(p.push(stream)).toEqual([
			{ id: '3', event: 'room', data: '{"a":\n1}' },
			{ id: '3', event: 'room', data: 'no-space' },
			{ id: '9', event: 'message', data: 'x' }
		]);
		// An event with no data is not dispatched, but its empty id still resets the last id.
		expect(p.lastId).toBe('');
		expect(p.retry).toBe(2000);
	});

	it('gives the same events however the stream is split into chunks', () => {
		const whole = new SseParser().push(stream);
		for (let cut = 0; cut <= stream.length; cut++) {
			for (const width of [1, 3]) {
				const p = new SseParser();
				const got = [...p.push(stream.slice(0, cut))];
				for (let i = cut; i < stream.length; i += width) got.push(...p.push(stream.slice(i, i + width)));
				expect(got).toEqual(whole);
			}
		}
	});

	it('drops a half-received event when a connection starts again, but keeps the last id', () => {
		const p = new SseParser();
		p.push('id: 4\nevent: room\ndata: {"half"');
		p.reset();
		expect(p.push('event: room\ndata: 5\n\n')).toEqual([{ id: '4', event: 'room', data: '5' }]);
	});
});

describe('the reconnect schedule', () => {
	it('doubles from the base up to the ceiling, with jitter between half and all of it', () => {
		const top = () => 1 - 1e-9;
		expect([0, 1, 2, 3].map((a) => retryDelay(a, top))).toEqual([500, 1000, 2000, 4000]);
		expect(retryDelay(0, () => 0)).toBe(BASE_DELAY / 2);
		expect(retryDelay(10, top)).toBe(MAX_DELAY);
		expect(retryDelay(1000, () => 0)).toBe(MAX_DELAY / 2);
		expect(retryDelay(1, top, 2000)).toBe(4000);
	});

	it('reads Retry-After in seconds', () => {
		expect(retryAfter('3')).toBe(3000);
		expect(retryAfter(null)).toBeNull();
		expect(retryAfter('Wed, 21 Oct 2026 07:28:00 GMT')).toBeNull();
	});
});

/** A clock whose timers fire only when the test says so. */
function fakeClock() {
	let next = 1;
	const timers = new Map<number, { fn: () => void; ms: number }>();
	const clock: Clock = {
		setTimeout: (fn, ms) => {
			timers.set(next, { fn, ms });
			return next++;
		},
		clearTimeout: (h) => void timers.delete(h as number)
	};
	const fire = (ms: number) => {
		const entry = [...timers].find(([, t]) => t.ms === ms);
		if (!entry) throw new Error(`No timer of ${ms} ms; pending: ${[...timers.values()].map((t) => t.ms)}`);
		timers.delete(entry[0]);
		entry[1].fn();
	};
	return { clock, fire, pending: () => [...timers.values()].map((t) => t.ms) };
}

/** Values pushed by callbacks, awaited one by one in order. */
function queue<T>() {
	const items: T[] = [];
	const waiters: ((t: T) => void)[] = [];
	return {
		push: (t: T) => {
			const w = waiters.shift();
			if (w) w(t);
			else items.push(t);
		},
		next: (): Promise<T> =>
			items.length > 0 ? Promise.resolve(items.shift()!) : new Promise((r) => waiters.push(r))
	};
}

interface Call {
	headers: Record<string, string>;
	respond: (r: Response | Error) => void;
	/** For a 200 stream: send text, or close. */
	send: (text: string) => void;
	close: () => void;
}

function harness() {
	const calls = queue<Call>();
	const statuses = queue<StreamStatus>();
	const views: unknown[] = [];
	const { clock, fire, pending } = fakeClock();
	const fetch = ((_url: string, init: RequestInit) =>
		new Promise<Response>((resolve, reject) => {
			init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			calls.push({
				headers: init.headers as Record<string, string>,
				respond: (r) => (r instanceof Error ? reject(r) : resolve(r)),
				send: () => {
					throw new Error('Not a stream: open() it first.');
				},
				close: () => {}
			});
		})) as unknown as typeof globalThis.fetch;
	const stream = new RoomStream<{ v: number }>({
		url: '/api/rooms/ABCDEF/events',
		headers: () => ({ Authorization: 'Bearer s3cret' }),
		onview: (v) => views.push(v),
		onstatus: (s) => statuses.push(s),
		fetch,
		clock,
		random: () => 0
	});
	const open = (call: Call) => {
		const body = new ReadableStream<Uint8Array>({
			start: (c) => {
				call.send = (t) => c.enqueue(new TextEncoder().encode(t));
				call.close = () => c.close();
			}
		});
		call.respond(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
	};
	return { stream, calls, statuses, views, fire, pending, open };
}

describe('RoomStream', () => {
	it('reconnects after a lost connection, a 502, a close and a 429, then stops on a final refusal', async () => {
		const h = harness();
		const done = h.stream.start();
		expect(await h.statuses.next()).toEqual({ state: 'connecting' });

		let call = await h.calls.next();
		expect(call.headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer s3cret' });
		expect(call.headers['Last-Event-ID']).toBeUndefined();
		call.respond(new TypeError('Failed to fetch'));
		expect(await h.statuses.next()).toEqual({
			state: 'retrying',
			in: 250,
			reason: 'The live connection was lost.'
		});
		h.fire(250);

		expect(await h.statuses.next()).toEqual({ state: 'connecting' });
		call = await h.calls.next();
		call.respond(new Response('<html>Bad gateway</html>', { status: 502 }));
		expect(await h.statuses.next()).toEqual({
			state: 'retrying',
			in: 500,
			reason: 'The room’s server is not answering; it is probably restarting.'
		});
		h.fire(500);

		await h.statuses.next();
		call = await h.calls.next();
		h.open(call);
		expect(await h.statuses.next()).toEqual({ state: 'open' });
		call.send('id: 7\nevent: room\ndata: {"v":7}\n\n: keep-alive\n\n');
		call.send('id: 8\nevent: room\ndata: not json\n\n');
		call.close();
		// A view arrived, so the backoff starts again from the base.
		expect(await h.statuses.next()).toEqual({
			state: 'retrying',
			in: 250,
			reason: 'The live connection closed.'
		});
		expect(h.views).toEqual([{ v: 7 }]);
		h.fire(250);

		await h.statuses.next();
		call = await h.calls.next();
		expect(call.headers['Last-Event-ID']).toBe('8');
		call.respond(
			new Response(JSON.stringify({ error: 'Too many connections from here.' }), {
				status: 429,
				headers: { 'Retry-After': '3' }
			})
		);
		expect(await h.statuses.next()).toEqual({
			state: 'retrying',
			in: 3000,
			reason: 'Too many connections from here.'
		});
		h.fire(3000);

		await h.statuses.next();
		call = await h.calls.next();
		call.respond(new Response(JSON.stringify({ error: 'This room was deleted.' }), { status: 404 }));
		expect(await h.statuses.next()).toEqual({ state: 'stopped', reason: 'This room was deleted.' });
		await done;
		expect(h.pending()).toEqual([]);
	});

	it('connects again at once when woken, and after a silent connection only with backoff', async () => {
		const h = harness();
		void h.stream.start();
		await h.statuses.next();
		let call = await h.calls.next();
		h.open(call);
		await h.statuses.next();
		call.send('id: 2\nevent: room\ndata: {"v":2}\n\n');
		// The silence watchdog is armed while the connection is open.
		expect(h.pending()).toEqual([SILENCE]);

		h.stream.wake();
		expect(await h.statuses.next()).toEqual({ state: 'connecting' });
		call = await h.calls.next();
		expect(call.headers['Last-Event-ID']).toBe('2');
		h.open(call);
		await h.statuses.next();
		expect(h.pending()).toEqual([SILENCE]);

		h.fire(SILENCE);
		expect(await h.statuses.next()).toEqual({
			state: 'retrying',
			in: 250,
			reason: 'The live connection closed.'
		});
		// Woken during the wait: no need to sit it out.
		h.stream.wake();
		expect(await h.statuses.next()).toEqual({ state: 'connecting' });
		expect((await h.calls.next()).headers['Last-Event-ID']).toBe('2');
		h.stream.stop();
		expect(h.pending()).toEqual([]);
		expect(h.views).toEqual([{ v: 2 }]);
	});
});
