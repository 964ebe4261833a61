/**
 * `npm start`: the built app on every core. adapter-node's server is one process, and a decision page
 * costs its render and compression in that one process; a conference room's phones, or a run of links,
 * then queue on one core while the others idle. The primary forks one server per core (WORKERS overrides;
 * WORKERS=1 runs the plain server) and replaces a worker that dies; the workers share the listening port.
 * Page rendering holds no state between requests, so any worker can answer any request.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { ensureDatabase } from './room/database.js';

const workers = Math.max(1, Number(process.env.WORKERS) || availableParallelism());
// adapter-node's server with the security headers (serve.js).
const server = new URL('./serve.js', import.meta.url).href;

if (cluster.isPrimary && workers > 1) {
	// The live room's store, started (embedded) and migrated once, before any worker: they inherit its URL.
	await ensureDatabase();
	let stopping = false;
	for (let i = 0; i < workers; i++) cluster.fork();
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) return;
		console.error(`A server process stopped (${signal ?? code}); starting another.`);
		cluster.fork();
	});
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => {
			stopping = true;
			// Straight to each process: worker.kill() would first wait for the worker to disconnect.
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
			process.exitCode = 0;
		});
	}
} else {
	// adapter-node closes its server on SIGTERM and then expects the process to end; a worker's channel to
	// the primary would keep it alive, so the worker lets go of it.
	if (cluster.isWorker) process.on('sveltekit:shutdown', () => cluster.worker?.disconnect());
	await import(server);
}
