import type { Handle } from '@sveltejs/kit';
import { finishHtml } from '$lib/server/compress';

export const handle: Handle = async ({ event, resolve }) => finishHtml(event.request, await resolve(event));
