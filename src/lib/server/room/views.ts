/**
 * What each role sees of a room, built from one snapshot of it (store.ts `state`):
 * - the facilitator's console: everything, names and hidden answers included, counts live;
 * - a display (the projector): counts live, and the answers of revealed questions only, hidden answers
 *   left out (but counted) and hidden names dropped;
 * - a participant: no count, answer or curve of a question before it is revealed; then as the display.
 *   Their own answers come separately (`me`), so the rest is built once for every phone in the room. No
 *   group, so no break-even, reaches a participant's view;
 * - a group's page (`groupPageView`): the room's public state and its own group, with its break-even only
 *   once the facilitator shows the answer key.
 */
import type {
	AnswerValue,
	GroupPageView,
	GroupView,
	ParticipantView,
	QuestionView,
	RoomView
} from '$lib/room/protocol';
import type { AnswerRow, GroupRow, ParticipantRow, QuestionRow, RoomState } from './store';

type Role = 'host' | 'display' | 'participant';
type Shown = NonNullable<QuestionView['answers']>[number];

function shownAnswer(a: AnswerRow, who: ParticipantRow | undefined, role: Role): Shown {
	const named = role === 'host' || !who?.hidden;
	return {
		participant: a.participant,
		...(named && who?.name ? { name: who.name } : {}),
		...(named && who?.grp ? { group: who.grp } : {}),
		value: a.value,
		...(role === 'host' && a.hidden ? { hidden: true } : {}),
		...(role === 'host' && who?.hidden ? { nameHidden: true } : {})
	};
}

function question(
	q: QuestionRow,
	answers: AnswerRow[],
	people: Map<number, ParticipantRow>,
	role: Role
): QuestionView {
	const view: QuestionView = {
		id: q.number,
		kind: q.kind,
		...(q.param ? { param: q.param } : {}),
		...(q.label ? { label: q.label } : {}),
		round: q.round,
		...(q.again ? { again: q.again } : {}),
		state: q.state,
		revealed: q.revealed,
		step: q.step
	};
	const open = role !== 'participant' || q.revealed;
	if (!open) return view;
	if (q.curve) view.curve = q.curve;
	view.count = answers.length;
	view.hiddenCount = answers.filter((a) => a.hidden).length;
	if (role === 'host' || q.revealed)
		view.answers = answers
			.filter((a) => role === 'host' || !a.hidden)
			.map((a) => shownAnswer(a, people.get(a.participant), role));
	return view;
}

const iso = (t: string | null) => (t === null ? null : new Date(t).toISOString());

function group(g: GroupRow, breakEven: boolean, token: boolean): GroupView {
	return {
		id: g.number,
		name: g.name,
		prompt: g.prompt,
		param: g.param,
		value: g.value,
		updatedAt: iso(g.updated_at),
		...(breakEven ? { breakEven: g.break_even } : {}),
		...(token ? { token: g.token } : {})
	};
}

/** `now`: the server's clock as the view is sent (live.ts sets it per send, so a cached view is never stale). */
export function roomView(state: RoomState, role: Role, now = new Date()): RoomView {
	const { room } = state;
	const people = new Map(state.participants.map((p) => [p.serial, p]));
	const byQuestion = new Map<number, AnswerRow[]>();
	for (const a of state.answers) {
		const list = byQuestion.get(a.question) ?? [];
		list.push(a);
		byQuestion.set(a.question, list);
	}
	return {
		code: room.code,
		decision: room.decision,
		revision: room.revision,
		scenario: room.scenario,
		step: room.step,
		stepAt: new Date(room.step_at).toISOString(),
		now: now.toISOString(),
		keyShown: room.key_shown,
		groups: role === 'participant' ? [] : state.groups.map((g) => group(g, true, role === 'host')),
		ended: room.ended_at !== null,
		expiresAt: new Date(room.expires_at).toISOString(),
		...(role === 'host' ? { display: { pending: room.pair_pending, paired: room.display_paired } } : {}),
		version: Number(room.version),
		participants: state.participants.length,
		questions: state.questions.map((q) => question(q, byQuestion.get(q.number) ?? [], people, role))
	};
}

/**
 * Each participant's own part of their view (who they are, their answers by question), by device: built in
 * one pass over the room, since every phone in it needs its own at each update.
 */
export function meByDevice(state: RoomState): Map<string, ParticipantView['me']> {
	const bySerial = new Map<number, NonNullable<ParticipantView['me']>>();
	const byDevice = new Map<string, ParticipantView['me']>();
	for (const p of state.participants) {
		const mine = {
			participant: p.serial,
			...(p.name ? { name: p.name } : {}),
			...(p.grp ? { group: p.grp } : {}),
			answers: {} as Record<number, AnswerValue>
		};
		bySerial.set(p.serial, mine);
		byDevice.set(p.device, mine);
	}
	for (const a of state.answers) {
		const mine = bySerial.get(a.participant);
		if (mine) mine.answers[a.question] = a.value;
	}
	return byDevice;
}

/** One participant's own part of their view; null for a device that has not joined. */
export const me = (state: RoomState, device: string): ParticipantView['me'] =>
	meByDevice(state).get(device) ?? null;

/** What a group's page sees: the room's public state and its own group, its break-even once the key is shown. */
export function groupPageView(state: RoomState, g: GroupRow, now = new Date()): GroupPageView {
	const { room } = state;
	return {
		code: room.code,
		decision: room.decision,
		revision: room.revision,
		scenario: room.scenario,
		room: state.groupRoom ?? null,
		step: room.step,
		stepAt: new Date(room.step_at).toISOString(),
		now: now.toISOString(),
		ended: room.ended_at !== null,
		version: Number(room.version),
		keyShown: room.key_shown,
		group: group(g, room.key_shown, false)
	};
}
