import { loadAllModels } from '$lib/decisions/registry';
import { documents } from '$lib/sources/documents';
import { isCited, passageViews } from '$lib/sources/highlight';
import { passagesOf } from '$lib/sources/passages';
import { citationsOf } from '$lib/sources/quotes';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const citations = citationsOf(await loadAllModels());
	return {
		documents: documents.map((doc) => {
			const passages = passageViews(doc.id, passagesOf(doc.text), citations);
			return {
				id: doc.id,
				file: doc.file,
				title: doc.title,
				origin: doc.origin,
				passageCount: passages.length,
				citedCount: passages.filter(isCited).length
			};
		})
	};
};
