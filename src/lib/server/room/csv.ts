/**
 * A room's results as CSV, one row per answer. Names are what people typed, so every cell is quoted, and
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
	'updated'
];

export function resultsCsv(state: RoomState): string {
	const people = new Map(state.participants.map((p) => [p.serial, p]));
	const questions = new Map(state.questions.map((q) => [q.number, q]));
	const lines = [HEAD.map(csvCell).join(',')];
	for (const a of state.answers) {
		const q = questions.get(a.question);
		const p = people.get(a.participant);
		const v = a.value as Partial<Record<'option' | 'param' | 'best' | 'low' | 'high', string | number>>;
		lines.push(
			[
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
	return lines.join('\r\n') + '\r\n';
}
