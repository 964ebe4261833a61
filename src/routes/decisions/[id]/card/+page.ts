import { error } from '@sveltejs/kit';
import { loadModel } from '$lib/decisions/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const def = await loadModel(params.id);
	if (!def) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	return { def };
};
