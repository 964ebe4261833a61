import { loadModel } from '$lib/decisions/registry';
import type { PageLoad } from './$types';

// Only the compared decision's model loads; the page reads the rest of the link itself.
export const load: PageLoad = async ({ url }) => {
	const id = url.searchParams.get('d');
	return { def: (id !== null && (await loadModel(id))) || null };
};
