/**
 * A comparison of scenarios of one decision, as a link: /compare?d=<decision>&s=<scenario>&s=<scenario>…
 * where each `s` is a scenario's own query (v=1&stake=0.7&name=Team%20A), so every scenario is read by the
 * same codec as its decision page, old links and hostile input included.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { ModelDef, ParamDef } from '$lib/engine/types';
import { quoted } from '$lib/state/link-values';
import {
	decodeScenario,
	encodeScenario,
	MAX_UNKNOWN_NOTICES,
	type Notice,
	type Scenario
} from '$lib/state/url';
import { MAX_SCENARIOS } from './limits';

export { MAX_SCENARIOS, MIN_SCENARIOS } from './limits';

export interface Entry {
	scenario: Scenario;
	/** What the scenario's link held that could not be used as given. */
	notices: Notice[];
}

export interface Comparison {
	modelId: string | null;
	entries: Entry[];
	/** Problems with the comparison link itself, as sentences to show. */
	problems: string[];
}

/** The keys a comparison link has: the decision, and one scenario each. */
const KEYS: readonly string[] = ['d', 's'];

/** Reads a comparison link; never throws, and says whatever in it was not used. */
export function readComparison(
	query: URLSearchParams,
	find: (id: string) => ModelDef | undefined
): Comparison {
	const problems: string[] = [];
	const unknown = [...new Set([...query.keys()].filter((k) => !KEYS.includes(k)))];
	for (const key of unknown.slice(0, MAX_UNKNOWN_NOTICES)) {
		problems.push(`${quoted(key)} is not part of a comparison link (only d and s are); ignored it.`);
	}
	if (unknown.length > MAX_UNKNOWN_NOTICES) {
		problems.push(
			`…and ${unknown.length - MAX_UNKNOWN_NOTICES} more keys that are not part of a comparison link ignored.`
		);
	}
	const ids = query.getAll('d');
	if (ids.length === 0) return { modelId: null, entries: [], problems };
	const id = ids[0];
	const model = find(id);
	if (!model) {
		problems.unshift(`There is no decision called ${quoted(id)}; choose one below.`);
		return { modelId: null, entries: [], problems };
	}
	if (ids.length > 1) {
		problems.unshift(
			`The decision appears ${ids.length} times in this comparison link; it shows the first, “${model.id}”.`
		);
	}
	const queries = query.getAll('s');
	if (queries.length > MAX_SCENARIOS) {
		problems.push(
			`This comparison link holds ${queries.length} scenarios; a comparison shows at most ${MAX_SCENARIOS}, so it shows the first ${MAX_SCENARIOS}.`
		);
	}
	const entries = queries.slice(0, MAX_SCENARIOS).map((q) => decodeScenario(model, q));
	return { modelId: model.id, entries, problems };
}

/** The comparison's own link (without '?'): each scenario versioned, so it keeps meaning today's model. */
export function comparisonQuery(model: ModelDef, scenarios: Scenario[]): string {
	const parts = [`d=${encodeURIComponent(model.id)}`];
	for (const s of scenarios.slice(0, MAX_SCENARIOS)) {
		parts.push(`s=${encodeURIComponent(encodeScenario(model, s, { versioned: true }))}`);
	}
	return parts.join('&');
}

export type PastedLink =
	| { ok: true; modelId: string; scenario: Scenario; query: string; notices: Notice[] }
	| { ok: false; message: string };

/** The decision a pasted link names, and its query; or why the text is not such a link. */
export function pastedDecision(
	text: string
): { ok: true; id: string; search: string } | { ok: false; message: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, message: 'Paste a scenario’s link first.' };
	let url: URL;
	try {
		url = new URL(trimmed, 'http://scenario-lab.invalid');
	} catch {
		return { ok: false, message: 'That is not a link.' };
	}
	const match = /^\/decisions\/([^/]+)\/?(?:present\/[^/]+\/?)?$/.exec(url.pathname);
	if (!match) {
		return {
			ok: false,
			message: 'That is not a link to a decision; it should look like …/decisions/cainiao-ownership?…'
		};
	}
	let id: string;
	try {
		id = decodeURIComponent(match[1]);
	} catch {
		id = match[1];
	}
	return { ok: true, id, search: url.search };
}

/**
 * A scenario link a person pasted: a full URL from any host, or a path, of a decision page. Only the path
 * and the query are used, so a link from another copy of Scenario Lab works too. The scenario is read by
 * the codec and `query` is what it means, as the codec writes it (versioned): whatever else the pasted
 * link held, however long, stays out of the comparison's own link, and `notices` say what that was.
 * `find` gives the model of a decision id (models load when opened: the caller loads the one the link
 * names, found with pastedDecision, first).
 */
export function readPastedLink(text: string, find: (id: string) => ModelDef | undefined): PastedLink {
	const at = pastedDecision(text);
	if (!at.ok) return at;
	const model = find(at.id);
	if (!model) return { ok: false, message: `There is no decision called “${at.id.slice(0, 40)}”.` };
	const { scenario, notices } = decodeScenario(model, at.search);
	const query = encodeScenario(model, scenario, { versioned: true });
	return { ok: true, modelId: model.id, scenario, query, notices };
}

export interface DifferenceRow {
	param: ParamDef;
	/** One per scenario. */
	values: number[];
	/** Per scenario: the value differs from the source value. */
	changed: boolean[];
	/** The scenarios do not all agree. */
	differs: boolean;
}

/** The parameters that at least one scenario changed from its source value, in the model's order. */
export function differences(model: ModelDef, scenarios: Scenario[]): DifferenceRow[] {
	const rows: DifferenceRow[] = [];
	for (const p of model.params) {
		const changed = scenarios.map((s) => Object.hasOwn(s.values, p.id));
		if (!changed.some(Boolean)) continue;
		const values = scenarios.map((s) => (Object.hasOwn(s.values, p.id) ? s.values[p.id] : p.default));
		rows.push({ param: p, values, changed, differs: values.some((v) => v !== values[0]) });
	}
	return rows;
}

/** The name a scenario goes by in a comparison: its own, or its place. */
export function scenarioLabel(s: Scenario, index: number): string {
	return s.name ?? `Scenario ${index + 1}`;
}
