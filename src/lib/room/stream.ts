/**
 * The room's live view, over server-sent events read with fetch rather than EventSource: fetch can send the
 * facilitator's or the display's capability in an Authorization header (EventSource cannot), and a browser's
 * EventSource gives up for good after one HTTP error, such as the 502 a proxy answers while the server
 * restarts. This client never gives up on its own: after any error or close it waits (a backoff that grows,
 * with jitter, so a room of phones does not reconnect in one wave) and connects again with the last event id,
 * and it reconnects at once when a phone wakes or comes back online. Only an answer that says the room is
 * gone or the capability is wrong stops it, with the server's sentence.
 *
 * Pure: no Svelte, no DOM. The clock, fetch and randomness are injected so the schedule can be tested
 * without timing races; live.svelte.ts wraps it as Svelte state.
 */
import { errorSentence } from './error-sentence';

export interface SseEvent {
	/** The last event id seen on the stream, this event's or an earlier one's (as EventSource keeps it). */
	id?: string;
	event: string;
	data: string;
}

/** An incremental parser of the text/event-stream format: feed it chunks as they arrive, in any split. */
export class SseParser {
	private buffer = '';
	private data: string[] = [];
	private type = '';
	lastId: string | undefined;
	/** The reconnection delay the server asked for with a `retry:` field, in ms. */
	retry: number | undefined;

	/** A new connection: drop a half-received event, keep the last id and the retry delay. */
	reset() {
		this.buffer = '';
		this.data = [];
		this.type = '';
	}

	push(chunk: string): SseEvent[] {
		const out: SseEvent[] = [];
		const text = this.buffer + chunk;
		let start = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text[i];
			if (c !== '\n' && c !== '\r') continue;
			// A CR at the very end may be the first half of a CRLF split across chunks: wait for the next.
			if (c === '\r' && i + 1 === text.length) break;
			this.line(text.slice(start, i), out);
			if (c === '\r' && text[i + 1] === '\n') i++;
			start = i + 1;
		}
		this.buffer = text.slice(start);
		return out;
	}

	private line(line: string, out: SseEvent[]) {
		if (line === '') {
			if (this.data.length > 0)
				out.push({ id: this.lastId, event: this.type || 'message', data: this.data.join('\n') });
			this.data = [];
			this.type = '';
			return;
		}
		if (line.startsWith(':')) return;
		const colon = line.indexOf(':');
		const field = colon < 0 ? line : line.slice(0, colon);
		let value = colon < 0 ? '' : line.slice(colon + 1);
		if (value.startsWith(' ')) value = value.slice(1);
		if (field === 'data') this.data.push(value);
		else if (field === 'event') this.type = value;
		else if (field === 'id' && !value.includes('\0')) this.lastId = value;
		else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
	}
}

export const BASE_DELAY = 500;
export const MAX_DELAY = 15_000;
/** A connection silent for this long is dead (the server sends a comment every ~15 s): connect again. */
export const SILENCE = 45_000;

/**
 * How long to wait before connection attempt `attempt` (0 for the first retry): doubling from `base` up
 * to MAX_DELAY, times a jitter in [0.5, 1) from `random`.
 */
export function retryDelay(attempt: number, random: () => number, base = BASE_DELAY): number {
	const ceiling = Math.min(MAX_DELAY, base * 2 ** Math.min(attempt, 20));
	return Math.round(ceiling * (0.5 + random() / 2));
}

/** Retry-After in seconds (the only form the room's server sends), as ms; null if absent or unreadable. */
export function retryAfter(header: string | null): number | null {
	if (header === null || !/^\d+$/.test(header.trim())) return null;
	return Math.min(MAX_DELAY * 4, Number(header) * 1000);
}

/** Statuses after which connecting again cannot help: the room is gone, or this capability is not valid. */
const FINAL = new Set([400, 401, 403, 404, 410]);

export type StreamStatus =
	| { state: 'connecting' }
	| { state: 'open' }
	| { state: 'retrying'; in: number; reason: string }
	| { state: 'stopped'; reason: string };

