import { getRoomApi } from '$lib/server/room/app';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, params, getClientAddress }) =>
	(await getRoomApi()).display(request, getClientAddress(), params.code);
