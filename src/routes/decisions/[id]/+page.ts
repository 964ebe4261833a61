import { error } from '@sveltejs/kit';
import { loadBuilt } from '$lib/decisions/built';
import { senderFor } from '$lib/state/sender';
import type { PageLoad } from './$types';

// The model's code loads with the page that shows it, never with the landing page, compiled when the app
// was built (built.ts). A link made before
// the model was corrected also loads the frozen model it was made with, so the page says at once what its
// sender saw. Read untracked: the page writes its own address from then on, which reloads nothing.
export const load: PageLoad = async ({ params, url, untrack }) => {
	const cm = await loadBuilt(params.id);
	if (!cm) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	const sender = await senderFor(
		cm.def,
		untrack(() => url.searchParams)
	);
	return { def: cm.def, cm, sender };
};
