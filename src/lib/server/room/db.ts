/**
 * The app's connection pool to the room store, made on first use. Under `npm start` and serve.js the
 * database was started and migrated before the app loaded (DATABASE_URL is set); under `vite dev` it is
 * started here, lazily, the first time a room is used.
 */
import pg from 'pg';

let pool: Promise<pg.Pool> | undefined;

export function getPool(): Promise<pg.Pool> {
	pool ??= (async () => {
		const { ensureDatabase } = await import('./database.js');
		const url = await ensureDatabase();
		const p = new pg.Pool({ connectionString: url, max: Number(process.env.ROOM_DB_POOL) || 10 });
		// An idle client's error (the server restarted) must not end the process; the pool replaces it. The
		// database shutting down (57P01) is said once, not once per idle connection.
		let saidShutdown = false;
		p.on('error', (e: Error & { code?: string }) => {
			if (e.code === '57P01' && saidShutdown) return;
			saidShutdown ||= e.code === '57P01';
			console.error(`Room store: ${e.message}`);
		});
		return p;
	})();
	return pool;
}
