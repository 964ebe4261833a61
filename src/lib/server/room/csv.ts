/**
 * A room's results as CSV (RFC 4180): one row per answer (votes, picks, estimates), then one per group of
 * the group work (its scenario: the assumption it moved and its value), the first column saying which
 * (`answer` or `group`); a column that does not apply to a row is empty. Names are what people typed, so every cell is quoted, and
 * text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets
 * a leading apostrophe.
 *
 * An assumption's values (an estimate's best, low and high; a group's value and break-even) are written
 * as people typed and read them, in the unit its column `unit` names: 12 and %, not the 0.12 the room
 * stores. Rows of several assumptions share these columns, so the unit is said on each row, not once in
 * the header.
 */
import { typedFromStored } from '$lib/room/typed';
import type { RoomState } from './store';

export function csvCell(value: string | number | boolean | null | undefined): string {
	let s = value === null || value === undefined ? '' : String(value);
	// Text only: a number such as -5 is a number to a spreadsheet, not a formula.
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return `"${s.replace(/"/g, '""')}"`;
}

const HEAD = [
	'row',
	'question',
	'kind',
	'label',
	'assumption',
	'round',
	'step',
	'participant',
	'name',
	'group',
	'option',
	'picked',
	'unit',
	'best',
	'low',
	'high',
	'answer hidden',
	'name hidden',
	'updated',
	'prompt',
	'value',
	'break-even'
] as const;

type Cell = string | number | boolean | null | undefined;
/** One line, each column in its place and every column present (RFC 4180: the same number of fields). */
const line = (cells: Partial<Record<(typeof HEAD)[number], Cell>>) =>
	HEAD.map((column) => csvCell(cells[column])).join(',');

/** What the CSV takes of the room's model; without it, rows name prompts by id and values as stored. */
export interface CsvModel {
	/** Prompt texts by id, so a group's row reads as its prompt. */
	prompts?: ReadonlyMap<string, string>;
	/** Each assumption's unit by id: its values are written in it, as typed. */
	units?: ReadonlyMap<string, string>;
}

export function resultsCsv(
	state: RoomState,
	{ prompts = new Map(), units = new Map() }: CsvModel = {}
): string {
	// An assumption the model no longer has (a decision gone since): its values are written as the room
	// stores them, and its unit cell says so rather than guess.
	const unitOf = (param: string | null) => (param ? (units.get(param) ?? 'as stored') : undefined);
	const typed = (value: Cell, param: string | null): Cell =>
		typeof value === 'number' && param && units.has(param)
			? typedFromStored(value, units.get(param)!)
			: value;
	const people = new Map(state.participants.map((p) => [p.serial, p]));
	const questions = new Map(state.questions.map((q) => [q.number, q]));
	const lines = [HEAD.map(csvCell).join(',')];
	for (const a of state.answers) {
		const q = questions.get(a.question);
		const p = people.get(a.participant);
		const v = a.value as Partial<Record<'option' | 'param' | 'best' | 'low' | 'high', string | number>>;
		// Only an estimate's numbers are an assumption's values (a pick names one, in `picked`).
		const param = q?.kind === 'estimate' ? q.param : null;
		lines.push(
			line({
				row: 'answer',
				question: a.question,
				kind: q?.kind,
				label: q?.label,
				assumption: q?.param,
				round: q?.round,
				step: q?.step,
				participant: a.participant,
				name: p?.name,
				group: p?.grp,
				option: v.option,
				picked: v.param,
				unit: unitOf(param),
				best: typed(v.best, param),
				low: typed(v.low, param),
				high: typed(v.high, param),
				'answer hidden': a.hidden,
				'name hidden': p?.hidden,
				updated: new Date(a.updated_at).toISOString()
			})
		);
	}
	for (const g of state.groups)
		lines.push(
			line({
				row: 'group',
				group: g.name,
				assumption: g.param,
				prompt: prompts.get(g.prompt) ?? g.prompt,
				unit: unitOf(g.param),
				value: typed(g.value, g.param),
				'break-even': typed(g.break_even, g.param),
				updated: g.updated_at && new Date(g.updated_at).toISOString()
			})
		);
	return lines.join('\r\n') + '\r\n';
}
