/**
 * A room guide: what a facilitator needs to run one decision with a room in 45 minutes. The prompts
 * themselves stay in the model (model.teach.prompts); a guide holds what a strong answer to each looks
 * like, keyed by the prompt's id, so that adding, dropping or reordering a prompt can never pair it with
 * another prompt's answer. Figures in a guide's prose are tokens the engine fills in when the page
 * renders (see figures.ts), so no number in a guide can drift from its model.
 */
import type { SeedSource } from '$lib/engine/types';
import type { SlideKind, Vote } from '$lib/present/steps';

/** The length of a session, in minutes: a running order must fill it exactly. */
export const SESSION_MINUTES = 45;

/**
 * One segment of the session, and one step of presenter mode: the screen shows `slide` while the
 * facilitator does `what`.
 */
export interface Segment {
	/**
	 * Stable for good: the presenter step's URL and, in a live room, the key its questions are stored
	 * under. Reordering or retitling a segment keeps its id.
	 */
	id: string;
	minutes: number;
	title: string;
	/** What the facilitator does and asks; may hold figure tokens. */
	what: string;
	/** What the screen shows during the segment. */
	slide: SlideKind;
	/** The room's vote on the options during this segment (hands, or phones in a live room). */
	vote?: Vote;
	/** Ids of the model's prompts (model.teach.prompts) the segment uses. */
	prompts?: string[];
}

export interface StrongAnswer {
	/** Two to four sentences of economics, grounded in the model; figures as tokens. */
	text: string;
	/** Passages of the seed documents the answer leans on, each verbatim. */
	quotes?: SeedSource[];
}

export interface RoomGuide {
	modelId: string;
	/** Three or four things a participant should be able to do afterwards. */
	goals: string[];
	runningOrder: Segment[];
	/** One per prompt of the model, by the prompt's id. */
	answers: Record<string, StrongAnswer>;
}
