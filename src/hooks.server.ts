import type { Handle, ServerInit } from '@sveltejs/kit';
import { loadBuilt } from '$lib/decisions/built';
import { decisions } from '$lib/decisions/registry';
import { finishHtml } from '$lib/server/compress';
import { turn } from '$lib/server/turns';

/**
 * Before the first request: every decision's model loaded, with what the build compiled of it, so that the first
 * visitors of a freshly started server do not each wait for it behind one another.
 */
export const init: ServerInit = async () => {
	for (const d of decisions) await loadBuilt(d.id);
};

/**
 * Each request renders in its turn, one a turn of the event loop (see turns.ts: otherwise one turn runs
 * every render that arrived in it, and a new connection waits one such turn per connection before it),
 * then goes out compressed and cacheable.
 */
export const handle: Handle = async ({ event, resolve }) => {
	await turn();
	return finishHtml(event.request, await resolve(event));
};
