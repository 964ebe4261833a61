/**
 * For the room tests: a database of the test file's own on the run's PostgreSQL (test-postgres.ts), migrated
 * from empty, and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from './database.js';

export interface TestDatabase {
	url: string;
	pool: pg.Pool;
	drop: () => Promise<void>;
}

export async function testDatabase(): Promise<TestDatabase> {
	const admin = new URL(inject('roomDatabaseUrl'));
	const name = `room_test_${randomBytes(6).toString('hex')}`;
	const server = new pg.Client({ connectionString: admin.href });
	await server.connect();
	await server.query(`CREATE DATABASE ${name}`);
	await server.end();
	const url = new URL(admin.href);
	url.pathname = `/${name}`;
	await migrate(url.href);
	const pool = new pg.Pool({ connectionString: url.href, max: 8 });
	return {
		url: url.href,
		pool,
		drop: async () => {
			await pool.end();
			const c = new pg.Client({ connectionString: admin.href });
			await c.connect();
			// Wait for the pools' connections to close on the server's side (FORCE would cut them, and a
			// client still closing would report the cut as an error).
			for (let i = 0; i < 100; i++) {
				const { rows } = await c.query<{ n: number }>(
					'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
					[name]
				);
				if (rows[0].n === 0) break;
				await new Promise((r) => setTimeout(r, 50));
			}
			await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
			await c.end();
		}
	};
}
