import { error } from '@sveltejs/kit';
import { getModel } from '$lib/models/registry';
import { isPresentStep, PRESENT_STEPS } from '$lib/present/steps';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const model = getModel(params.id);
	if (!model) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	if (!isPresentStep(params.step))
		error(
			404,
			`Presenter mode has no step called “${params.step.slice(0, 40)}”; its steps are ${PRESENT_STEPS.map((s) => s.id).join(', ')}.`
		);
	return { id: model.id, step: params.step };
};
