/**
 * Finding quotations in the seed documents. A quote must stand in its document character for character;
 * only runs of whitespace may differ (a line break in the document may be a space in the quote). Typographic
 * apostrophes and quotation marks are compared as they are: the documents use ’ and a quote must too.
 */
import { isSeedSource, type ModelDef, type SeedSource, type Source } from '$lib/engine/types';
import { getDocument } from './documents';
import { passageAt, passagesOf } from './passages';

export interface QuoteMatch {
	docId: string;
	/** The anchor of the passage where the quote starts. */
	anchor: string;
	/** Offsets of the quoted span in the document text (end exclusive). */
	start: number;
	end: number;
}

/** Text with each run of whitespace collapsed to one space, and where each of its characters came from. */
interface Collapsed {
	text: string;
	/** starts[i]: offset in the original of collapsed character i. */
	starts: number[];
	/** ends[i]: offset in the original just after collapsed character i (after the whole run for a space). */
	ends: number[];
}

function collapse(text: string): Collapsed {
	let out = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (const m of text.matchAll(/\s+|[^\s]+/g)) {
		const at = m.index;
		if (/^\s/.test(m[0])) {
			out += ' ';
			starts.push(at);
			ends.push(at + m[0].length);
		} else {
			out += m[0];
			for (let i = 0; i < m[0].length; i++) {
				starts.push(at + i);
				ends.push(at + i + 1);
			}
		}
	}
	return { text: out, starts, ends };
}

const collapsedDocs = new Map<string, Collapsed>();

function collapsedDoc(docId: string, text: string): Collapsed {
	let c = collapsedDocs.get(docId);
	if (!c) {
		c = collapse(text);
		collapsedDocs.set(docId, c);
	}
	return c;
}

/** The first place `quote` stands in the document (whitespace aside), or null. */
export function findQuote(docFileOrId: string, quote: string): QuoteMatch | null {
	const doc = getDocument(docFileOrId);
	const needle = quote.trim().replace(/\s+/g, ' ');
	if (!doc || !needle) return null;
	const hay = collapsedDoc(doc.id, doc.text);
	const at = hay.text.indexOf(needle);
	if (at < 0) return null;
	const start = hay.starts[at];
	const end = hay.ends[at + needle.length - 1];
	const passage = passageAt(passagesOf(doc.text), start);
	if (!passage) return null;
	return { docId: doc.id, anchor: passage.anchor, start, end };
}

export interface Citation {
	modelId: string;
	modelTitle: string;
	/** Null for a citation in the model's teaching context. */
	paramId: string | null;
	paramLabel: string | null;
	source: SeedSource;
	match: QuoteMatch | null;
}

/** Every seed citation in the models: parameters' sources, then teaching context. */
export function citationsOf(models: readonly ModelDef[]): Citation[] {
	const out: Citation[] = [];
	for (const model of models) {
		const cite = (source: Source, paramId: string | null, paramLabel: string | null) => {
			if (!isSeedSource(source)) return;
			const match = findQuote(source.doc, source.quote);
			out.push({ modelId: model.id, modelTitle: model.title, paramId, paramLabel, source, match });
		};
		for (const param of model.params) for (const s of param.sources) cite(s, param.id, param.label);
		for (const item of model.teach?.context ?? []) for (const s of item.sources) cite(s, null, null);
	}
	return out;
}

/** One message per seed citation whose document is missing or whose quote is not in it; empty when all hold. */
export function checkCitations(models: readonly ModelDef[]): string[] {
	return citationsOf(models)
		.filter((c) => !c.match)
		.map((c) => {
			const where = c.paramId ? `parameter "${c.paramId}" (${c.paramLabel})` : 'teaching context';
			const what = getDocument(c.source.doc)
				? `quote not found in ${c.source.doc}`
				: `document ${c.source.doc} does not exist in seeds/`;
			return `Model "${c.modelId}", ${where}: ${what}: “${c.source.quote}”`;
		});
}
