/**
 * How a model's units are written next to a number, the same on every page, chart and notice: money leads
 * with its currency ("USD 2.1 bn", "RMB 31 bn", "USD 0.85"), years agree with their number, and any other
 * unit follows the number ("50,000 parcels/day"). Percent is the caller's: it also scales the number.
 */
const CURRENCY = /^(USD|RMB|EUR)(?:[ \u00a0]|$)/;

/**
 * The space between a number and its unit: a no-break space, so that a line never ends "USD 0.12" with
 * "bn" on the next, or "11" over "%" (seen on phones, in the live room).
 */
export const NBSP = '\u00a0';

/** `text` is the number as written for people; `value` decides "year" or "years". */
export function withUnit(text: string, unit: string, value: number): string {
	if (!unit) return text;
	const currency = CURRENCY.exec(unit);
	if (currency)
		return unit.length > 3
			? `${currency[1]}${NBSP}${text}${NBSP}${unit.slice(4)}`
			: `${currency[1]}${NBSP}${text}`;
	if (unit === 'years') return `${text}${NBSP}${value === 1 ? 'year' : 'years'}`;
	return `${text}${NBSP}${unit}`;
}

/** The currency a text written by withUnit leads with ("USD"), or null. */
export function leadingCurrency(text: string): string | null {
	return CURRENCY.exec(text)?.[1] ?? null;
}
