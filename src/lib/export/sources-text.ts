/** Sources as plain text, for places without links or markup: a CSV cell, a chart's footnote. */
import {
	isAssumption,
	isPublicSource,
	isSeedSource,
	type ModelDef,
	type ParamDef,
	type Source
} from '$lib/engine/types';
import { derivationOf, hasValueSource, supportLine } from '$lib/ui/source-role';
import { documentTitle } from '$lib/sources/catalog';
import { citeHref } from '$lib/sources/cite';

/**
 * What the source does, “quote” (where it stands), then the note; or "Assumption: …". With its parameter
 * a source says its role: "Supports the value: figure → arithmetic → default." or "Context:".
 */
export function sourceText(s: Source, param?: Pick<ParamDef, 'default' | 'unit' | 'step'>): string {
	const note = 'note' in s && s.note ? ` Note: ${s.note}` : '';
	const d = derivationOf(s);
	const role = !param || isAssumption(s) ? '' : d ? `${supportLine(d, param)}. ` : 'Context: ';
	if (isSeedSource(s)) return `${role}“${s.quote}” (${documentTitle(s.doc)}, seeds/${s.doc})${note}`;
	if (isPublicSource(s)) return `${role}“${s.quote}” (${s.title}, ${s.date}, ${s.url})${note}`;
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
	for (const s of def.params.flatMap((p) => p.sources)) {
		if (isSeedSource(s)) cited.add(documentTitle(s.doc));
		else if (isPublicSource(s)) cited.add(`${s.title} (${s.date})`);
	}
	// A value no source states is an assumption, however many passages give it context.
	const assumed = def.params.filter((p) => !hasValueSource(p)).length;
	const sourced = def.params.length - assumed;
	const judged =
		` Values: ${sourced} of ${def.params.length} from a source's figure; ${assumed} assumptions, ` +
		`each with its reason at the link.`;
	return [`Scenario Lab · ${def.title}`, `Sources: ${[...cited].join('; ')}.${judged}`, `Scenario: ${link}`];
}
