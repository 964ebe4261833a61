/**
 * The link from a quotation to the passage it stands in, made from the quote alone:
 * `/sources/<doc>#q-<id>`, the id a hash of the quote's words. The document's page gives the passage each
 * quote starts in that id (highlight.ts), so a page that cites a document links to the very passage without
 * loading the documents' text (8.7 kB gzip on every decision page when it did). A passage's own anchor,
 * `#p-…`, which earlier links carry, still leads to it.
 */
import { isPublicSource, isSeedSource, type Source } from '$lib/engine/types';
import { docIdOf } from './catalog';

/** FNV-1a (32 bits) over the quote's words, runs of whitespace as one space, as quotes are matched. */
export function quoteId(quote: string): string {
	const text = quote.replace(/\s+/g, ' ').trim();
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return `q-${(h >>> 0).toString(36)}`;
}

/** Where a source's reader goes: a seed quote's passage, a public source's address; none for an assumption. */
export function citeHref(source: Source): string | null {
	if (isSeedSource(source)) return `/sources/${docIdOf(source.doc)}#${quoteId(source.quote)}`;
	if (isPublicSource(source)) return source.url;
	return null;
}
