/**
 * The URL codec: a scenario ↔ a readable, versioned, keyed query string.
 *
 *   v=1&valuation=20&uplift=0.015&n=20000&seed=7
 *
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

export const URL_VERSION = 1;
/** The Monte Carlo sample counts a link may ask for. */
export const SAMPLE_COUNTS = [1000, 2000, 5000, 10000, 20000, 50000, 100000] as const;
export const DEFAULT_SAMPLES = 10000;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 2 ** 32 - 1;
/** Keys the codec itself uses; a model parameter with one of these ids could not be written to a link. */
export const RESERVED_KEYS: readonly string[] = ['v', 'n', 'seed', 'name'];
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
}

export const MAX_NAME_LENGTH = 60;

/**
 * A name as the page may show it: control characters and runs of spaces become one space, and it is cut
 * to MAX_NAME_LENGTH characters (whole code points, so no emoji is split).
 */
export function cleanName(raw: string): { name: string; cut: boolean } {
	const flat = raw.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
	const chars = [...flat];
	return { name: chars.slice(0, MAX_NAME_LENGTH).join('').trim(), cut: chars.length > MAX_NAME_LENGTH };
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
const MIGRATIONS: Record<number, Query> = {};

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

// ---------------------------------------------------------------------------------------------------
// Numbers

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Plain decimal numbers only: no hex, no Infinity, no NaN, no commas, no blanks. */
function parseNumber(text: string): number | undefined {
	return NUMBER.test(text) ? Number(text) : undefined;
}

/** Decimal places in the shortest representation of x (1e-7 → 7, 0.0025 → 4, 3 → 0). */
function decimals(x: number): number {
	if (!Number.isFinite(x)) return 0;
	const [mantissa, exponent] = String(Math.abs(x)).split('e');
	const point = mantissa.indexOf('.');
	const places = point < 0 ? 0 : mantissa.length - point - 1;
	return Math.max(0, places - Number(exponent ?? 0));
}

/** Decimal places that hold every point of a parameter's grid, with two to spare against float noise. */
function precision(p: ParamDef): number {
	return Math.min(15, Math.max(decimals(p.step), decimals(p.min), decimals(p.max), decimals(p.default)) + 2);
}

function roundTo(x: number, places: number): number {
	// + 0 turns −0 into 0, so that 0 has one representation.
	return Number(x.toFixed(places)) + 0;
}

/** Differences smaller than this (a billionth of a step) are float noise, not a choice. */
function noise(p: ParamDef): number {
	return p.step > 0 && Number.isFinite(p.step) ? p.step * 1e-9 : 1e-12;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The value a parameter takes for x: clamped to its range, snapped to its step grid counted from min,
 * re-rounded to kill float noise. The default is kept as it is (it need not lie on the grid), and a value
 * within float noise of the default is the default.
 */
export function snapToStep(p: ParamDef, x: number): number {
	if (Number.isNaN(x)) return p.default;
	const eps = noise(p);
	let v = clamp(x, p.min, p.max);
	if (Math.abs(v - p.default) <= eps) return p.default;
	if (p.step > 0 && Number.isFinite(p.step)) v = p.min + Math.round((v - p.min) / p.step) * p.step;
	v = roundTo(clamp(v, p.min, p.max), precision(p));
	return Math.abs(v - p.default) <= eps ? p.default : v;
}

/** The shortest text that reads back as the value (after snapping): 0.015, not 0.015000000000000001. */
export function formatValue(p: ParamDef, x: number): string {
	return String(roundTo(snapToStep(p, x), precision(p)));
}

function nearestSampleCount(n: number): number {
	let best: number = SAMPLE_COUNTS[0];
	for (const c of SAMPLE_COUNTS) if (Math.abs(c - n) < Math.abs(best - n)) best = c;
	return best;
}

const isSeed = (s: number) => Number.isInteger(s) && s >= 0 && s <= MAX_SEED;

// ---------------------------------------------------------------------------------------------------
// Words

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A number for people: typographic minus, no float noise. */
function human(x: number, places: number): string {
	const s = String(roundTo(x, Math.max(0, places)));
	return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/** A parameter's value as the app shows it: "10 %", "25 USD bn". */
function shown(p: ParamDef, x: number): string {
	if (p.unit === '%') return `${human(x * 100, precision(p) - 2)} %`;
	return p.unit ? `${human(x, precision(p))} ${p.unit}` : human(x, precision(p));
}

/** A bound as the app shows it, without the unit unless it is '%' (whose number alone would mislead). */
function bound(p: ParamDef, x: number): string {
	return p.unit === '%' ? shown(p, x) : human(x, precision(p));
}

/** The number as written in the link and, for '%', what it means: "0.5 (50 %)". */
function written(p: ParamDef, raw: string, x: number): string {
	return p.unit === '%' ? `${quoteRaw(raw)} (${shown(p, x)})` : quoteRaw(raw);
}

const QUOTE_LENGTH = 20;

/** Text from the link, safe to show: at most ~20 characters, control and format characters replaced. */
function quoteRaw(text: string): string {
	const chars = Array.from(text);
	const cut = chars
		.slice(0, QUOTE_LENGTH)
		.join('')
		.replace(/[\p{C}]/gu, '\uFFFD');
	return chars.length > QUOTE_LENGTH ? `${cut}…` : cut;
}

const quoted = (text: string) => `“${quoteRaw(text)}”`;

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

export function decodeScenario(
	model: ModelDef,
	query: URLSearchParams | string
): { scenario: Scenario; notices: Notice[] } {
	const notices: Notice[] = [];
	const values = new Map<string, number>();
	let samples = DEFAULT_SAMPLES;
	let seed = DEFAULT_SEED;
	let name = '';

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

	const byId = new Map<string, ParamDef>();
	for (const p of model.params) if (!RESERVED_KEYS.includes(p.id)) byId.set(p.id, p);
	const seen = new Map<string, number>();
	let unknown = 0;

	for (const [key, raw] of params) {
		const p = byId.get(key);
		const known = p !== undefined || key === 'v' || key === 'n' || key === 'seed' || key === 'name';
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
		if (key === 'v') continue; // read above
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
	return { scenario, notices };
}

function repeated(key: string, p: ParamDef | undefined, count: number): Notice {
	const names: Record<string, string> = {
		n: 'Samples',
		seed: 'Seed',
		name: 'The name',
		v: 'The link format version'
	};
	const name = p ? p.label : names[key];
	const message = `${name} appears ${count} times in the link; used the first and ignored the rest.`;
	return p ? { param: p.id, message } : { message };
}

const tooLong = (raw: string) => `the value ${quoted(raw)} is too long (${grouped(raw.length)} characters)`;

/** Reads one parameter into `values` (only when it differs from the default); returns what went wrong. */
function readParam(p: ParamDef, raw: string, values: Map<string, number>): string | undefined {
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

function readSamples(raw: string): { samples: number; notice?: string } {
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

function readSeed(raw: string): { seed: number; notice?: string } {
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
 * The query string of a scenario, without '?'; '' when everything is default. Values are normalised the
 * way decoding would (snapped, clamped; unknown ids and non-numbers dropped; samples to the nearest
 * allowed count; an invalid seed to the default), so the result always decodes without notices.
 */
export function encodeScenario(model: ModelDef, scenario: Scenario): string {
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
	const name = cleanName(scenario.name ?? '').name;
	if (name) pairs.push(`name=${encodeURIComponent(name)}`);
	return pairs.length ? [`v=${URL_VERSION}`, ...pairs].join('&') : '';
}
