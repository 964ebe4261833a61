/**
 * The sentence a room's server gives for an error, for the stream (stream.ts) and for plain calls (api.ts).
 * A module of its own so that a page that only calls the room (the join page) does not carry the stream.
 */

/** The sentence of a `{ error }` body, or one that says what the status means. */
export async function errorSentence(res: Response): Promise<string> {
	try {
		const body: unknown = await res.json();
		if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string')
			return body.error;
	} catch {
		// Not JSON: a proxy's error page while the server restarts.
	}
	if (res.status >= 500) return 'The room’s server is not answering; it is probably restarting.';
	return `The room’s server refused the connection (HTTP ${res.status}).`;
}
