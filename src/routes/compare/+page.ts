import { loadBuilt } from '$lib/decisions/built';
import type { PageLoad } from './$types';

// Only the compared decision's model loads; the page reads the rest of the link itself.
export const load: PageLoad = async ({ url }) => {
	const id = url.searchParams.get('d');
	const cm = (id !== null && (await loadBuilt(id))) || null;
	return { def: cm?.def ?? null, cm };
};
