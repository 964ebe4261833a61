/**
 * Several scenario links pasted at once, as a facilitator collects them from a chat: each link is read on
 * its own, by the codec, into a scenario of its own. Read as one, five links made one scenario mixing the
 * values of five teams, with a verdict no team had; here a link that cannot be read is named, never merged.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { ModelDef } from '$lib/engine/types';
import type { Notice, Scenario } from '$lib/state/url';
import { pastedDecision, readPastedLink, scenarioLabel, MAX_SCENARIOS } from './comparison';

/**
 * The links in pasted text. Links are separated by blanks or line breaks, or glued end to end (a one-line
 * field drops the line breaks of a paste in some browsers): a new link starts at "http://", "https://", or
 * at "/decisions/" after a link's query began, which the codec never writes inside a query (a "/" in a
 * name is written %2F). Brackets and trailing commas of chat text are dropped. Words that are not links
 * ("Team A:") are returned apart, to be said. Text with fewer than two links is returned whole, as one
 * link, so that a single link is read exactly as before (with what is wrong with it said of it whole).
 */
export function splitPastedLinks(text: string): { links: string[]; words: string[] } {
	const links: string[] = [];
	const words: string[] = [];
	for (const token of text.trim().split(/\s+/)) {
		const bare = token.replace(/^[<([{"'“‘]+/, '').replace(/[>)\]}"'”’,;]+$/, '');
		for (const piece of unglue(bare)) (isLink(piece) ? links : words).push(piece);
	}
	if (links.length < 2) return { links: [text.trim()], words: [] };
	return { links, words };
}

const isLink = (s: string) => /:\/\/|^\/|\/decisions\//.test(s);

/** Splits links written end to end into one each. */
function unglue(s: string): string[] {
	const starts = [0];
	const scheme = /https?:\/\//gi;
	for (let m = scheme.exec(s); m; m = scheme.exec(s)) if (m.index > 0) starts.push(m.index);
	const path = /\/decisions\//g;
	for (let m = path.exec(s); m; m = path.exec(s)) {
		const from = Math.max(...starts.filter((k) => k <= m!.index));
		// Only inside a query is a path the start of another link; "https://host/decisions/" is one link.
		if (s.slice(from, m.index).includes('?') && !/https?:\/\/[^/?#]*$/i.test(s.slice(from, m.index))) {
			starts.push(m.index);
		}
	}
	const sorted = [...new Set(starts)].sort((a, b) => a - b);
	return sorted.map((k, i) => s.slice(k, sorted[i + 1])).filter((p) => p !== '');
}

/** A pasted link as a person can recognise it in a sentence: its path and query, cut. */
export function shortLink(link: string): string {
	let shown = link;
	try {
		const url = new URL(link, 'http://scenario-lab.invalid');
		shown = `${url.pathname}${url.search}`;
	} catch {
		// Not a link: shown as pasted.
	}
	return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

/**
 * What a paste form is answered with: null when all of the pasted text was taken; a sentence saying why
 * nothing was; or, when some links of several were taken, the sentence and the links to leave in the field.
 */
export type PasteAnswer = string | null | { message: string; keep: string };

/** The answer to a paste of several links: null when all were added, else what was and the rest to retry. */
export function batchAnswer(batch: PastedBatch, pasted: number): PasteAnswer {
	const message = batchMessage(batch, pasted);
	return message === null ? null : { message, keep: batch.rest.join(' ') };
}

export interface PastedBatch {
	/** The links read, in the order pasted, each its own scenario. */
	added: { scenario: Scenario; notices: Notice[]; place: number }[];
	/** One sentence per link that was not added, naming it by its place and text, and the words ignored. */
	problems: string[];
	/** The links not added, to leave in the field for another try. */
	rest: string[];
}

/**
 * Reads each of `links` as a scenario of `model`, at most `room` of them. `titleOf` gives the title of
 * another decision the app has, so that a link to it is refused by name.
 */
export function readPastedBatch(
	links: string[],
	model: ModelDef,
	room: number,
	titleOf: (id: string) => string | undefined,
	words: string[] = []
): PastedBatch {
	const batch: PastedBatch = { added: [], problems: [], rest: [] };
	const refuse = (link: string, i: number, why: string) => {
		batch.problems.push(`Link ${i + 1} of ${links.length} (${shortLink(link)}) ${why}`);
		batch.rest.push(link);
	};
	links.forEach((link, i) => {
		const at = pastedDecision(link);
		const other = at.ok && at.id !== model.id ? titleOf(at.id) : undefined;
		if (other !== undefined) return refuse(link, i, `is for another decision (“${other}”).`);
		const read = readPastedLink(link, (id) => (id === model.id ? model : undefined));
		if (!read.ok) return refuse(link, i, `could not be read: ${read.message}`);
		if (batch.added.length >= room) {
			return refuse(link, i, `was not added: a comparison holds at most ${MAX_SCENARIOS} scenarios.`);
		}
		batch.added.push({ scenario: read.scenario, notices: read.notices, place: i });
	});
	if (words.length > 0) {
		const shown = words.slice(0, 3).map((w) => `“${w.slice(0, 20)}”`);
		const more = words.length > 3 ? ` and ${words.length - 3} more` : '';
		batch.problems.push(
			`Ignored ${shown.join(', ')}${more}: not ${words.length === 1 ? 'a link' : 'links'}.`
		);
	}
	return batch;
}

/**
 * What the pasted links held that could not be used as given, one sentence each, naming the scenario it
 * concerns: "Pasted link 2 (Team B): …". `first` is the index the first added scenario has in the
 * comparison, for the names of unnamed ones.
 */
export function batchNotices(batch: PastedBatch, first: number): string[] {
	return batch.added.flatMap((a, k) =>
		a.notices.map((n) => `Pasted link ${a.place + 1} (${scenarioLabel(a.scenario, first + k)}): ${n.message}`)
	);
}

/** The sentence a paste answers with: null when every link was added, else what was and what was not. */
export function batchMessage(batch: PastedBatch, pasted: number): string | null {
	if (batch.problems.length === 0) return null;
	const added = batch.added.length;
	const head =
		added === 0
			? `None of the ${pasted} links was added.`
			: `Added ${added} of ${pasted} links as ${added === 1 ? 'a scenario' : 'scenarios, one each'}.`;
	return `${head} ${batch.problems.join(' ')}`;
}
