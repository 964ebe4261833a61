/**
 * The room's HTTP API as plain functions of a Request, so the route files stay one line each and the tests
 * call exactly what the server runs. Every POST is checked in the same order: its Origin, the sender's rate,
 * its size, its JSON, its schema (protocol.ts), then the store. Errors are `{ error }` with a sentence and a
 * 4xx; a code that names no room always gets the same 404, and such misses are rate limited, so codes
 * cannot be enumerated.
 */
import * as v from 'valibot';
import {
	Answer,
	CODE,
	GroupValue,
	HostAction,
	Join,
	MAX_BODY_BYTES,
	OpenRoom,
	Pair,
	normaliseCode
} from '$lib/room/protocol';
import { resultsCsv } from './csv';
import { RoomError, noSuchRoom } from './errors';
import { LIMITS, RateLimiter, type LimitKind } from './limits';
import { roomModel } from './model';
import type { LiveHub, Watcher } from './live';
import { TOKEN, type RoomState, type RoomStore } from './store';
import { groupPageView, roomView } from './views';

export interface ApiDeps {
	store: RoomStore;
	hub: LiveHub;
	/** The app's public origin (ORIGIN); without it, a request must come from the origin it was sent to. */
	origin?: string | null;
	limiter?: RateLimiter;
}

const DEVICE = /^[A-Za-z0-9_-]{16,64}$/;
/** Events a stream may hold unread before it is ended (see `send`). */
const MAX_QUEUED = 64;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});

const failure = (e: RoomError) =>
	json({ error: e.message }, e.status, e.retryAfter ? { 'retry-after': String(e.retryAfter) } : {});

async function readBody(request: Request): Promise<unknown> {
	const declared = Number(request.headers.get('content-length'));
	const tooBig = () => new RoomError(413, `The request is too large (more than ${MAX_BODY_BYTES} bytes).`);
	if (declared > MAX_BODY_BYTES) throw tooBig();
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (request.body) {
		const reader = request.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > MAX_BODY_BYTES) {
				await reader.cancel().catch(() => {});
				throw tooBig();
			}
			chunks.push(value);
		}
	}
	const text = Buffer.concat(chunks).toString('utf8');
	try {
		return JSON.parse(text);
	} catch {
		throw new RoomError(400, 'The request’s body is not valid JSON.');
	}
}

function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, body);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = issue.path?.map((p) => String(p.key)).join('.');
	throw new RoomError(
		400,
		path ? `The field “${path}” is not valid: ${issue.message}.` : `${issue.message}.`
	);
}

const bearer = (request: Request): string | null => {
	const h = request.headers.get('authorization');
	return h?.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
};

