import { error } from '@sveltejs/kit';
import { getGuide } from '$lib/guides';
import { getModel } from '$lib/models/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const model = getModel(params.id);
	if (!model || !getGuide(model.id))
		error(404, `There is no room guide for a decision called “${params.id.slice(0, 40)}”.`);
	return { id: model.id };
};
