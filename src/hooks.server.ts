import type { Handle, ServerInit } from '@sveltejs/kit';
import { loadBuilt } from '$lib/decisions/built';
import { decisions } from '$lib/decisions/registry';
import { finishHtml } from '$lib/server/compress';

/**
 * Before the first request: every decision's model loaded, with what the build compiled of it, so that the first
 * visitors of a freshly started server do not each wait for it behind one another.
 */
export const init: ServerInit = async () => {
	for (const d of decisions) await loadBuilt(d.id);
};

export const handle: Handle = async ({ event, resolve }) => finishHtml(event.request, await resolve(event));
