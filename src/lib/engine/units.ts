/**
 * How a model's units are written next to a number, the same on every page, chart and notice: money leads
 * with its currency ("USD 2.1 bn", "RMB 31 bn", "USD 0.85"), years agree with their number, and any other
 * unit follows the number ("50,000 parcels/day"). Percent is the caller's: it also scales the number.
 */
const CURRENCY = /^(USD|RMB|EUR)(?: |$)/;

/** `text` is the number as written for people; `value` decides "year" or "years". */
export function withUnit(text: string, unit: string, value: number): string {
	if (!unit) return text;
	const currency = CURRENCY.exec(unit);
	if (currency) return unit.length > 3 ? `${currency[1]} ${text} ${unit.slice(4)}` : `${currency[1]} ${text}`;
	if (unit === 'years') return `${text} ${value === 1 ? 'year' : 'years'}`;
	return `${text} ${unit}`;
}

/** The currency a text written by withUnit leads with ("USD"), or null. */
export function leadingCurrency(text: string): string | null {
	return CURRENCY.exec(text)?.[1] ?? null;
}
