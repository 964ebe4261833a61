/**
 * A live room's phone pages, for the benches that measure pages (size.ts, page-modules.ts): a room needs
 * opening before its pages exist.
 */
import { loadDecision } from '../decisions';

/** The decision the measured room runs (a group's page runs it, in its worker too). */
export const ROOM_DECISION = 'cainiao-ownership';

/**
 * Opens a room on `decision` through the API, as presenter mode does, makes one group in it as the console
 * does (the decision's first prompt that names an assumption, with that assumption), and names its phone
 * pages: the join page, the participant's and the group's.
 */
export async function roomPages(base: string, decision = ROOM_DECISION): Promise<string[]> {
	const { def } = await loadDecision(decision);
	const first = def.teach?.prompts.find((p) => p.param);
	if (!first?.param)
		throw new Error(`${decision} has no prompt that names an assumption, so no group to measure.`);
	const open = () =>
		fetch(`${base}/api/rooms`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: base },
			body: JSON.stringify({ decision, scenario: 'v=1' })
		});
	let res = await open();
	// Opening rooms is rate-limited per address: a bench that opens one per decision waits its turn.
	for (let tries = 0; res.status === 429 && tries < 10; tries++) {
		await res.text(); // frees the refused request's connection
		await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 5)));
		res = await open();
	}
	if (res.status !== 201)
		throw new Error(`Opening a room to measure its pages: ${res.status} ${await res.text()}`);
	const { code, secret } = (await res.json()) as { code: string; secret: string };
	const auth = { authorization: `Bearer ${secret}` };
	const made = await fetch(`${base}/api/rooms/${code}/host`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: base, ...auth },
		body: JSON.stringify({
			seq: 1,
			action: 'groups',
			groups: [{ name: 'Group 1', prompt: first.id, param: first.param, breakEven: null }]
		})
	});
	if (!made.ok) throw new Error(`Making a group to measure its page: ${made.status} ${await made.text()}`);
	return [
		'/join',
		`/r/${code}`,
		`/r/${code}/g/${await groupToken(`${base}/api/rooms/${code}/events`, auth)}`
	];
}
/** The first group's token, from the console's first view on the room's event stream. */
async function groupToken(url: string, headers: Record<string, string>): Promise<string> {
	const stop = new AbortController();
	const res = await fetch(url, { headers, signal: stop.signal });
	const reader = res.body!.getReader();
	let text = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) throw new Error('The room’s event stream closed before its first view.');
			text += new TextDecoder().decode(value);
			const data = /^data: (.+)$/m.exec(text)?.[1];
			if (data && text.includes('\n\n'))
				return (JSON.parse(data) as { groups: { token: string }[] }).groups[0].token;
		}
	} finally {
		stop.abort();
	}
}
