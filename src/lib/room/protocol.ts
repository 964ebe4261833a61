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

/** Join codes: letters and digits a person cannot confuse when reading them off a projector (no 0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
export const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** What a person typed, as a code: case, spaces and dashes do not matter. A look-alike (O, 0, I, 1, L) is never issued, so it fails as unknown rather than matching another room. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const MAX_BODY_BYTES = 4096;
export const MAX_PERSON_NAME = 40;
export const ROOM_DAYS = 30;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const device = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,63}$/));
const finite = v.pipe(v.number(), v.finite());

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
export const PickValue = v.strictObject({
	param: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/))
});
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
 * over the runner-up (`a` minus `b`) at each x. The console computes it in its browser when it opens an
 * estimate; participants get it only once the question is revealed (it holds the break-even), and read off
 * where their own estimate puts the verdict without running the model on a phone.
 */
export const Curve = v.strictObject({
	a: id,
	b: id,
	unit: v.pipe(v.string(), v.maxLength(16)),
	x: v.pipe(v.array(finite), v.minLength(2), v.maxLength(101)),
	y: v.pipe(v.array(finite), v.minLength(2), v.maxLength(101))
});
export type Curve = v.InferOutput<typeof Curve>;

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

export interface RoomView {
	code: string;
	decision: string;
	revision: number;
	scenario: string;
	step: string;
	ended: boolean;
	expiresAt: string;
	/** Rises with every change; the event id of the stream. */
	version: number;
	participants: number;
	questions: QuestionView[];
}

/** What the participant's stream sends: the room, and this device's own answers by question. */
export interface ParticipantView extends RoomView {
	me: { participant: number; name?: string; group?: string; answers: Record<number, AnswerValue> } | null;
}

/** Errors are `{ error: string }` with a sentence a person can act on, and a 4xx status. */
export interface ApiError {
	error: string;
}
