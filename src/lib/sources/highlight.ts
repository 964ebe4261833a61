/**
 * What the source pages show: each passage of a document, split into plain and quoted spans, with links
 * back to whatever cites it.
 */
import { quoteId } from './cite';
import type { Citation } from './quotes';
import type { Passage } from './passages';

export interface Segment {
	text: string;
	/** True when some model quotes this span. */
	quoted: boolean;
}

export interface CitingLink {
	href: string;
	/** The parameter's label, or "Teaching notes" for a citation in a model's teaching context. */
	label: string;
	modelTitle: string;
	/** What the passage does for the parameter: supports its value, or gives context (teaching notes too). */
	role: 'value' | 'context';
}

export interface PassageView extends Passage {
	segments: Segment[];
	/** Citations whose quote starts in this passage (the passage their links point to). */
	citedBy: CitingLink[];
	/** The ids of the quotes that start here (cite.ts): a quote's link leads to this passage by its id. */
	quoteIds: string[];
}

export const citingHref = (c: Citation): string =>
	c.paramId ? `/decisions/${c.modelId}#param-${c.paramId}` : `/decisions/${c.modelId}`;

/** Overlapping or touching ranges merged, in order. */
function merge(ranges: [number, number][]): [number, number][] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const [s, e] of sorted) {
		const last = out[out.length - 1];
		if (last && s <= last[1]) last[1] = Math.max(last[1], e);
		else out.push([s, e]);
	}
	return out;
}

function segmentsOf(passage: Passage, citations: readonly Citation[]): Segment[] {
	const ranges: [number, number][] = [];
	for (const c of citations) {
		if (!c.match) continue;
		const s = Math.max(c.match.start, passage.start);
		const e = Math.min(c.match.end, passage.end);
		if (s < e) ranges.push([s - passage.start, e - passage.start]);
	}
	const segments: Segment[] = [];
	let at = 0;
	for (const [s, e] of merge(ranges)) {
		if (s > at) segments.push({ text: passage.text.slice(at, s), quoted: false });
		segments.push({ text: passage.text.slice(s, e), quoted: true });
		at = e;
	}
	if (at < passage.text.length) segments.push({ text: passage.text.slice(at), quoted: false });
	return segments;
}

/** The passages of one document with their quoted spans and citing links; `citations` may span all documents. */
export function passageViews(
	docId: string,
	passages: readonly Passage[],
	citations: readonly Citation[]
): PassageView[] {
	const here = citations.filter((c) => c.match?.docId === docId);
	return passages.map((p) => {
		const links = new Map<string, CitingLink>();
		for (const c of here) {
			if (c.match?.anchor !== p.anchor) continue;
			const href = citingHref(c);
			const role = c.paramId && c.source.role === 'value' && c.source.derive ? 'value' : 'context';
			// One link per parameter; if any of its quotes here supports the value, the link says so.
			const known = links.get(href);
			if (!known)
				links.set(href, { href, label: c.paramLabel ?? 'Teaching notes', modelTitle: c.modelTitle, role });
			else if (role === 'value') known.role = role;
		}
		const starting = here.filter((c) => c.match?.anchor === p.anchor);
		const quoteIds = [...new Set(starting.map((c) => quoteId(c.source.quote)))];
		return { ...p, segments: segmentsOf(p, here), citedBy: [...links.values()], quoteIds };
	});
}

export const isCited = (p: PassageView): boolean => p.segments.some((s) => s.quoted);
