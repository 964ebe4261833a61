/**
 * The running app's room API: one pool, one store, one LISTEN hub per instance, made on first use. Expired
 * rooms are swept at start and hourly.
 */
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { publicOrigin } from '$lib/server/public-origin';
import { getPool } from './db';
import { roomApi, type RoomApi } from './http';
import { LiveHub } from './live';
import { roomStore } from './store';

const HOUR = 3_600_000;
let api: Promise<RoomApi> | undefined;

export function getRoomApi(): Promise<RoomApi> {
	api ??= (async () => {
		const pool = await getPool();
		const store = roomStore(pool);
		const hub = new LiveHub(store, (pool.options as { connectionString: string }).connectionString);
		await hub.start();
		const sweep = () => store.sweep().catch((e) => console.error(`Room sweep: ${e.message}`));
		await sweep();
		setInterval(sweep, HOUR).unref();
		// Open streams would hold adapter-node's graceful shutdown for its whole timeout, and the LISTEN
		// connection and the pool would keep the process alive after it: close them as it shuts down.
		// Only under adapter-node, which handles these signals itself (a listener here would stop `vite dev`
		// from ending on Ctrl+C).
		if (!dev) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => hub.closeAll());
		process.once('sveltekit:shutdown', () => {
			void hub.stop().then(() => pool.end());
		});
		return roomApi({ store, hub, origin: publicOrigin(env.ORIGIN) });
	})();
	// A failed start (the database was down) is tried again on the next request, not remembered.
	api.catch(() => (api = undefined));
	return api;
}
