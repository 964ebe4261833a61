import { error } from '@sveltejs/kit';
import { loadModel } from '$lib/decisions/registry';
import { isPresentStep, PRESENT_STEPS } from '$lib/present/steps';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const def = await loadModel(params.id);
	if (!def) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	if (!isPresentStep(params.step))
		error(
			404,
			`Presenter mode has no step called “${params.step.slice(0, 40)}”; its steps are ${PRESENT_STEPS.map((s) => s.id).join(', ')}.`
		);
	return { def, step: params.step };
};
