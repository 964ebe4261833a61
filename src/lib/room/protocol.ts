/**
 * The live room's protocol: what the browser sends (validated by these schemas on the server) and what
 * the server streams back to each role. Shared by the server routes and the room pages, so the two cannot
 * drift apart. Pure data and schemas: no server or UI imports.
 *
 * Roles rest on capabilities, not accounts:
 * - a participant holds a per-device id (random, kept in the phone's storage) and the room's code;
 * - the facilitator holds the room's secret, returned once when the room opens and sent as
 *   `Authorization: Bearer <secret>`; it is never in a link;
 * - a display (the projector) holds a display token, got by pairing with a short code the console shows;
 *   it may watch, never act.
 */
import * as v from 'valibot';
import type { Scenario } from '$lib/state/url';

/** Join codes: letters and digits a person cannot confuse when reading them off a projector (no 0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
export const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** What a person typed, as a code: case, spaces and dashes do not matter. A look-alike (O, 0, I, 1, L) is never issued, so it fails as unknown rather than matching another room. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const MAX_BODY_BYTES = 4096;
export const MAX_PERSON_NAME = 40;
export const ROOM_DAYS = 30;
/** At most this many groups in a room's group work (a room of 60 in fives). */
export const MAX_GROUPS = 12;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const device = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,63}$/));
const finite = v.pipe(v.number(), v.finite());
/** A model parameter's name. */
const paramId = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/));
/** A model's prompt id (model.teach.prompts), which models write in lower or camel case. */
const promptId = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/** POST /api/rooms: open a room for a decision at a scenario (its link's query string). */
export const OpenRoom = v.strictObject({
	decision: id,
	/** The scenario's query string, as the decision page's link carries it. */
	scenario: v.pipe(v.string(), v.maxLength(4000)),
	days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(ROOM_DAYS)))
});
export type OpenRoom = v.InferOutput<typeof OpenRoom>;
export interface Opened {
	code: string;
	/** The facilitator's capability. Shown once; the console keeps it in this browser. */
	secret: string;
	expiresAt: string;
}

/** POST /api/rooms/<code>/join */
export const Join = v.strictObject({
	device,
	name: v.optional(text(MAX_PERSON_NAME)),
	group: v.optional(text(MAX_PERSON_NAME))
});
export type Join = v.InferOutput<typeof Join>;

