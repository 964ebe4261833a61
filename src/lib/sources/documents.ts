/**
 * The documents in seeds/, loaded verbatim at build time. `import.meta.glob` works the same in Vite,
 * SvelteKit and Vitest, so the pages and the citation test read exactly the same text.
 */
import { catalog, docIdOf } from './catalog';

export { docIdOf };

export interface SourceDocument {
	/** The file name without `.txt`: `001_86fc04a350121958`. Used in URLs. */
	id: string;
	/** The file name as models cite it: `001_86fc04a350121958.txt`. */
	file: string;
	title: string;
	origin: string;
	url?: string;
	/** The whole document, exactly as stored. */
	text: string;
}

const files = import.meta.glob<string>('/seeds/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
});

export const documents: SourceDocument[] = Object.entries(files)
	.map(([path, text]) => {
		const id = docIdOf(path);
		const entry = catalog[id];
		return {
			id,
			file: `${id}.txt`,
			title: entry?.title ?? id,
			origin: entry?.origin ?? 'Origin not recorded',
			url: entry?.url,
			text
		};
	})
	.sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(documents.map((d) => [d.id, d]));

/** Accepts the id or the file name (with `.txt`). */
export function getDocument(idOrFile: string): SourceDocument | undefined {
	return byId.get(docIdOf(idOrFile));
}
