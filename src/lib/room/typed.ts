/**
 * A parameter's value as a person types it and as it is stored: '%' values are stored as fractions (0.3)
 * but typed as percent (30), like everywhere else in the app; every other unit is typed as stored.
 */

export const typedFromStored = (value: number, unit: string): number =>
	unit === '%' ? round(value * 100) : value;

export const storedFromTyped = (typed: number, unit: string): number =>
	unit === '%' ? round(typed / 100) : typed;

// 0.07 * 100 is 7.000000000000001: keep what a person would write.
const round = (x: number) => Number(x.toPrecision(12));

/**
 * What a person typed into a number field, read: a comma as the decimal mark is accepted (many phones
 * offer only it), spaces are ignored. Null for an empty field; NaN for text that is not a number.
 */
export function readNumber(text: string): number | null {
	const t = text
		.trim()
		.replace(/\s/g, '')
		.replace(/,(?=\d{1,2}$)/, '.')
		.replace(/[−–]/g, '-');
	if (t === '') return null;
	return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}
