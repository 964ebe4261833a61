import { error, redirect } from '@sveltejs/kit';
import { loadAllModels } from '$lib/decisions/registry';
import { getDocument } from '$lib/sources/documents';
import { isCited, passageViews } from '$lib/sources/highlight';
import { passagesOf } from '$lib/sources/passages';
import { citationsOf } from '$lib/sources/quotes';
import { quoted } from '$lib/state/link-values';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const doc = getDocument(params.doc);
	// The page shows the message and carries it again for hydration: quoted short, whatever the path held.
	if (!doc) error(404, `There is no source document called ${quoted(params.doc)}.`);
	// Models cite `….txt`; the page lives at the id alone.
	if (params.doc !== doc.id) redirect(308, `/sources/${doc.id}`);

	const passages = passageViews(doc.id, passagesOf(doc.text), citationsOf(await loadAllModels()));
	return {
		doc: { id: doc.id, file: doc.file, title: doc.title, origin: doc.origin, url: doc.url },
		passages,
		citedCount: passages.filter(isCited).length
	};
};
