/**
 * A comparison of scenarios of one decision, as a link: /compare?d=<decision>&s=<scenario>&s=<scenario>…
 * where each `s` is a scenario's own query (v=1&stake=0.7&name=Team%20A), so every scenario is read by the
 * same codec as its decision page, old links and hostile input included.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { ModelDef, ParamDef } from '$lib/engine/types';
import { decodeScenario, encodeScenario, type Notice, type Scenario } from '$lib/state/url';

export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 6;

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

/** Reads a comparison link; never throws. `find` looks a decision up by id. */
export function readComparison(
	query: URLSearchParams,
	find: (id: string) => ModelDef | undefined
): Comparison {
	const problems: string[] = [];
	const id = query.get('d');
	if (id === null) return { modelId: null, entries: [], problems };
	const model = find(id);
	if (!model) {
		problems.push(`There is no decision called “${id.slice(0, 40)}”; choose one below.`);
		return { modelId: null, entries: [], problems };
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

export type PastedLink = { ok: true; modelId: string; query: string } | { ok: false; message: string };

/**
 * A scenario link a person pasted: a full URL from any host, or a path, of a decision page. Only the path
 * and the query are used, so a link from another copy of Scenario Lab works too.
 */
export function readPastedLink(text: string, find: (id: string) => { id: string } | undefined): PastedLink {
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
	const model = find(id);
	if (!model) return { ok: false, message: `There is no decision called “${id.slice(0, 40)}”.` };
	return { ok: true, modelId: model.id, query: url.search.slice(1) };
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
