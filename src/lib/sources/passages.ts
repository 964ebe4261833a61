/**
 * A document is one paragraph per line, so each non-empty line is a passage. Anchors come from the
 * passage's own first words, not its position, so a link to a passage survives edits elsewhere in the
 * document; only passages whose first words coincide get a numeric suffix, in document order.
 */

export interface Passage {
	/** `p-` and a slug of the first few words: `p-cainiao-alibabas-logistics-arm-is-playing`. */
	anchor: string;
	/** The line, without surrounding whitespace. */
	text: string;
	/** Position among the document's passages, from 0. */
	index: number;
	/** Where `text` starts in the document (UTF-16 offset). */
	start: number;
	/** Where `text` ends in the document (exclusive). */
	end: number;
}

const SLUG_WORDS = 6;

/** `- Cainiao, Alibaba’s logistics arm, is playing a crucial role` → `p-cainiao-alibabas-logistics-arm-is-playing`. */
export function slugOf(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		// An apostrophe joins a word rather than splitting it: Alibaba’s → alibabas.
		.replace(/(?<=[a-z0-9])['’](?=[a-z])/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, SLUG_WORDS);
	return words.length > 0 ? `p-${words.join('-')}` : 'p-passage';
}

export function splitPassages(text: string): Passage[] {
	const passages: Passage[] = [];
	const used = new Set<string>();
	let offset = 0;
	for (const raw of text.split('\n')) {
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const trimmed = line.trim();
		if (trimmed) {
			const start = offset + (line.length - line.trimStart().length);
			const base = slugOf(trimmed);
			let anchor = base;
			for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
			used.add(anchor);
			passages.push({ anchor, text: trimmed, index: passages.length, start, end: start + trimmed.length });
		}
		offset += raw.length + 1;
	}
	return passages;
}

const cache = new Map<string, Passage[]>();

/** The passages of a document text, computed once per text. */
export function passagesOf(text: string): Passage[] {
	let passages = cache.get(text);
	if (!passages) {
		passages = splitPassages(text);
		cache.set(text, passages);
	}
	return passages;
}

/** The passage that contains document offset `at`, or the next one when `at` falls between passages. */
export function passageAt(passages: readonly Passage[], at: number): Passage | undefined {
	return passages.find((p) => at < p.end);
}
