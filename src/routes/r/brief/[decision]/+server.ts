import { json } from '@sveltejs/kit';
import { loadGuide, loadModel } from '$lib/decisions/registry';
import { roomBrief } from '$lib/room/brief';
import type { RequestHandler } from './$types';

// What a room's phones and projector need to know about its decision (src/lib/room/brief.ts): public, the
// same for every room of the decision, so any cache may keep it for a while.
export const GET: RequestHandler = async ({ params, setHeaders }) => {
	const [def, guide] = await Promise.all([loadModel(params.decision), loadGuide(params.decision)]);
	// { error } like the room's API, so the pages read every refusal the same way.
	if (!def)
		return json({ error: 'This room’s decision is not in this version of the app.' }, { status: 404 });
	setHeaders({ 'Cache-Control': 'public, max-age=300' });
	return json(roomBrief(def, guide));
};