export interface Clock {
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export interface StreamOptions<V> {
	url: string;
	/** Read before every connection, so a capability saved meanwhile is used. */
	headers?: () => Record<string, string>;
	/** The event that carries a view; other events are ignored. */
	event?: string;
	onview: (view: V) => void;
	onstatus?: (status: StreamStatus) => void;
	fetch?: typeof fetch;
	clock?: Clock;
	random?: () => number;
}

export class RoomStream<V> {
	private readonly fetch: typeof fetch;
	private readonly clock: Clock;
	private readonly random: () => number;
	private attempt = 0;
	private lastId: string | undefined;
	private cycle: AbortController | null = null;
	private running = false;
	private woken = false;

	constructor(private readonly opts: StreamOptions<V>) {
		this.fetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
		this.clock = opts.clock ?? {
			setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
			clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)
		};
		this.random = opts.random ?? Math.random;
	}

	/** Starts the loop; resolves when stop() is called or the server says the room is gone. */
	start(): Promise<void> {
		if (this.running) return Promise.resolve();
		this.running = true;
		return this.loop();
	}

	stop() {
		this.running = false;
		this.cycle?.abort();
	}

	/** Connect again now, without waiting: the phone woke or came back online, and the socket may be dead. */
	wake() {
		if (!this.running) return;
		this.attempt = 0;
		this.woken = true;
		this.cycle?.abort();
	}

	private status(s: StreamStatus) {
		this.opts.onstatus?.(s);
	}

	private async loop() {
		const parser = new SseParser();
		while (this.running) {
			const cycle = new AbortController();
			this.cycle = cycle;
			this.woken = false;
			let reason: string;
			let wait: number | null = null;
			try {
				this.status({ state: 'connecting' });
				const res = await this.fetch(this.opts.url, {
					headers: {
						Accept: 'text/event-stream',
						...(this.opts.headers?.() ?? {}),
						...(this.lastId !== undefined ? { 'Last-Event-ID': this.lastId } : {})
					},
					cache: 'no-store',
					signal: cycle.signal
				});
				if (!res.ok || !res.body) {
					reason = await errorSentence(res);
					if (FINAL.has(res.status)) {
						this.running = false;
						this.status({ state: 'stopped', reason });
						return;
					}
					if (res.status === 429) wait = retryAfter(res.headers.get('Retry-After'));
				} else {
					this.status({ state: 'open' });
					parser.reset();
					await this.read(res.body, parser, cycle);
					reason = 'The live connection closed.';
				}
			} catch {
				reason = 'The live connection was lost.';
			}
			if (!this.running) return;
			if (this.woken) continue;
			const ms = wait ?? retryDelay(this.attempt, this.random, parser.retry);
			this.attempt++;
			this.status({ state: 'retrying', in: ms, reason });
			// Its own signal: the connection's may already be aborted (by the silence watchdog).
			const pause = new AbortController();
			this.cycle = pause;
			await this.sleep(ms, pause.signal);
		}
	}

	private async read(body: ReadableStream<Uint8Array>, parser: SseParser, cycle: AbortController) {
		const reader = body.getReader();
		const decoder = new TextDecoder();
		let watchdog: unknown = null;
		const feed = () => {
			if (watchdog !== null) this.clock.clearTimeout(watchdog);
			watchdog = this.clock.setTimeout(() => cycle.abort(), SILENCE);
		};
		cycle.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
		feed();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				feed();
				for (const e of parser.push(decoder.decode(value, { stream: true }))) {
					this.lastId = e.id;
					if (e.event !== (this.opts.event ?? 'room')) continue;
					let view: V;
					try {
						view = JSON.parse(e.data) as V;
					} catch {
						continue;
					}
					// A view arrived: the connection works, so the next failure starts the backoff afresh.
					this.attempt = 0;
					this.opts.onview(view);
				}
			}
		} finally {
			if (watchdog !== null) this.clock.clearTimeout(watchdog);
		}
	}

	private sleep(ms: number, signal: AbortSignal): Promise<void> {
		return new Promise((resolve) => {
			if (signal.aborted) return resolve();
			const handle = this.clock.setTimeout(resolve, ms);
			signal.addEventListener(
				'abort',
				() => {
					this.clock.clearTimeout(handle);
					resolve();
				},
				{ once: true }
			);
		});
	}
}
