import { error } from '@sveltejs/kit';
import { loadBuilt } from '$lib/decisions/built';
import { isPresentStep, PRESENT_STEPS } from '$lib/present/steps';
import { senderFor } from '$lib/state/sender';
import type { PageLoad } from './$types';

// An old link also loads the frozen model it was made with (see the decision page); the view reads it
// when it opens, and keeps it across steps.
export const load: PageLoad = async ({ params, url, untrack }) => {
	const cm = await loadBuilt(params.id);
	if (!cm) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	if (!isPresentStep(params.step))
		error(
			404,
			`Presenter mode has no step called “${params.step.slice(0, 40)}”; its steps are ${PRESENT_STEPS.map((s) => s.id).join(', ')}.`
		);
	return {
		def: cm.def,
		cm,
		step: params.step,
		sender: await senderFor(
			cm.def,
			untrack(() => url.searchParams)
		)
	};
};
