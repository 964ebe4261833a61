/**
 * The built app's server: adapter-node's own (build/index.js, with its settings, PORT, HOST, timeouts
 * and graceful shutdown), with the security headers (security.js) on every response. adapter-node serves
 * static files, the hashed assets and the simulation worker's script among them, before SvelteKit's hooks
 * run, so the headers are set here, on the HTTP server itself, ahead of everything adapter-node does.
 */
import { ensureDatabase } from './room/database.js';
import { secure } from './security.js';

// Built by `vite build`; resolved at run time, as it does not exist before the build.
const built = new URL('../../../build/index.js', import.meta.url).href;

// The live room's store: DATABASE_URL, or the embedded PostgreSQL started here (a cluster worker's primary
// has done this already, and the worker inherits DATABASE_URL).
await ensureDatabase();

/** @type {{ server?: { server?: import('node:http').Server } }} */
const app = await import(built);
// adapter-node's index.js exports its polka app; polka keeps its http.Server as `server`. Checked, so an
// adapter that changes this stops the server at start rather than serving without the headers.
const http = app.server?.server;
if (!http) throw new Error('build/index.js exports no polka app with its http.Server: cannot set headers.');
// First of the 'request' listeners, and synchronously: no response is written before the headers are set.
http.prependListener('request', (_req, res) => secure(res));
