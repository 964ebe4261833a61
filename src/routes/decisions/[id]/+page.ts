import { error } from '@sveltejs/kit';
import { loadDecisionPage } from '$lib/decisions/built-page';
import { Reporter } from '$lib/engine/report';
import { sourcedAnswer } from '$lib/state/sourced';
import { senderFor } from '$lib/state/sender';
import { decodeScenario, encodeScenario, linkRevision } from '$lib/state/url';
import { linkPreview } from '$lib/ui/link-preview';
import type { PageLoad } from './$types';

// The model's code loads with the page that shows it, never with the landing page, compiled when the app
// was built (built.ts); in the browser, without the long texts the server's HTML holds (built-page.ts). A
// link made before
// the model was corrected also loads the frozen model it was made with, and the parts that show it, so the
// page says at once what its sender saw. Read untracked: the page writes its own address from then on, which reloads nothing.
export const load: PageLoad = async ({ params, url, untrack, data }) => {
	const cm = await loadDecisionPage(params.id);
	if (!cm) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	const search = untrack(() => url.searchParams);
	// An old link's parts load beside its frozen model, not after it.
	const [sender, parts] = await Promise.all([
		senderFor(cm.def, search),
		linkRevision(cm.def, search) < (cm.def.revision ?? 1) ? import('$lib/ui/old-link') : null
	]);
	const old = sender && parts ? { sender, ...parts } : null;
	// The link preview (Open Graph) of the link as opened: its verdict from one model run per option, the
	// bounded work a server does for any link. Its address is the link as the page writes it, on the
	// configured origin only.
	const { scenario } = decodeScenario(cm.def, search);
	const reporter = new Reporter(cm);
	const atSources = sourcedAnswer(reporter).verdict;
	const changed = Object.keys(scenario.values).length > 0;
	const atLink = changed ? reporter.quick(scenario.values).verdict : atSources;
	const preview = { ...linkPreview(cm.def, scenario, atLink, atSources), url: null as string | null };
	if (data.publicOrigin) {
		const query = encodeScenario(cm.def, scenario, { versioned: true });
		preview.url = `${data.publicOrigin}${untrack(() => url.pathname)}?${query}`;
	}
	return { def: cm.def, cm, old, preview };
};
