import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { turn, waitingTurns } from './turns';

/** Synchronous work, as a page render is. */
const busy = (ms: number) => {
	const t = performance.now();
	while (performance.now() - t < ms);
};

describe('renders take turns', () => {
	it('starts one render per turn of the event loop, first come first served', async () => {
		// Counts the turns of the loop: an immediate set from an immediate runs in the next turn.
		let turns = 0;
		let counting = true;
		const count = () => {
			turns++;
			if (counting) setImmediate(count);
		};
		setImmediate(count);
		const started: { k: number; turn: number }[] = [];
		const renders = [0, 1, 2, 3].map(async (k) => {
			await turn();
			started.push({ k, turn: turns });
		});
		expect(waitingTurns()).toBe(4);
		await Promise.all(renders);
		counting = false;
		expect(started.map((s) => s.k)).toEqual([0, 1, 2, 3]);
		for (let i = 1; i < started.length; i++) expect(started[i].turn).toBe(started[i - 1].turn + 1);
		expect(waitingTurns()).toBe(0);
	});

	/**
	 * Node's loop takes one new connection per turn (libuv ≥ 1.45). Ten requests arrive together; the first
	 * render opens a new connection. Without turns, the ten renders run in the one turn that read them, and
	 * the connection is taken after all of them; with turns it is taken within a render or two.
	 */
	async function lateConnection(gated: boolean): Promise<string[]> {
		const events: string[] = [];
		let late: net.Socket | undefined;
		const server = http.createServer(async (_req, res) => {
			if (gated) await turn();
			events.push('render');
			if (!late) late = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
			busy(20);
			res.end('ok');
		});
		let watching = false;
		let seen = 0;
		server.on('connection', () => {
			seen++;
			if (watching) events.push('accept');
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const port = (server.address() as AddressInfo).port;
		const clients = Array.from({ length: 10 }, () => net.connect(port, '127.0.0.1'));
		try {
			while (seen < clients.length) await new Promise((r) => setTimeout(r, 5));
			watching = true;
			let answered = 0;
			const all = new Promise<void>((r) =>
				clients.forEach((c) =>
					c.on('data', () => {
						if (++answered === clients.length) r();
					})
				)
			);
			for (const c of clients) c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
			await all;
			while (!events.includes('accept')) await new Promise((r) => setTimeout(r, 5));
			return events;
		} finally {
			for (const c of [...clients, late]) c?.destroy();
			server.closeAllConnections();
			await new Promise((r) => server.close(r));
		}
	}

	it('takes a new connection while earlier requests still wait to render', async () => {
		const events = await lateConnection(true);
		expect(events.filter((e) => e === 'render')).toHaveLength(10);
		// Taken before most of the waiting renders ran, not after all ten.
		expect(events.indexOf('accept')).toBeLessThan(5);
	});

	it('(the cause) without turns, the new connection waits until every render read in that turn has run', async () => {
		const events = await lateConnection(false);
		expect(events.indexOf('accept')).toBe(10);
	});
});
