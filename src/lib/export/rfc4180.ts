/**
 * CSV as RFC 4180 writes it, plus the guard against formula injection: spreadsheets run a cell that
 * starts with =, +, -, @ (or a tab or carriage return) as a formula, and model text and links are not
 * ours to trust once a scenario is shared.
 */

export type Cell = string | number | boolean | null | undefined;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: numbers plainly (non-finite ones empty), text guarded and quoted when it must be. */
export function csvField(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
	// A number that arrived as text is still a number to a spreadsheet, not a formula.
	const text = FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, the line end RFC 4180 names and Excel expects; the last row ends with one too. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Reads CSV back into rows of text. Strict on purpose: the tests use it to check what the writer made, so a
 * stray quote or a line break outside quotes is an error rather than something to guess around.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c !== '"') field += c;
			else if (text[i + 1] === '"') field += text[++i];
			else quoted = false;
		} else if (c === '"') {
			if (field !== '') throw new Error(`Quote inside an unquoted field at ${i}`);
			quoted = true;
		} else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			rows.push([...row, field]);
			[row, field] = [[], ''];
			i++;
		} else if (c === '\r' || c === '\n') throw new Error(`Line break outside quotes at ${i}`);
		else field += c;
	}
	if (quoted) throw new Error('Unclosed quote');
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}
