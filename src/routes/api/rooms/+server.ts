import { getRoomApi } from '$lib/server/room/app';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, getClientAddress }) =>
	(await getRoomApi()).open(request, getClientAddress());
