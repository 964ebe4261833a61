/**
 * A room's results as CSV (RFC 4180): one row per answer (votes, picks, estimates), then one per group of
 * the group work (its scenario: the assumption it moved and its value), the first column saying which
 * (`answer` or `group`); a column that does not apply to a row is empty. Names are what people typed, so every cell is quoted, and
 * text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets
 * a leading apostrophe.
 */
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

/** `prompts`: the decision's prompt texts by id, so a group's row reads as its prompt (else its id). */
export function resultsCsv(state: RoomState, prompts: ReadonlyMap<string, string> = new Map()): string {
	const people = new Map(state.participants.map((p) => [p.serial, p]));
	const questions = new Map(state.questions.map((q) => [q.number, q]));
	const lines = [HEAD.map(csvCell).join(',')];
	for (const a of state.answers) {
		const q = questions.get(a.question);
		const p = people.get(a.participant);
		const v = a.value as Partial<Record<'option' | 'param' | 'best' | 'low' | 'high', string | number>>;
		lines.push(
			[
				'answer',
				a.question,
				q?.kind,
				q?.label,
				q?.param,
				q?.round,
				q?.step,
				a.participant,
				p?.name,
				p?.grp,
				v.option,
				v.param,
				v.best,
				v.low,
				v.high,
				a.hidden,
				p?.hidden,
				new Date(a.updated_at).toISOString()
			]
				.map(csvCell)
				.join(',')
		);
	}
	for (const g of state.groups) {
		const row: (string | number | null)[] = Array(HEAD.length).fill(null);
		const set = (column: (typeof HEAD)[number], value: string | number | null) =>
			(row[HEAD.indexOf(column)] = value);
		set('row', 'group');
		set('group', g.name);
		set('assumption', g.param);
		set('prompt', prompts.get(g.prompt) ?? g.prompt);
		set('value', g.value);
		set('break-even', g.break_even);
		set('updated', g.updated_at && new Date(g.updated_at).toISOString());
		lines.push(row.map(csvCell).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}
