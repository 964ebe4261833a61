/**
 * A number as a person types it into a parameter's box. The page writes numbers in English style (55,000 and
 * 1.5), so a comma before exactly three digits groups thousands; a lone comma before other digits is a
 * decimal comma (0,5), as much of Europe types it; with both marks, the last one is the decimal mark
 * (1.234,5 and 1,234.5). Spaces between digits group too (55 000), the page's minus sign (−) is a minus, and
 * a trailing % is dropped where the box is in percent.
 */

/** Thousands grouped by one mark: 55,000 or 1.234.567 (digits in threes after the first group). */
const grouped = (body: string, mark: ',' | '.') => new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(body);

export function parseTyped(text: string, percent = false): number | undefined {
	let s = text
		.trim()
		.replace(/^[−–]/, '-')
		.replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1');
	if (percent) s = s.replace(/\s*%$/, '');
	const sign = /^[+-]/.test(s) ? s[0] : '';
	let body = s.slice(sign.length);
	const comma = body.lastIndexOf(',');
	const point = body.lastIndexOf('.');
	if (comma >= 0 && point >= 0) {
		// Both marks: the last is the decimal mark, the other must group thousands.
		const [group, decimal] = comma > point ? ['.', ','] : [',', '.'];
		const whole = body.slice(0, body.lastIndexOf(decimal));
		if (!grouped(whole, group as ',' | '.') && whole.includes(group)) return undefined;
		body = body.split(group).join('').replace(decimal, '.');
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
