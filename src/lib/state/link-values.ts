/**
 * Numbers and text as the link codec reads, writes and words them: parsing, snapping to a parameter's grid,
 * and the short phrases its notices are made of. Pure TypeScript.
 */
import { NBSP, withUnit } from '$lib/engine/units';
import type { ParamDef } from '$lib/engine/types';

// ---------------------------------------------------------------------------------------------------
// Numbers

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number as written in a link, its plus signs restored: a query's "+" is a space by the rules of forms,
 * and no number holds a space, so a space in one can only be a plus sign (+10, 1e+5) someone wrote.
 */
export const plusSigns = (raw: string) => raw.replace(/ /g, '+');

/** Plain decimal numbers only: no hex, no Infinity, no NaN, no commas, no blanks. */
export function parseNumber(text: string): number | undefined {
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
export function precision(p: ParamDef): number {
	return Math.min(15, Math.max(decimals(p.step), decimals(p.min), decimals(p.max), decimals(p.default)) + 2);
}

export function roundTo(x: number, places: number): number {
	// + 0 turns −0 into 0, so that 0 has one representation.
	return Number(x.toFixed(places)) + 0;
}

/** Differences smaller than this (a billionth of a step) are float noise, not a choice. */
export function noise(p: ParamDef): number {
	return p.step > 0 && Number.isFinite(p.step) ? p.step * 1e-9 : 1e-12;
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

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

// ---------------------------------------------------------------------------------------------------
// Words

export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Words for a number a double cannot hold (1e999 in a link), where a figure would read "Infinity". */
const BEYOND = 'too large to be a number';

/** A number for people, as the page writes it: typographic minus, thousands grouped, no float noise. */
export function human(x: number, places: number): string {
	if (!Number.isFinite(x)) return BEYOND;
	const s = String(roundTo(x, Math.max(0, places)));
	const negative = s.startsWith('-');
	const body = negative ? s.slice(1) : s;
	// String() writes the very large and the very small with an exponent: nothing to group there.
	const [whole, fraction] = body.split('.');
	const text = /e/.test(body)
		? body
		: grouped(Number(whole)) + (fraction === undefined ? '' : `.${fraction}`);
	return negative ? `−${text}` : text;
}

/** A parameter's value as the app shows it: "10 %", "USD 25 bn". */
export function shown(p: ParamDef, x: number): string {
	if (p.unit === '%') return `${human(x * 100, precision(p) - 2)}${NBSP}%`;
	return withUnit(human(x, precision(p)), p.unit, x);
}

/** A bound as the app shows it, without the unit unless it is '%' (whose number alone would mislead). */
export function bound(p: ParamDef, x: number): string {
	return p.unit === '%' ? shown(p, x) : human(x, precision(p));
}

/** The number as written in the link and, for '%', what it means: "0.5 (50 %)". */
export function written(p: ParamDef, raw: string, x: number): string {
	if (!Number.isFinite(x)) return p.unit === '%' ? `${quoteRaw(raw)} (${BEYOND})` : quoteRaw(raw);
	return p.unit === '%' ? `${quoteRaw(raw)} (${shown(p, x)})` : quoteRaw(raw);
}

const QUOTE_LENGTH = 20;

/** Text from the link, safe to show: at most ~20 characters, control and format characters replaced. */
export function quoteRaw(text: string): string {
	const chars = Array.from(text);
	const cut = chars
		.slice(0, QUOTE_LENGTH)
		.join('')
		.replace(/[\p{C}]/gu, '\uFFFD');
	return chars.length > QUOTE_LENGTH ? `${cut}…` : cut;
}

export const quoted = (text: string) => `“${quoteRaw(text)}”`;
