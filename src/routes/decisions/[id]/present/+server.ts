import { redirect } from '@sveltejs/kit';
import { loadGuide } from '$lib/decisions/registry';
import { presentSteps } from '$lib/present/steps';
import type { RequestHandler } from './$types';

// Presenter mode's address without a step (typed, or cut short) opens its first step, on the same
// scenario; an unknown decision's then says there is no such decision.
export const GET: RequestHandler = async ({ params, url }) => {
	const [first] = presentSteps(await loadGuide(params.id));
	redirect(307, `${url.pathname.replace(/\/$/, '')}/${first.id}${url.search}`);
};
