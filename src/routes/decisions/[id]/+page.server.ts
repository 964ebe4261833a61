import { env } from '$env/dynamic/private';
import { publicOrigin } from '$lib/server/public-origin';
import type { PageServerLoad } from './$types';

// The site's configured origin, for the link preview's og:url; never the request's Host header. Reads
// neither the request nor its parameters, so moving between decisions does not run it again.
export const load: PageServerLoad = () => ({ publicOrigin: publicOrigin(env.ORIGIN) });
