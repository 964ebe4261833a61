/**
 * The running app's room API: one pool, one store, one LISTEN hub per instance, made on first use. Expired
 * rooms are swept at start and hourly.
 */
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
		return roomApi({ store, hub, origin: publicOrigin(env.ORIGIN) });
	})();
	// A failed start (the database was down) is tried again on the next request, not remembered.
	api.catch(() => (api = undefined));
	return api;
}
