/** Sources as plain text, for places without links or markup: a CSV cell, a chart's footnote. */
import { isAssumption, isPublicSource, isSeedSource, type ModelDef, type Source } from '$lib/engine/types';
import { getDocument } from '$lib/sources/documents';
import { citeHref } from '$lib/sources/quotes';

/** “Quote” (where it stands), then the note; or "Assumption: …". */
export function sourceText(s: Source): string {
	const note = 'note' in s && s.note ? ` Note: ${s.note}` : '';
	if (isSeedSource(s)) return `“${s.quote}” (${getDocument(s.doc)?.title ?? s.doc}, seeds/${s.doc})${note}`;
	if (isPublicSource(s)) return `“${s.quote}” (${s.title}, ${s.date}, ${s.url})${note}`;
	return isAssumption(s) ? `Assumption: ${s.assumption}` : '';
}

/** Where a source can be read, absolute against the scenario's link so it works outside the app. */
export function sourceLink(s: Source, link: string): string | null {
	const href = citeHref(s);
	if (!href) return null;
	try {
		return new URL(href, link).href;
	} catch {
		return href;
	}
}

/**
 * A chart's footnote: the documents and publications the model's parameters cite (each once), how many
 * values are judgements, and the link that reproduces the scenario. Quotes stay in the CSV and the page;
 * under a chart they would outgrow it.
 */
export function modelFootnote(def: ModelDef, link: string): string[] {
	const cited = new Set<string>();
	let assumptions = 0;
	for (const s of def.params.flatMap((p) => p.sources)) {
		if (isSeedSource(s)) cited.add(getDocument(s.doc)?.title ?? s.doc);
		else if (isPublicSource(s)) cited.add(`${s.title} (${s.date})`);
		else assumptions++;
	}
	const judged = assumptions > 0 ? ` ${assumptions} assumptions, each with its reason at the link.` : '';
	return [`Scenario Lab · ${def.title}`, `Sources: ${[...cited].join('; ')}.${judged}`, `Scenario: ${link}`];
}
