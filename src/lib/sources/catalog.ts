/**
 * What the seed files are, in our words. The documents themselves carry no reliable title or byline, so the
 * titles here are ours (plain descriptions, not quotations) and the origin says who published what.
 */

export interface CatalogEntry {
	/** Our plain description of the document, not a quotation from it. */
	title: string;
	/** Who wrote or published it, and when when that is known. */
	origin: string;
	/** The article the document reproduces or summarises, when the document names it. */
	url?: string;
}

/**
 * The seed documents as models cite them (`{ doc, quote }` takes the file name). Named for what each one
 * is, so a model's sources read true: the first is EdTech Insight's summary of a CNBC story, not CNBC.
 */
/**
 * Written for education leaders (26 March 2024): its sentences about Alibaba can give context; its advice
 * to institutions cannot.
 */
export const DOC_EDTECH_ON_CNBC = '000_f6e0178e0d085426.txt';
export const DOC_TOWSON = '001_86fc04a350121958.txt';
export const DOC_SCMP = '002_e74d1a13da165fef.txt';

/** Keyed by document id: the seed file name without `.txt`. */
export const catalog: Record<string, CatalogEntry> = {
	'000_f6e0178e0d085426': {
		title: 'Alibaba calls off the Cainiao IPO and takes full ownership',
		origin: 'EdTech Insight summary of a CNBC article, 26 March 2024',
		url: 'https://www.cnbc.com/2024/03/26/alibaba-baba-scraps-cainiao-ipo-offers-full-ownership.html'
	},
	'001_86fc04a350121958': {
		title: 'Alibaba’s strategic shift under CEO Eddie Wu',
		origin: 'Article by Jeff Towson, TechMoat Consulting'
	},
	'002_e74d1a13da165fef': {
		title: 'Alibaba’s new growth businesses as the cloud spin-off falls through',
		origin: 'South China Morning Post article'
	}
};

/** `001_86fc04a350121958.txt`, `seeds/001_86fc04a350121958.txt` or `001_86fc04a350121958` → `001_86fc04a350121958`. */
export function docIdOf(fileName: string): string {
	const base = fileName.slice(fileName.lastIndexOf('/') + 1);
	return base.endsWith('.txt') ? base.slice(0, -'.txt'.length) : base;
}

/**
 * A seed document's title, for a page that cites it: from the catalogue, so that the page does not load
 * the documents' whole text (documents.ts) to print one line about each.
 */
export const documentTitle = (file: string): string => catalog[docIdOf(file)]?.title ?? file;
