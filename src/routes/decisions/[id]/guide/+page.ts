import { error } from '@sveltejs/kit';
import { loadGuide, loadModel } from '$lib/decisions/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [def, guide] = await Promise.all([loadModel(params.id), loadGuide(params.id)]);
	if (!def || !guide) error(404, `There is no room guide for a decision called “${params.id.slice(0, 40)}”.`);
	return { def, guide };
};
