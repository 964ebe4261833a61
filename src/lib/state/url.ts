/**
 * The URL codec: a scenario ↔ a readable, versioned, keyed query string.
 *
 *   v=1&valuation=20&uplift=0.015&n=20000&seed=7&lock=stake,rate&name=Team%20A
 *   v=2&margin=0.035&belief.margin=0.012,0.019,…,0.071&name=The%20room
 *
 * - `v` is the link format, `r` the model's revision (written from revision 2; see model-history.ts).
 * - Format 2 adds a room's pooled belief about a parameter: `belief.<id>` holds its quantile table
 *   (TABLE_POINTS values at the probabilities 0, 1/40, …, 1, in the stored unit; quantile-table.ts), which
 *   replaces the parameter's sourced distribution in the Monte Carlo. A link without one is written as
 *   format 1, which it also is, so the links people already have and send keep their exact form.
 * - Keys are parameter ids (never positions), values are in the stored unit (fractions for '%').
 * - Only what differs from the default is written; `v` only when anything else is. Parameters come in the
 *   model's order, then `n`, then `seed`, so one state has exactly one URL.
 * - Decoding never throws and never returns a value out of range. Whatever it could not use exactly as
 *   given it reports as a Notice: one plain sentence, naming the parameter by its label and unit, that
 *   the UI renders as text. Quoted input is cut to ~20 characters and stripped of control characters.
 * - Text from the link is never used as a key into a plain object: parameters are found through a Map
 *   built from the model, and `values` only ever receives the model's own ids.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import type { ModelDef, ParamDef } from '$lib/engine/types';
import { upgradeToRevision } from './model-history';
import {
	bound,
	formatValue,
	grouped,
	human,
	noise,
	parseNumber,
	plusSigns,
	precision,
	quoted,
	quoteRaw,
	shown,
	snapToStep,
	written
} from './link-values';
import { BELIEF_PREFIX, LINK_KEYS } from '$lib/engine/link-keys';
import { quantise, tableProblem, TABLE_POINTS } from '$lib/engine/quantile-table';

export { formatValue, snapToStep };

/** The newest link format, which the decoder reads every older one up to. */
export const URL_VERSION = 2;
/** The format of a link that carries no room's belief: format 2 adds nothing else, so such a link is both. */
export const PLAIN_VERSION = 1;
/** Format 2 added the room's belief (`belief.<id>`). */
export const BELIEF_VERSION = 2;
/** The Monte Carlo sample counts a link may ask for. */
export const SAMPLE_COUNTS = [1000, 2000, 5000, 10000, 20000, 50000, 100000] as const;
export const DEFAULT_SAMPLES = 10000;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 2 ** 32 - 1;
/** Keys the codec itself uses, defined with the engine, whose validation refuses them as model ids. */
export const RESERVED_KEYS: readonly string[] = LINK_KEYS;
/** A value longer than this is not a number anyone wrote by hand. */
export const MAX_VALUE_LENGTH = 32;
/** The part of a query beyond this many characters is ignored. */
export const MAX_QUERY_LENGTH = 4000;
/** Unknown keys get a notice each up to this many, then one summary. */
export const MAX_UNKNOWN_NOTICES = 5;

export interface Scenario {
	/** Only the parameters that differ from their defaults. */
	values: Record<string, number>;
	samples: number;
	seed: number;
	/** What a person called this scenario ("Team A"); plain text, shown as text, never as markup. */
	name?: string;
	/** Parameters a facilitator has locked, so a room explores only the others; in the model's order. */
	locked?: string[];
	/**
	 * A room's pooled beliefs by parameter id, each a quantile table (quantile-table.ts) that replaces the
	 * parameter's sourced distribution in the Monte Carlo; only uncertain parameters, in the model's order.
	 */
	beliefs?: Record<string, number[]>;
}

/** A name's length in characters as a reader counts them (grapheme clusters: an emoji family is one). */
export const MAX_NAME_LENGTH = 60;
/** And in code points, so that characters stuffed with combining marks cannot make a link too long. */
export const MAX_NAME_CODE_POINTS = 200;

