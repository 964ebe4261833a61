import type { Handle, ServerInit } from '@sveltejs/kit';
import { compiled } from '$lib/decisions/compiled';
import { decisions, loadModel } from '$lib/decisions/registry';
import { finishHtml } from '$lib/server/compress';

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

export const handle: Handle = async ({ event, resolve }) => finishHtml(event.request, await resolve(event));
