import { error } from '@sveltejs/kit';
import { getModel } from '$lib/models/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const model = getModel(params.id);
	if (!model) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	return { id: model.id };
};