// Blanks, controls and format characters, except the joiners (ZWNJ, ZWJ): Persian and other scripts
// write words with them, and emoji are built with them, so inside a word they are part of it.
const BLANKS = /(?:(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s])+/gu;
// A joiner next to a blank or an end joins nothing.
const LOOSE_JOINERS = /(?<=^| )[\u200c\u200d]+|[\u200c\u200d]+(?= |$)/gu;

let graphemes: Intl.Segmenter | undefined;

/**
 * A name as the page may show it: control characters and runs of spaces become one space, and it is cut
 * to MAX_NAME_LENGTH characters between grapheme clusters (no emoji, accent or joined letter is split),
 * and to MAX_NAME_CODE_POINTS. `cut` says whether anything was cut, so the caller can say so.
 */
export function cleanName(raw: string): { name: string; cut: boolean } {
	const flat = raw.replace(BLANKS, ' ').replace(LOOSE_JOINERS, '').replace(/ {2,}/g, ' ').trim();
	const points = Array.from(flat);
	// No more code points than the limit: no more characters either, and segmenting (slow) is not needed.
	if (points.length <= MAX_NAME_LENGTH) return { name: flat, cut: false };
	// Past MAX_NAME_CODE_POINTS nothing is kept, so only that much (and one more) needs segmenting.
	const head = points.slice(0, MAX_NAME_CODE_POINTS + 1).join('');
	graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	let name = '';
	let count = 0;
	let kept = 0;
	for (const { segment } of graphemes.segment(head)) {
		const size = Array.from(segment).length;
		if (count === MAX_NAME_LENGTH || kept + size > MAX_NAME_CODE_POINTS) {
			return { name: name.replace(LOOSE_JOINERS, '').trim(), cut: true };
		}
		name += segment;
		count++;
		kept += size;
	}
	return { name, cut: false };
}

/** One thing in a link that was ignored or changed; `param` is the parameter id when it concerns one. */
export interface Notice {
	param?: string;
	message: string;
}

type Query = (q: URLSearchParams) => URLSearchParams;

/**
 * Upgrades of old links. `MIGRATIONS[k]` turns a query written in format k into format k + 1 (rename a
 * key, convert a unit, …); a link of version k runs k, k + 1, … up to URL_VERSION − 1. When the format
 * changes: bump URL_VERSION, add the step from the old version here, and keep a test with a real link of
 * the old format. Never edit a step once released: links in the wild depend on it.
 */
const MIGRATIONS: Record<number, Query> = {
	// Format 2 only added `belief.<id>` keys, which format 1 never wrote; a `belief.` key a format 1 link
	// holds anyway is not read as a belief (see decodeScenario), so format 1 reads as it always did.
	1: (q) => q
};

/**
 * Brings a query from version `from` up to `to` through `migrations`, without changing the one given.
 * Returns the query and the version it reached: less than `to` when a step is missing or fails. Exported
 * for tests; the decoder uses MIGRATIONS.
 */
export function migrate(
	query: URLSearchParams,
	from: number,
	to: number = URL_VERSION,
	migrations: Record<number, Query> = MIGRATIONS
): { query: URLSearchParams; reached: number } {
	let q = query;
	let version = from;
	while (version < to && Object.hasOwn(migrations, version)) {
		try {
			q = migrations[version](new URLSearchParams(q));
		} catch {
			break;
		}
		version++;
	}
	return { query: q, reached: version };
}

function nearestSampleCount(n: number): number {
	let best: number = SAMPLE_COUNTS[0];
	for (const c of SAMPLE_COUNTS) if (Math.abs(c - n) < Math.abs(best - n)) best = c;
	return best;
}

const isSeed = (s: number) => Number.isInteger(s) && s >= 0 && s <= MAX_SEED;

// ---------------------------------------------------------------------------------------------------
// Decoding

function queryText(query: URLSearchParams | string): string {
	if (query instanceof URLSearchParams) return query.toString();
	if (typeof query !== 'string') return '';
	return query.startsWith('?') ? query.slice(1) : query;
}

interface VersionRead {
	version: number;
	notice?: string;
}

