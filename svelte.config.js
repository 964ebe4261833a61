import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/server/security.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Every page's Content Security Policy (src/lib/server/security.js). Hash mode: the page's inline
		// scripts are allowed by their hashes, not by a per-request nonce, so a page is the same bytes each
		// time and stays cacheable (compress.ts gives it an ETag).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// Routes are resolved by the server, so no page carries the list of every route (about 2.3 kB gzip);
		// src/hooks.ts keeps a route's parameters short, since a page then carries them in its script; its
		// reroute runs on the server only, so resolving routes in the browser would leave them uncut there.
		router: { resolution: 'server' },
		alias: {
			$seeds: 'seeds'
		}
	}
};

export default config;
