import { error } from '@sveltejs/kit';
import { loadBuilt } from '$lib/decisions/built';
import { loadGuide } from '$lib/decisions/registry';
import { presentSteps } from '$lib/present/steps';
import { senderFor } from '$lib/state/sender';
import type { PageLoad } from './$types';

// An old link also loads the frozen model it was made with (see the decision page); the view reads it
// when it opens, and keeps it across steps. The steps are the guide's running order.
export const load: PageLoad = async ({ params, url, untrack }) => {
	const [cm, guide] = await Promise.all([loadBuilt(params.id), loadGuide(params.id)]);
	if (!cm) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	const steps = presentSteps(guide);
	if (!steps.some((s) => s.id === params.step))
		error(
			404,
			`Presenter mode has no step called “${params.step.slice(0, 40)}”; its steps are ${steps.map((s) => s.id).join(', ')}.`
		);
	return {
		def: cm.def,
		cm,
		steps,
		step: params.step,
		sender: await senderFor(
			cm.def,
			untrack(() => url.searchParams)
		)
	};
};
