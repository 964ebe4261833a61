import { env } from '$env/dynamic/private';
import { publicOrigin } from '$lib/server/public-origin';
import type { PageServerLoad } from './$types';

// The screen tells latecomers where to join: the configured public origin, never the request's Host header.
export const load: PageServerLoad = () => ({ publicOrigin: publicOrigin(env.ORIGIN) });