function readVersion(raw: string | undefined): VersionRead {
	if (raw === undefined) return { version: URL_VERSION }; // a hand-written link
	const v = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : NaN;
	if (!(v >= 1)) {
		return {
			version: URL_VERSION,
			notice: `The link’s format version ${quoted(raw)} is not understood; read it as version ${URL_VERSION}.`
		};
	}
	if (v > URL_VERSION) {
		return {
			version: v,
			notice: `This link was made by a newer version of Scenario Lab (link format ${v}); this version read what it understands, so the page may differ from what the sender saw.`
		};
	}
	return { version: v };
}

/**
 * The link's query in today's link format, with the model revision it was made with, before any change
 * of the model since is applied: what decodeScenario and linkRevision both read first.
 */
function readHead(
	model: ModelDef,
	query: URLSearchParams | string
): { params: URLSearchParams; revision: number; version: number; notices: Notice[] } {
	const notices: Notice[] = [];
	let text = queryText(query);
	if (text.length > MAX_QUERY_LENGTH) {
		// Keep whole pairs only, so no value is read half-cut.
		const end = text.lastIndexOf('&', MAX_QUERY_LENGTH);
		text = end > 0 ? text.slice(0, end) : '';
		notices.push({
			message: `This link is longer than ${grouped(MAX_QUERY_LENGTH)} characters; ignored everything after that.`
		});
	}

	let params = new URLSearchParams(text);
	const version = readVersion(params.get('v') ?? undefined);
	if (version.notice) notices.push({ message: version.notice });
	if (version.version < URL_VERSION) {
		const { query: migrated, reached } = migrate(params, version.version);
		params = migrated;
		if (reached < URL_VERSION) {
			notices.push({
				message: `This link uses link format ${version.version}, which this version can no longer read exactly; some settings may differ from what the sender saw.`
			});
		}
	}

	const revision = readRevision(model, params.get('v') !== null, params.get('r'));
	if (revision.notice) notices.push({ message: revision.notice });
	return { params, revision: revision.revision, version: version.version, notices };
}

/**
 * The model revision a link was made with, as the decoder reads it: older than the model's when the link
 * predates a correction (a link with a format version but no `r` is revision 1).
 */
export const linkRevision = (model: ModelDef, query: URLSearchParams | string): number =>
	readHead(model, query).revision;

export function decodeScenario(
	model: ModelDef,
	query: URLSearchParams | string
): { scenario: Scenario; notices: Notice[] } {
	const values = new Map<string, number>();
	let samples = DEFAULT_SAMPLES;
	let seed = DEFAULT_SEED;
	let name = '';
	let locked: string[] = [];
	const beliefs = new Map<string, number[]>();

	const head = readHead(model, query);
	const readsBeliefs = head.version >= BELIEF_VERSION;
	const notices = head.notices;
	const upgraded = upgradeToRevision(model, head.params, head.revision);
	const params = upgraded.query;
	notices.push(...upgraded.notices);

	const byId = new Map<string, ParamDef>();
	for (const p of model.params) if (!RESERVED_KEYS.includes(p.id)) byId.set(p.id, p);
	const seen = new Map<string, number>();
	let unknown = 0;

	for (const [key, raw] of params) {
		const believed =
			readsBeliefs && key.startsWith(BELIEF_PREFIX) ? byId.get(key.slice(BELIEF_PREFIX.length)) : undefined;
		if (believed) {
			const times = (seen.get(key) ?? 0) + 1;
			seen.set(key, times);
			if (times === 2) notices.push(repeatedBelief(believed, params.getAll(key).length));
			if (times > 1) continue;
			const read = readBelief(believed, raw);
			if (read.table) beliefs.set(believed.id, read.table);
			if (read.notice) notices.push({ param: believed.id, message: read.notice });
			continue;
		}
		const p = byId.get(key);
		const known = p !== undefined || RESERVED_KEYS.includes(key);
		if (!known) {
			unknown++;
			if (unknown <= MAX_UNKNOWN_NOTICES) {
				notices.push({ message: `${quoted(key)} is not a setting of this model; ignored it.` });
			}
			continue;
		}

		const times = (seen.get(key) ?? 0) + 1;
		seen.set(key, times);
		if (times > 1) {
			if (times === 2) notices.push(repeated(key, p, params.getAll(key).length));
			continue;
		}
		if (key === 'v' || key === 'r') continue; // read above
		if (key === 'lock') {
			const read = readLocks(byId, raw);
			locked = read.locked;
			if (read.notice) notices.push({ message: read.notice });
			continue;
		}
		if (key === 'name') {
			const read = cleanName(raw);
			name = read.name;
			if (read.cut)
				notices.push({
					message: `The scenario’s name is longer than ${MAX_NAME_LENGTH} characters; cut it.`
				});
			continue;
		}

		if (p) {
			const notice = readParam(p, raw, values);
			if (notice) notices.push({ param: p.id, message: notice });
		} else if (key === 'n') {
			const read = readSamples(raw);
			samples = read.samples;
			if (read.notice) notices.push({ message: read.notice });
		} else {
			const read = readSeed(raw);
			seed = read.seed;
			if (read.notice) notices.push({ message: read.notice });
		}
	}

	if (unknown > MAX_UNKNOWN_NOTICES) {
		notices.push({
			message: `…and ${grouped(unknown - MAX_UNKNOWN_NOTICES)} more unknown settings ignored.`
		});
	}

	// Model order, and own properties only: Object.fromEntries never touches a prototype.
	const scenarioValues: Record<string, number> = Object.fromEntries(
		model.params.filter((p) => values.has(p.id)).map((p) => [p.id, values.get(p.id) as number])
	);
	const scenario: Scenario = { values: scenarioValues, samples, seed };
	if (name) scenario.name = name;
	if (locked.length) scenario.locked = model.params.filter((p) => locked.includes(p.id)).map((p) => p.id);
	if (beliefs.size) {
		scenario.beliefs = Object.fromEntries(
			model.params.filter((p) => beliefs.has(p.id)).map((p) => [p.id, beliefs.get(p.id) as number[]])
		);
	}
	return { scenario, notices };
}

