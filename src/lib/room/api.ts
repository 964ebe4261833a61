/**
 * The room pages' calls to the room's server. Every failure becomes a sentence a person can act on: the
 * server's own (`{ error }`), or one that says what went wrong with the connection; a 429 also says how
 * long to wait.
 */
import { errorSentence } from './error-sentence';

export class RoomError extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
	}
}

export interface CallOptions {
	method?: 'GET' | 'POST';
	body?: unknown;
	/** The facilitator's secret or the display's token. */
	bearer?: string;
	fetch?: typeof fetch;
}

export const UNREACHABLE = 'The room’s server cannot be reached. Check your connection, then try again.';

export async function roomCall(path: string, opts: CallOptions = {}): Promise<Response> {
	const f = opts.fetch ?? fetch;
	let res: Response;
	try {
		res = await f(path, {
			method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
			headers: {
				...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
				...(opts.bearer ? { Authorization: `Bearer ${opts.bearer}` } : {})
			},
			body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
			cache: 'no-store'
		});
	} catch {
		throw new RoomError(UNREACHABLE, 0);
	}
	if (res.ok) return res;
	let sentence = await errorSentence(res);
	if (res.status === 429) {
		const s = Number(res.headers.get('Retry-After'));
		// The server's sentence usually says how long already; say it only where it does not.
		if (Number.isFinite(s) && s > 0 && !/\d/.test(sentence))
			sentence += ` Try again in ${s} ${s === 1 ? 'second' : 'seconds'}.`;
	}
	throw new RoomError(sentence, res.status);
}

export async function roomJson<T>(path: string, opts: CallOptions = {}): Promise<T> {
	const res = await roomCall(path, opts);
	try {
		return (await res.json()) as T;
	} catch {
		throw new RoomError(
			'The room’s server sent an answer this page cannot read. Reload the page.',
			res.status
		);
	}
}

export const roomPath = (code: string, tail = '') => `/api/rooms/${encodeURIComponent(code)}${tail}`;
