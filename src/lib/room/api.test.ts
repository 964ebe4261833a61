import { describe, expect, it } from 'vitest';
import { RoomError, UNREACHABLE, roomJson } from './api';

const answer = (body: string, status: number, headers: Record<string, string> = {}) =>
	(async () => new Response(body, { status, headers })) as unknown as typeof fetch;

const refusal = async (f: typeof fetch) => {
	try {
		await roomJson('/api/rooms/ABCDEF/join', { body: {}, fetch: f });
	} catch (e) {
		if (e instanceof RoomError) return { message: e.message, status: e.status };
	}
	throw new Error('Expected a refusal');
};

describe('roomJson', () => {
	it('sends JSON with the capability and reads JSON back', async () => {
		let seen: RequestInit | undefined;
		const f = (async (_: string, init: RequestInit) => {
			seen = init;
			return new Response('{"stored":true}', { status: 200 });
		}) as unknown as typeof fetch;
		expect(await roomJson('/x', { body: { a: 1 }, bearer: 'k', fetch: f })).toEqual({ stored: true });
		expect(seen).toMatchObject({ method: 'POST', body: '{"a":1}' });
		expect(seen?.headers).toMatchObject({ Authorization: 'Bearer k', 'Content-Type': 'application/json' });
	});

	it('turns every failure into a sentence a person can act on', async () => {
		expect(await refusal(answer('{"error":"No room has that code."}', 404))).toEqual({
			message: 'No room has that code.',
			status: 404
		});
		expect(await refusal(answer('{"error":"Too many tries."}', 429, { 'Retry-After': '30' }))).toEqual({
			message: 'Too many tries. Try again in 30 seconds.',
			status: 429
		});
		expect(
			(await refusal(answer('{"error":"Wait 30 s and try again."}', 429, { 'Retry-After': '30' }))).message
		).toBe('Wait 30 s and try again.');
		expect((await refusal(answer('<h1>Bad gateway</h1>', 502))).message).toMatch(/restarting/);
		const down = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(await refusal(down)).toEqual({ message: UNREACHABLE, status: 0 });
	});
});
