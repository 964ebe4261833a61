import type { Handle, ServerInit } from '@sveltejs/kit';
import { compiled } from '$lib/decisions/compiled';
import { decisions, loadModel } from '$lib/decisions/registry';
import { finishHtml } from '$lib/server/compress';
import { turn } from '$lib/server/turns';

/**
 * Before the first request: every decision's model loaded, checked and compiled, so that the first
 * visitors of a freshly started server do not each wait for it behind one another.
 */
export const init: ServerInit = async () => {
	for (const d of decisions) {
		const def = await loadModel(d.id);
		if (def) compiled(def);
	}
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
