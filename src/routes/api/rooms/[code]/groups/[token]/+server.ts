import { getRoomApi } from '$lib/server/room/app';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request, params, getClientAddress }) =>
	(await getRoomApi()).group(request, getClientAddress(), params.code, params.token);

export const POST: RequestHandler = async ({ request, params, getClientAddress }) =>
	(await getRoomApi()).groupValue(request, getClientAddress(), params.code, params.token);