function repeatedBelief(p: ParamDef, count: number): Notice {
	return {
		param: p.id,
		message: `The room’s belief about ${p.label} appears ${count} times in the link; used the first and ignored the rest.`
	};
}

/**
 * Reads a room's belief: exactly TABLE_POINTS plain numbers, non-decreasing, inside the parameter's range.
 * Anything else is refused whole, since a repaired table would not be the one the sender's room ran; only
 * values written more finely than links write them are rounded (which a table from a link never needs).
 */
function readBelief(
	p: ParamDef,
	raw: string
): { table: number[]; notice?: string } | { table?: never; notice: string } {
	const refuse = (why: string) => ({
		notice: `${p.label}: the room’s belief in this link ${why}; used the sourced range for it instead.`
	});
	if (!p.uncertain) return refuse('is for a setting this model does not treat as uncertain');
	const parts = raw.split(',');
	if (parts.length !== TABLE_POINTS) {
		return refuse(`has ${grouped(parts.length)} values where ${TABLE_POINTS} were expected`);
	}
	const table: number[] = [];
	for (const [i, given] of parts.entries()) {
		const text = plusSigns(given);
		if (text.length > MAX_VALUE_LENGTH) return refuse(`has a value that is too long (value ${i + 1})`);
		const x = parseNumber(text);
		if (x === undefined) return refuse(`has ${quoted(text)}, which is not a number (value ${i + 1})`);
		if (x < p.min || x > p.max) {
			return refuse(`has ${written(p, text, x)} outside the range ${bound(p, p.min)} to ${bound(p, p.max)}`);
		}
		table.push(x + 0);
	}
	const problem = tableProblem(table);
	if (problem) return refuse(problem.replace(/^the room’s belief /, '').replace(/^a room’s belief /, ''));
	const rounded = quantise(table, p);
	if (rounded.some((x, i) => x !== table[i])) {
		return {
			table: rounded,
			notice: `${p.label}: the room’s belief in this link is written more finely than links write it; rounded it.`
		};
	}
	return { table };
}

function repeated(key: string, p: ParamDef | undefined, count: number): Notice {
	const names: Record<string, string> = {
		n: 'Samples',
		seed: 'Seed',
		r: 'The model revision',
		lock: 'The list of locked settings',
		name: 'The name',
		v: 'The link format version'
	};
	const name = p ? p.label : names[key];
	const message = `${name} appears ${count} times in the link; used the first and ignored the rest.`;
	return p ? { param: p.id, message } : { message };
}