export const QUESTION_KINDS = ['vote', 'estimate', 'pick'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a participant answers; which of these fits is decided by the question's kind. */
export const VoteValue = v.strictObject({ option: id });
export const PickValue = v.strictObject({ param: paramId });
/** A best guess and, optionally, both ends of a 90 % interval (low ≤ best ≤ high), in the parameter's stored unit. */
export const EstimateValue = v.pipe(
	v.strictObject({ best: finite, low: v.optional(finite), high: v.optional(finite) }),
	v.check(
		(e) => (e.low === undefined) === (e.high === undefined),
		'Give both ends of the range, or neither.'
	),
	v.check(
		(e) => e.low === undefined || (e.low <= e.best && e.best <= (e.high as number)),
		'The low value must not be above the best guess, nor the high value below it.'
	)
);
export type AnswerValue =
	v.InferOutput<typeof VoteValue> | v.InferOutput<typeof PickValue> | v.InferOutput<typeof EstimateValue>;

/** POST /api/rooms/<code>/answer: one answer per participant per question; a second replaces the first. */
export const Answer = v.strictObject({
	device,
	question: v.pipe(v.number(), v.integer(), v.minValue(1)),
	value: v.unknown()
});

/**
 * How the verdict moves with one parameter, the others at the scenario's values: the leading option's margin
 * over the runner-up (`a` minus `b`) at each x, and over every other option (`more`), so that a phone finds
 * the leader at any value, whichever of three or four options it is. The console computes it in its browser when it opens an
 * estimate; participants get it only once the question is revealed (it holds the break-even), and read off
 * where their own estimate puts the verdict without running the model on a phone.
 */
const curvePoints = v.pipe(v.array(finite), v.minLength(2), v.maxLength(101));
export const Curve = v.strictObject({
	a: id,
	b: id,
	unit: v.pipe(v.string(), v.maxLength(16)),
	x: curvePoints,
	y: curvePoints,
	/**
	 * A's margin over each option besides b, where a model has three options or more: up to five options,
	 * which at 65 points still fit a request (MAX_BODY_BYTES; curve-build.test.ts checks every decision).
	 */
	more: v.optional(v.pipe(v.array(v.strictObject({ id, y: curvePoints })), v.maxLength(3))),
	/** The estimated parameter's value in the room's scenario, where a leads. */
	at: v.optional(finite)
});
export type Curve = v.InferOutput<typeof Curve>;

/** One group of the room's group work, as the console makes it. */
export const GroupSpec = v.strictObject({
	name: v.pipe(text(MAX_PERSON_NAME), v.minLength(1)),
	/** The model's prompt id (model.teach.prompts) the group answers. */
	prompt: promptId,
	/** The one assumption the group's page unlocks. */
	param: paramId,
	/** Where the verdict flips as `param` moves, the rest at the room's scenario; null when it never does in range. */
	breakEven: v.nullable(finite)
});
export type GroupSpec = v.InferOutput<typeof GroupSpec>;

/**
 * POST /api/rooms/<code>/groups/<token>: a group's scenario, which is the room's scenario with the group's
 * one assumption at `value` (in the parameter's stored unit, inside its range). The last write wins: every
 * phone holding the group's link moves the same slider.
 */
export const GroupValue = v.strictObject({ value: finite });
export type GroupValue = v.InferOutput<typeof GroupValue>;

/**
 * POST /api/rooms/<code>/host, with the facilitator's secret. `seq` rises with every action the console
 * sends; the server refuses a seq it has seen, so a replayed request changes nothing.
 */
export const HostAction = v.intersect([
	v.object({ seq: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
	v.variant('action', [
		v.object({ action: v.literal('step'), step: id }),
		v.object({
			action: v.literal('open'),
			kind: v.picklist(QUESTION_KINDS),
			/** The estimated parameter (estimate questions). */
			param: v.optional(v.string()),
			/** Which vote: the room's first, or the same vote again at the end. */
			label: v.optional(v.picklist(['first', 'again'])),
			/** Ask an estimate question again (Delphi): the question it repeats. */
			again: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
			/** Estimates: the model's deterministic answer across the parameter's range, at the scenario's other values. */
			curve: v.optional(Curve)
		}),
		v.object({ action: v.literal('close'), question: v.pipe(v.number(), v.integer()) }),
		v.object({ action: v.literal('reveal'), question: v.pipe(v.number(), v.integer()) }),
		v.object({
			action: v.literal('hide'),
			/** Hide one answer, or a participant's name; `hidden: false` shows it again. */
			question: v.optional(v.pipe(v.number(), v.integer())),
			participant: v.pipe(v.number(), v.integer()),
			hidden: v.boolean()
		}),
		/**
		 * Make the room's groups for its group work, replacing any made before (their links stop working).
		 * The console sends each group's prompt, the one assumption it may move and that assumption's
		 * break-even at the room's scenario (computed in the console's browser, like an estimate's curve).
		 */
		v.object({
			action: v.literal('groups'),
			groups: v.pipe(v.array(GroupSpec), v.minLength(1), v.maxLength(MAX_GROUPS))
		}),
		/**
		 * Show (or hide again) the answer key to participants' and groups' pages: the break-evens. Until the
		 * facilitator shows it, the server sends no break-even to any page a participant holds.
		 */
		v.object({ action: v.literal('key'), shown: v.boolean() }),
		v.object({ action: v.literal('pair') }),
		v.object({ action: v.literal('end') }),
		v.object({ action: v.literal('reopen') }),
		v.object({ action: v.literal('delete') })
	])
]);
export type HostAction = v.InferOutput<typeof HostAction>;

/** POST /api/rooms/<code>/display: a projector trades the console's short pairing code for a display token. */
export const Pair = v.strictObject({ pair: v.pipe(v.string(), v.regex(/^[0-9]{6}$/)) });

export interface QuestionView {
	id: number;
	kind: QuestionKind;
	param?: string;
	label?: 'first' | 'again';
	/** 1 for a first asking; 2 and on for an estimate asked again. */
	round: number;
	/** The question this one repeats. */
	again?: number;
	state: 'open' | 'closed';
	revealed: boolean;
	step: string;
	/** Estimates: see Curve. Sent to participants only once revealed. */
	curve?: Curve;
	/** Answers in, hidden ones included (the console and display see it live; participants never do). */
	count?: number;
	hiddenCount?: number;
	/** Only once revealed (for the display and participants) or always (the console): the answers shown. */
	answers?: {
		participant: number;
		name?: string;
		group?: string;
		value: AnswerValue;
		/** The console only: this answer is hidden from the display and the room. */
		hidden?: boolean;
		/** The console only: this participant's name is hidden from the display and the room. */
		nameHidden?: boolean;
	}[];
}

/** A group as the console, the display and the group's own page see it. */
export interface GroupView {
	/** 1, 2, … in the order the console made them. */
	id: number;
	name: string;
	prompt: string;
	param: string;
	/** The group's value of `param`; null until the group first moves it. */
	value: number | null;
	updatedAt: string | null;
	/**
	 * The console and the display always; a group's page only once the facilitator shows the key
	 * (`keyShown`); otherwise absent.
	 */
	breakEven?: number | null;
	/** The console only: the capability in the group's link, /r/<code>/g/<token>. */
	token?: string;
}

export interface RoomView {
	code: string;
	decision: string;
	revision: number;
	scenario: string;
	step: string;
	/** When the current step began (ISO), for the console's countdown of the segment. */
	stepAt: string;
	/** The server's clock when this view was built (ISO): a page's offset to it keeps countdowns in step. */
	now: string;
	/** The facilitator has shown the answer key (break-evens) to the room. */
	keyShown: boolean;
	/** The console and the display: every group; a participant: none (empty). */
	groups: GroupView[];
	ended: boolean;
	expiresAt: string;
	/**
	 * The console only: a pairing code is shown and still good (`pending`), and a display holds the room's
	 * display token (`paired`), so that the console can say when the projector has paired.
	 */
	display?: { pending: boolean; paired: boolean };
	/** Rises with every change; the event id of the stream. */
	version: number;
	participants: number;
	questions: QuestionView[];
}

/** What the participant's stream sends: the room, and this device's own answers by question. */
export interface ParticipantView extends RoomView {
	me: { participant: number; name?: string; group?: string; answers: Record<number, AnswerValue> } | null;
}

/**
 * What a group's page receives (GET /api/rooms/<code>/groups/<token>, and the events stream with
 * `Authorization: Bearer <token>`): the room's public state and its own group, never another group's.
 */
export interface GroupPageView extends Pick<
	RoomView,
	// stepAt and now: the group's phone counts the group work down, on the server's clock, as the console does.
	'code' | 'decision' | 'revision' | 'scenario' | 'step' | 'stepAt' | 'now' | 'ended' | 'version' | 'keyShown'
> {
	/**
	 * The room's scenario, read from its link by the server with today's model as the console and the
	 * projector read it, so that a phone needs no decoder; null where the server could not read it. The link
	 * (`scenario`) is still sent, for a phone that loaded the app before the server did this.
	 */
	room: Scenario | null;
	group: GroupView;
}

/** Errors are `{ error: string }` with a sentence a person can act on, and a 4xx status. */
export interface ApiError {
	error: string;
}
