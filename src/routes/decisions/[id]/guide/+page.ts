import { error } from '@sveltejs/kit';
import { loadBuilt } from '$lib/decisions/built';
import { loadGuide } from '$lib/decisions/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [cm, guide] = await Promise.all([loadBuilt(params.id), loadGuide(params.id)]);
	if (!cm || !guide) error(404, `There is no room guide for a decision called “${params.id.slice(0, 40)}”.`);
	return { def: cm.def, cm, guide };
};