export function roomApi({ store, hub, origin = null, limiter = new RateLimiter(LIMITS) }: ApiDeps) {
	function limit(kind: LimitKind, ip: string) {
		const wait = limiter.take(kind, ip);
		if (wait)
			throw new RoomError(429, `Too many requests from this address. Wait ${wait} s and try again.`, wait);
	}

	/** A group link's own budget, whoever sends it (only well-formed tokens get a bucket). */
	function limitGroup(groupToken: string) {
		if (!TOKEN.test(groupToken)) return;
		const wait = limiter.take('group', groupToken);
		if (wait)
			throw new RoomError(
				429,
				`Too many changes from this group’s link. Wait ${wait} s and try again.`,
				wait
			);
	}

	function checkOrigin(request: Request) {
		const sent = request.headers.get('origin');
		// Without ORIGIN, adapter-node names the request's scheme https unless a proxy header says otherwise,
		// whatever the connection was: the page's own host, on either scheme, is the site's own page.
		const ok = origin
			? sent === origin
			: sent !== null && URL.canParse(sent) && new URL(sent).host === new URL(request.url).host;
		if (!ok)
			throw new RoomError(403, 'This request did not come from this site’s own pages, so it was refused.');
	}

	/** A room's code from the URL; misses (unknown codes, wrong keys) are counted against the sender. */
	async function lookup<T>(ip: string, typed: string, work: (code: string) => Promise<T>): Promise<T> {
		const wait = limiter.peek('miss', ip);
		if (wait)
			throw new RoomError(429, `Too many wrong codes from this address. Wait ${wait} s and try again.`, wait);
		try {
			const code = normaliseCode(typed);
			if (!CODE.test(code)) throw noSuchRoom();
			return await work(code);
		} catch (e) {
			if (e instanceof RoomError && (e.status === 404 || e.status === 403)) limiter.take('miss', ip);
			throw e;
		}
	}

	async function guard(work: () => Promise<Response>): Promise<Response> {
		try {
			return await work();
		} catch (e) {
			if (e instanceof RoomError) return failure(e);
			console.error('Room API:', e);
			return json({ error: 'Something went wrong on the server. Try again in a moment.' }, 500);
		}
	}

	/** The checks every POST takes before its body is read. */
	async function post<S extends v.GenericSchema>(request: Request, ip: string, kind: LimitKind, schema: S) {
		checkOrigin(request);
		limit(kind, ip);
		return parse(schema, await readBody(request));
	}

	async function asHost(request: Request, code: string) {
		const { role } = await store.role(code, bearer(request));
		if (role !== 'host')
			throw new RoomError(
				403,
				'Only the room’s facilitator can see this: open it from the browser that opened the room.'
			);
	}

	return {
		/** POST /api/rooms */
		open: (request: Request, ip: string) =>
			guard(async () => json(await store.open(await post(request, ip, 'open', OpenRoom)), 201)),

		/** POST /api/rooms/<code>/join */
		join: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				const body = await post(request, ip, 'join', Join);
				return json(await lookup(ip, typed, (code) => store.join(code, body)));
			}),

		/** POST /api/rooms/<code>/answer: acknowledged once stored. */
		answer: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				const body = await post(request, ip, 'answer', Answer);
				await lookup(ip, typed, (code) => store.answer(code, body.device, body.question, body.value));
				return json({ stored: true });
			}),

		/** POST /api/rooms/<code>/host, with the facilitator's secret. */
		host: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				const body = await post(request, ip, 'host', HostAction);
				return json(await lookup(ip, typed, (code) => store.host(code, bearer(request), body)));
			}),

		/** POST /api/rooms/<code>/display: a projector pairs with the console's code. */
		display: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				const body = await post(request, ip, 'host', Pair);
				return json(await lookup(ip, typed, (code) => store.pairDisplay(code, body.pair)));
			}),

		/** GET /api/rooms/<code>: the console's view. */
		view: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				limit('read', ip);
				return lookup(ip, typed, async (code) => {
					await asHost(request, code);
					const state = await store.state(code);
					if (!state) throw noSuchRoom();
					return json(roomView(state, 'host'));
				});
			}),

		/** GET /api/rooms/<code>/groups/<token>: a group's page. An unknown token is an unknown room. */
		group: (request: Request, ip: string, typed: string, groupToken: string) =>
			guard(async () => {
				limit('read', ip);
				return lookup(ip, typed, async (code) => {
					if (!TOKEN.test(groupToken)) throw noSuchRoom();
					const state = await store.state(code);
					const g = state?.groups.find((x) => x.token === groupToken);
					if (!state || !g) throw noSuchRoom();
					return json(groupPageView(state, g));
				});
			}),

		/** POST /api/rooms/<code>/groups/<token>: the group's value of its assumption; acknowledged once stored. */
		groupValue: (request: Request, ip: string, typed: string, groupToken: string) =>
			guard(async () => {
				const body = await post(request, ip, 'answer', GroupValue);
				// Inside the lookup, so an address out of guesses gets no bucket for each token it makes up.
				await lookup(ip, typed, (code) => {
					limitGroup(groupToken);
					return store.groupValue(code, groupToken, body.value);
				});
				return json({ stored: true });
			}),

		/** GET /api/rooms/<code>/results.csv */
		results: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				limit('read', ip);
				return lookup(ip, typed, async (code) => {
					await asHost(request, code);
					const state = await store.state(code);
					if (!state) throw noSuchRoom();
					// The room's own revision of its model: the units its values were typed in.
					const def = (await roomModel(state.room.decision, state.room.revision))?.def;
					const csv = resultsCsv(state, {
						prompts: new Map(def?.teach?.prompts.map((p) => [p.id, p.text])),
						units: new Map(def?.params.map((p) => [p.id, p.unit]))
					});
					return new Response(csv, {
						headers: {
							'content-type': 'text/csv; charset=utf-8',
							'content-disposition': `attachment; filename="room-${code}.csv"`,
							'cache-control': 'no-store'
						}
					});
				});
			}),

		/**
		 * GET /api/rooms/<code>/events: server-sent events. The role comes from the credentials: the secret
		 * (console), the display token (projector), a group link's token (that group's page, sent
		 * GroupPageView), or `?device=` (a participant's phone).
		 */
		events: (request: Request, ip: string, typed: string) =>
			guard(async () => {
				limit('read', ip);
				return lookup(ip, typed, async (code) => {
					const device = new URL(request.url).searchParams.get('device');
					const key = bearer(request);
					let who: Who;
					if (key) {
						const found = (await store.role(code, key)).role;
						// A group's page says so (?as=group): its person needs a new link, not a pairing code.
						if (!found)
							throw new RoomError(
								403,
								new URL(request.url).searchParams.get('as') === 'group'
									? 'This group link does not open the room: the facilitator may have made new group links. Ask the facilitator for your group’s link or QR code.'
									: 'This key does not open this room. Pair the display again from the console.'
							);
						who = found === 'group' ? { role: found, token: key } : { role: found };
					} else if (device && DEVICE.test(device)) {
						who = { role: 'participant', device };
					} else {
						throw new RoomError(400, 'Join the room first: open /join and type its code.');
					}
					// The hub's latest read when this room already has streams here (it reads again on every new
					// stream, so one that is a moment old is brought up to date at once); for a group's stream, only
					// if it holds the group, which it may not when the group was made since.
					let state: RoomState | null | undefined = hub.latest(code);
					if (!state || (who.role === 'group' && !state.groups.some((g) => g.token === key)))
						state = await store.state(code);
					if (!state) throw noSuchRoom();
					return stream(hub, code, who, state, request.signal);
				});
			})
	};
}