const tooLong = (raw: string) => `the value ${quoted(raw)} is too long (${grouped(raw.length)} characters)`;

/** Reads one parameter into `values` (only when it differs from the default); returns what went wrong. */
function readParam(p: ParamDef, given: string, values: Map<string, number>): string | undefined {
	const raw = plusSigns(given);
	const keep = `kept the default ${shown(p, p.default)}`;
	if (raw.length > MAX_VALUE_LENGTH) return `${p.label}: ${tooLong(raw)}; ${keep}.`;
	if (raw === '') return `${p.label} has no value; ${keep}.`;
	const x = parseNumber(raw);
	if (x === undefined) return `${p.label}: ${quoted(raw)} is not a number; ${keep}.`;

	const v = snapToStep(p, x);
	if (v !== p.default) values.set(p.id, v);
	const used = `used ${shown(p, v)}`;
	if (!(x <= p.max))
		return `${p.label}: ${written(p, raw, x)} is above the maximum ${bound(p, p.max)}; ${used}.`;
	if (!(x >= p.min))
		return `${p.label}: ${written(p, raw, x)} is below the minimum ${bound(p, p.min)}; ${used}.`;
	if (Math.abs(v - x) > noise(p)) {
		const step = p.unit === '%' ? shown(p, p.step) : human(p.step, precision(p));
		return `${p.label}: ${written(p, raw, x)} lies between steps of ${step}; ${used}.`;
	}
	return undefined;
}

/** The model revision a link was made with: 1 when it has a format version but no revision (links made
 * before models had revisions), the current one when it has neither (a hand-written link). */
function readRevision(
	model: ModelDef,
	versioned: boolean,
	raw: string | null
): { revision: number; notice?: string } {
	const current = model.revision ?? 1;
	if (raw === null) return { revision: versioned ? 1 : current };
	const r = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : NaN;
	if (!(r >= 1))
		return {
			revision: current,
			notice: `The model revision ${quoted(raw)} in the link is not understood; read the link with today’s model.`
		};
	if (r > current)
		return {
			revision: current,
			notice: `This link was made with a newer revision of this decision’s model (${r}, this version has ${current}); the page may differ from what the sender saw.`
		};
	return { revision: r };
}

function readLocks(byId: Map<string, ParamDef>, raw: string): { locked: string[]; notice?: string } {
	const locked: string[] = [];
	const unknown: string[] = [];
	for (const id of raw.split(',')) {
		if (id === '') continue;
		if (byId.has(id)) {
			if (!locked.includes(id)) locked.push(id);
		} else unknown.push(id);
	}
	if (unknown.length === 0) return { locked };
	const some = unknown.slice(0, 3).map(quoted).join(', ');
	const more = unknown.length > 3 ? ` and ${grouped(unknown.length - 3)} more` : '';
	return { locked, notice: `Locked settings ${some}${more} are not settings of this model; ignored them.` };
}

function readSamples(given: string): { samples: number; notice?: string } {
	const raw = plusSigns(given);
	const keep = `kept the default ${grouped(DEFAULT_SAMPLES)}`;
	if (raw.length > MAX_VALUE_LENGTH)
		return { samples: DEFAULT_SAMPLES, notice: `Samples: ${tooLong(raw)}; ${keep}.` };
	const n = parseNumber(raw);
	if (n === undefined) {
		const what = raw === '' ? 'Samples has no value' : `Samples: ${quoted(raw)} is not a number`;
		return { samples: DEFAULT_SAMPLES, notice: `${what}; ${keep}.` };
	}
	if ((SAMPLE_COUNTS as readonly number[]).includes(n)) return { samples: n };
	const used = nearestSampleCount(n);
	const allowed = SAMPLE_COUNTS.map(grouped);
	const list = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
	return {
		samples: used,
		notice: `Samples: ${quoteRaw(raw)} is not one of ${list}; used ${grouped(used)}.`
	};
}

