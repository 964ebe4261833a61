import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, startEmbedded } from './database.js';

const dir = mkdtempSync(join(tmpdir(), 'room-embedded-'));
const starter = fileURLToPath(new URL('./database.js', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An app that starts the embedded store, stores a room, says so, and then is killed with SIGKILL. */
async function appKilledAfterWriting(): Promise<number> {
	const script = `
		import pg from 'pg';
		import { startEmbedded, migrate } from ${JSON.stringify(starter)};
		const { url } = await startEmbedded(${JSON.stringify(dir)});
		await migrate(url);
		const c = new pg.Client(url);
		await c.connect();
		await c.query("INSERT INTO rooms (code, decision, revision, scenario, step, secret_hash, expires_at) VALUES ('KILLED', 'd', 1, '', 's', '\\\\x00', now() + interval '1 day')");
		console.log('stored');
		setInterval(() => {}, 1000);
	`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
		cwd: process.cwd(),
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((done, fail) => {
		child.stdout.on('data', (d: Buffer) => d.toString().includes('stored') && done());
		child.on('exit', (code) => fail(new Error(`The app ended early (${code}).`)));
	});
	const postmaster = Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
	const exited = new Promise((done) => child.on('exit', done));
	child.kill('SIGKILL');
	await exited;
	return postmaster;
}

/** Running, and not a zombie waiting to be reaped (its parent was killed, so init reaps it, in its own time). */
const alive = (pid: number) => {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat[stat.lastIndexOf(')') + 2] !== 'Z';
	} catch {
		return false;
	}
};

describe('the embedded PostgreSQL', () => {
	it('comes back after the app is killed, with what was stored, and stops when asked', async () => {
		const orphan = await appKilledAfterWriting();
		// kill -9 leaves the postmaster running, owned by no one.
		expect(alive(orphan)).toBe(true);

		const again = await startEmbedded(dir);
		expect(again.reused).toBe(false);
		expect(alive(orphan)).toBe(false);
		await migrate(again.url);
		const c = new pg.Client(again.url);
		await c.connect();
		const { rows } = await c.query('SELECT code FROM rooms');
		expect(rows).toEqual([{ code: 'KILLED' }]);
		await c.end();
		await again.stop();

		// A stale postmaster.pid (its process long gone) does not stop the next start.
		writeFileSync(join(dir, 'postgres', 'postmaster.pid'), `2147483000\n${join(dir, 'postgres')}\n0\n5432\n`);
		const third = await startEmbedded(dir);
		const d = new pg.Client(third.url);
		await d.connect();
		expect((await d.query('SELECT count(*)::int AS n FROM rooms')).rows).toEqual([{ n: 1 }]);
		await d.end();
		await third.stop();
	});
});
