import { getRoomApi } from '$lib/server/room/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request, params, getClientAddress }) =>
	(await getRoomApi()).events(request, getClientAddress(), params.code);