function readSeed(given: string): { seed: number; notice?: string } {
	const raw = plusSigns(given);
	const keep = `kept the default ${DEFAULT_SEED}`;
	if (raw.length > MAX_VALUE_LENGTH) return { seed: DEFAULT_SEED, notice: `Seed: ${tooLong(raw)}; ${keep}.` };
	if (raw === '') return { seed: DEFAULT_SEED, notice: `Seed has no value; ${keep}.` };
	const s = parseNumber(raw);
	if (s === undefined || !isSeed(s)) {
		return {
			seed: DEFAULT_SEED,
			notice: `Seed: ${quoted(raw)} is not a whole number from 0 to ${grouped(MAX_SEED)}; ${keep}.`
		};
	}
	return { seed: s + 0 };
}

// ---------------------------------------------------------------------------------------------------
// Encoding

/**
 * The query string of a scenario, without '?'; '' when everything is default, unless `versioned`: a link
 * sent to someone carries the format version and the model revision even then, so that it keeps meaning
 * today's defaults after the model changes. Values are normalised the
 * way decoding would (snapped, clamped; unknown ids and non-numbers dropped; samples to the nearest
 * allowed count; an invalid seed to the default), so the result always decodes without notices.
 */
export function encodeScenario(
	model: ModelDef,
	scenario: Scenario,
	{ versioned = false }: { versioned?: boolean } = {}
): string {
	const pairs: string[] = [];
	const given = scenario.values;
	for (const p of model.params) {
		if (RESERVED_KEYS.includes(p.id) || !Object.hasOwn(given, p.id)) continue;
		const x = given[p.id];
		if (typeof x !== 'number' || !Number.isFinite(x)) continue;
		const v = snapToStep(p, x);
		if (v !== p.default) pairs.push(`${encodeURIComponent(p.id)}=${encodeURIComponent(formatValue(p, v))}`);
	}
	const samples = Number.isFinite(scenario.samples) ? nearestSampleCount(scenario.samples) : DEFAULT_SAMPLES;
	if (samples !== DEFAULT_SAMPLES) pairs.push(`n=${samples}`);
	const seed = isSeed(scenario.seed) ? scenario.seed + 0 : DEFAULT_SEED;
	if (seed !== DEFAULT_SEED) pairs.push(`seed=${seed}`);
	const locks = new Set(scenario.locked ?? []);
	const locked = model.params.filter((p) => locks.has(p.id) && !RESERVED_KEYS.includes(p.id));
	// Ids are letters and digits, so the commas can stay readable.
	if (locked.length) pairs.push(`lock=${locked.map((p) => encodeURIComponent(p.id)).join(',')}`);
	const name = cleanName(scenario.name ?? '').name;
	if (name) pairs.push(`name=${encodeURIComponent(name)}`);
	const beliefs = beliefPairs(model, scenario.beliefs ?? {});
	pairs.push(...beliefs);
	if (!pairs.length && !versioned) return '';
	const revision = model.revision ?? 1;
	const version = beliefs.length ? BELIEF_VERSION : PLAIN_VERSION;
	const marker = revision > 1 ? [`v=${version}`, `r=${revision}`] : [`v=${version}`];
	const query = [...marker, ...pairs].join('&');
	if (query.length > MAX_QUERY_LENGTH) {
		throw new RangeError(
			`This scenario’s link would be ${grouped(query.length)} characters, more than the ${grouped(MAX_QUERY_LENGTH)} a link may have; carry fewer of the room’s beliefs.`
		);
	}
	return query;
}

/**
 * The `belief.<id>` pairs of the tables that are tables of an uncertain parameter, rounded and kept in
 * range as tableOf does it (a table made by tableOf comes out unchanged), so that the link is short and
 * decodes exactly to what the room ran. Anything else is left out, as other values the decoder would refuse
 * are.
 */
function beliefPairs(model: ModelDef, given: Record<string, readonly number[]>): string[] {
	const pairs: string[] = [];
	for (const p of model.params) {
		if (!p.uncertain || RESERVED_KEYS.includes(p.id) || !Object.hasOwn(given, p.id)) continue;
		const table = given[p.id];
		if (!Array.isArray(table) || tableProblem(table) !== null) continue;
		pairs.push(`${BELIEF_PREFIX}${encodeURIComponent(p.id)}=${quantise(table, p).join(',')}`);
	}
	return pairs;
}
