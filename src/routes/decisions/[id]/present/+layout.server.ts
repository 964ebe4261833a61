import { env } from '$env/dynamic/private';
import { publicOrigin } from '$lib/server/public-origin';
import type { LayoutServerLoad } from './$types';

// Reads neither the request nor its parameters, so moving between steps does not run it again.
export const load: LayoutServerLoad = () => ({ publicOrigin: publicOrigin(env.ORIGIN) });
