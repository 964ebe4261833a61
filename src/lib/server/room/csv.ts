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

type Cell = string | number | boolean | null | undefined;
/** One line, each column in its place and every column present (RFC 4180: the same number of fields). */
const line = (cells: Partial<Record<(typeof HEAD)[number], Cell>>) =>
	HEAD.map((column) => csvCell(cells[column])).join(',');

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
				best: v.best,
				low: v.low,
				high: v.high,
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
				value: g.value,
				'break-even': g.break_even,
				updated: g.updated_at && new Date(g.updated_at).toISOString()
			})
		);
	return lines.join('\r\n') + '\r\n';
}
