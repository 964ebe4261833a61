/**
 * Numbers for people: units always shown, money as "USD 2.1 bn", shares as "34 %", a no-break space
 * (units.ts NBSP) between a number and its unit.
 */
import { leadingCurrency, NBSP, withUnit } from '$lib/engine/units';

const trim = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/** Significant digits that keep a slider's step visible without float noise. */
function decimalsFor(step: number): number {
	if (!(step > 0)) return 2;
	return Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)));
}

const MINUS = '−';

/**
 * A number rounded to a whole, as d3-format's ".0f", "+.0f" and ",.0f" write it (format.test.ts checks
 * against d3-format): the minus is "−", a negative that rounds to 0 loses its sign unless `plus` asks for
 * one, and `group` puts commas between thousands. Those three were all this page used of d3-format.
 */
export function whole(value: number, plus = false, group = false): string {
	const negative = value < 0 || 1 / value < 0;
	let digits = Number.isNaN(value) ? 'NaN' : Math.abs(value).toFixed(0);
	if (group) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const sign = negative && !(Number(digits) === 0 && !plus) ? MINUS : plus ? '+' : '';
	return sign + digits;
}
const grouped = (v: number) => whole(v, false, true);
const withMinus = (s: string) => s.replace(/^-/, MINUS);
/** A negative too small to show is 0, not "−0". */
const noNegativeZero = (s: string) => (s === '-0' ? '0' : s);

/** A parameter or output value with its unit; `step` sets the precision a person can set it to. */
export function formatValue(value: number, unit: string, step?: number): string {
	if (!Number.isFinite(value)) return 'not a number';
	if (unit === '%') {
		const d = step ? Math.max(0, decimalsFor(step) - 2) : 1;
		return `${withMinus(noNegativeZero(trim((value * 100).toFixed(d))))}${NBSP}%`;
	}
	const d = step ? decimalsFor(step) : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	// Thousands are grouped only when there are no decimals to confuse with the separator.
	const digits = d === 0 && Math.abs(value) >= 1000 ? grouped(value) : trim(value.toFixed(d));
	const text = withMinus(noNegativeZero(digits));
	return withUnit(text, unit, value);
}

/** A difference, signed the way formatValue writes negatives: "USD +0.3 bn", "USD −1.2 bn", "+3 %". */
export function formatSigned(value: number, unit: string): string {
	const text = formatValue(value, unit);
	// A difference too small to show is written 0, with no sign: "USD +0 bn" beside "USD 0 bn" reads as two.
	if (!(value > 0) || !/[1-9]/.test(formatValue(value, unit === '%' ? '%' : ''))) return text;
	const currency = leadingCurrency(text);
	return currency ? `${currency}${NBSP}+${text.slice(currency.length + 1)}` : `+${text}`;
}

/**
 * A range of two values written once each: "1 to 30 developers" where the unit follows the number, and each
 * with its unit where it leads (USD 1 bn to USD 3 bn) or is percent (0 % to 5 %).
 */
export function formatSpan(lo: string, hi: string, unit: string): string {
	const suffix = `${NBSP}${unit}`;
	if (unit && unit !== '%' && !leadingCurrency(lo) && lo.endsWith(suffix) && hi.endsWith(suffix))
		return `${lo.slice(0, -suffix.length)} to ${hi}`;
	return `${lo} to ${hi}`;
}

export const formatPercent = (p: number): string => `${whole(p * 100)}${NBSP}%`;

/** How far a value has moved from its source, as people say it: "+18 % vs. source". */
export function departure(value: number, source: number, unit: string): string | null {
	if (value === source) return null;
	if (source !== 0 && unit !== '%') {
		const pct = ((value - source) / Math.abs(source)) * 100;
		// Under one percent, one decimal: a value moved one step from a large source is not "+0 %".
		if (Math.abs(pct) >= 0.95) return `${whole(pct, true)}${NBSP}% vs. source`;
		return `${pct > 0 ? '+' : MINUS}${String(Number(Math.abs(pct).toPrecision(1)))}${NBSP}% vs. source`;
	}
	const diff =
		unit === '%'
			? `${trim(((value - source) * 100).toFixed(2))}${NBSP}pt`
			: trim((value - source).toFixed(3));
	return `${value > source ? '+' : MINUS}${diff.replace(/^-/, '')} vs. source`;
}

/** The fewest decimals that write x exactly (to float noise): 0.25 → 2, 5 → 0, 0.003 → 3. */
export function decimalsOf(x: number): number {
	for (let d = 0; d < 10; d++)
		if (Math.abs(Number(x.toFixed(d)) - x) <= 1e-9 * Math.max(1, Math.abs(x))) return d;
	return 10;
}
