/**
 * A number as a person types it into a parameter's box. The page writes numbers in English style (55,000 and
 * 1.5), so commas before groups of exactly three digits group thousands (the first group 1 to 999); a lone
 * comma otherwise is a decimal comma (0,5 and 0,125), as much of Europe types it; with both marks, the last
 * one is the decimal mark (1.234,5 and 1,234.5). Spaces group thousands only in groups of three (55 000; "1 5"
 * is not a number), the page's minus sign (−) is a minus, and a trailing % is dropped where the box is in
 * percent. Anything else, or anything that could be read two ways, is not a number: refused with a message,
 * never read as some other value.
 */

/** Thousands grouped by one mark, the first group without a leading zero: 55,000 or 1.234.567. */
const grouped = (whole: string, mark: string) => new RegExp(`^[1-9]\\d{0,2}(\\${mark}\\d{3})+$`).test(whole);

const SPACES = /[\s\u00a0\u202f]/;

export function parseTyped(text: string, percent = false): number | undefined {
	let s = text.trim().replace(/^[−–]/, '-');
	if (percent) s = s.replace(/\s*%$/, '');
	const sign = /^[+-]/.test(s) ? s[0] : '';
	let body = s.slice(sign.length);
	if (SPACES.test(body)) {
		const [whole, ...rest] = body.split('.');
		const groups = whole.replace(/[\s\u00a0\u202f]/g, ' ');
		if (rest.length > 1 || !grouped(groups, ' ')) return undefined;
		body = [groups.split(' ').join(''), ...rest].join('.');
	}
	const comma = body.lastIndexOf(',');
	const point = body.lastIndexOf('.');
	if (comma >= 0 && /e/i.test(body)) return undefined;
	if (comma >= 0 && point >= 0) {
		// Both marks: the last is the decimal mark, and the other must group the whole part in threes.
		const [group, decimal] = comma > point ? ['.', ','] : [',', '.'];
		const at = body.lastIndexOf(decimal);
		const whole = body.slice(0, at);
		if (!grouped(whole, group) || body.indexOf(decimal) !== at) return undefined;
		body = `${whole.split(group).join('')}.${body.slice(at + 1)}`;
	} else if (comma >= 0) {
		if (grouped(body, ',')) body = body.split(',').join('');
		else if (body.indexOf(',') === comma) body = body.replace(',', '.');
		else return undefined;
	} else if (point >= 0 && body.indexOf('.') !== point) {
		// Two or more points: thousands grouped the continental way (1.234.567), or not a number.
		if (!grouped(body, '.')) return undefined;
		body = body.split('.').join('');
	}
	if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return undefined;
	const n = Number(sign + body);
	return Number.isFinite(n) ? n : undefined;
}