export type RoomApi = ReturnType<typeof roomApi>;

/** Who a stream is for: a watcher without its send and close (each kind of watcher keeps its own fields). */
type Who<W = Watcher> = W extends Watcher ? Omit<W, 'send' | 'close'> : never;

function stream(
	hub: LiveHub,
	code: string,
	who: Who,
	state: NonNullable<Awaited<ReturnType<RoomStore['state']>>>,
	signal: AbortSignal
): Response {
	const encoder = new TextEncoder();
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>(
		{
			start(controller) {
				let open = true;
				const send = (chunk: string) => {
					if (!open) return;
					controller.enqueue(encoder.encode(chunk));
					// A client that stopped reading (a phone gone to sleep on a bad network) would hold every view
					// sent meanwhile; each view is whole, so end its stream instead: it reconnects and catches up.
					if ((controller.desiredSize ?? 0) < -MAX_QUEUED) close();
				};
				const close = () => {
					if (!open) return;
					open = false;
					stop();
					controller.close();
				};
				// A dropped connection reconnects after a second (the client's own loop may be faster).
				send('retry: 1000\n\n');
				const watcher = { ...who, send, close } as Watcher;
				stop = hub.watch(code, watcher, state);
				signal.addEventListener('abort', () => {
					open = false;
					stop();
				});
			},
			cancel() {
				stop();
			}
		},
		new CountQueuingStrategy({ highWaterMark: 1 })
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}
