/**
 * The session's record: the guide's running order with what this room did at each step (its votes,
 * estimates, picks and groups) in sentences, for the results page and its printed copy. Questions are
 * filed under the step they were asked at (their stable step id); groups under the group-work step.
 * Pure: the figures come from the room's view and brief; a group's verdict from the caller, which runs
 * the model.
 */
import type { RoomBrief } from './brief';
import { optionName, paramName } from './brief-client';
import type { GroupView, QuestionView, RoomView } from './protocol';
import { countBy, moves, previousVote, spreadOf } from './tally';
import { formatValue } from '$lib/ui/format';

export interface RecordStep {
	id: string;
	title: string;
	/** Minutes from the start of the session: where the step begins and ends. */
	start: number;
	end: number;
	/** What the room did at this step, one sentence each; empty when it asked nothing. */
	lines: string[];
}

export interface RecordSegment {
	id: string;
	title: string;
	minutes: number;
	slide: string;
}

const listed = (parts: string[]) =>
	parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

const answers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

function voteLine(q: QuestionView, view: RoomView, brief: RoomBrief): string[] {
	const c = countBy(
		q,
		brief.options.map((o) => o.id)
	);
	const title = q.label === 'again' ? 'The vote again' : 'The first vote';
	const counts = listed(c.counts.map((x) => `${optionName(brief, x.id)} ${x.n}`));
	const lines = [`${title}: ${counts} (${answers(c.total)}).`];
	const prev = q.label === 'again' ? previousVote(view.questions, q) : undefined;
	if (prev) {
		const moved = moves(prev, q).moves.filter((m) => m.from !== m.to);
		lines.push(
			moved.length === 0
				? 'Nobody changed their vote.'
				: `${listed(moved.map((m) => `${m.n} moved from ${optionName(brief, m.from)} to ${optionName(brief, m.to)}`))}.`
		);
	}
	return lines;
}

function estimateLine(q: QuestionView, brief: RoomBrief): string {
	const p = brief.params.find((x) => x.id === q.param);
	const f = (x: number) => (p ? formatValue(x, p.unit, p.step) : String(x));
	const name = paramName(brief, q.param);
	const round = q.round > 1 ? ` (round ${q.round})` : '';
	const s = spreadOf(q);
	const sources = p ? `; the sources say ${f(p.default)}` : '';
	if (!s) return `Estimate of ${name}${round}: no answers${sources}.`;
	return `Estimate of ${name}${round}: middle ${f(s.median)}, middle half ${f(s.q1)} to ${f(s.q3)}, ${answers(s.n)}${sources}.`;
}

function pickLine(q: QuestionView, brief: RoomBrief): string {
	const c = countBy(
		q,
		brief.params.map((x) => x.id)
	);
	const named = c.counts
		.filter((x) => x.n > 0)
		.sort((a, b) => b.n - a.n)
		.map((x) => `${paramName(brief, x.id)} ${x.n}`);
	return `The assumption trusted least: ${named.length ? listed(named) : 'no answers'} (${answers(c.total)}).`;
}

/** A group's line: its assumption, the value it chose against the sources, and the verdict there if known. */
export function groupLine(g: GroupView, brief: RoomBrief, verdict?: string): string {
	const p = brief.params.find((x) => x.id === g.param);
	const f = (x: number) => (p ? formatValue(x, p.unit, p.step) : String(x));
	const name = paramName(brief, g.param);
	const chose = g.value === null ? 'did not move it' : `chose ${f(g.value)}`;
	const sources = p ? ` (the sources: ${f(p.default)})` : '';
	return `${g.name}, on ${name}: ${chose}${sources}${verdict && g.value !== null ? `; there, ${verdict}` : ''}.`;
}

export function roomRecord(
	segments: readonly RecordSegment[],
	view: RoomView,
	brief: RoomBrief,
	groupVerdict: (g: GroupView) => string | undefined = () => undefined
): RecordStep[] {
	let start = 0;
	const steps = segments.map((s) => {
		const step: RecordStep = { id: s.id, title: s.title, start, end: start + s.minutes, lines: [] };
		start = step.end;
		return step;
	});
	const byId = new Map(steps.map((s) => [s.id, s]));
	for (const q of view.questions) {
		const step = byId.get(q.step);
		if (!step) continue;
		if (q.kind === 'vote') step.lines.push(...voteLine(q, view, brief));
		else if (q.kind === 'estimate') step.lines.push(estimateLine(q, brief));
		else step.lines.push(pickLine(q, brief));
	}
	const groupStep = steps[segments.findIndex((s) => s.slide === 'groups')];
	if (groupStep)
		for (const g of view.groups ?? []) groupStep.lines.push(groupLine(g, brief, groupVerdict(g)));
	return steps;
}
