/**
 * Presenter mode's steps. A decision with a room guide is presented in the guide's running order, one
 * step per segment, so the screen and the facilitator's plan can never disagree about what comes next.
 * Each step's id is the segment's authored id, never its position or title: the id is the step's URL,
 * /decisions/<id>/present/<step>?<scenario>, and the live room will key its questions and answers by it,
 * so reordering or retitling a segment must not change what an old link or a stored answer points to.
 */
import type { RoomGuide } from '$lib/guides/types';

/** What a step puts on the screen. */
export const SLIDES = ['question', 'options', 'assumptions', 'outcome', 'groups', 'flip', 'discuss'] as const;
export type SlideKind = (typeof SLIDES)[number];

export const isSlideKind = (s: string): s is SlideKind => (SLIDES as readonly string[]).includes(s);

/** The room's vote on the options (hands, or phones in a live room): its first vote, or the same vote again at the end. */
export type Vote = 'first' | 'again';

export interface PresentStep {
	/** Stable: the step's URL segment. Lower-case words joined by hyphens. */
	id: string;
	title: string;
	slide: SlideKind;
	vote?: Vote;
	/** The prompts the step hands out (the group-work step), by the model's prompt ids. */
	prompts?: string[];
	minutes?: number;
}

export const STEP_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Without a guide, a decision is presented in this order. Its ids are the ones presenter mode had
 * before steps came from the guides, and the guides keep them for the same slides, so links made then
 * still open the same slide.
 */
export const DEFAULT_STEPS: readonly PresentStep[] = [
	{ id: 'question', title: 'The question', slide: 'question' },
	{ id: 'options', title: 'The options', slide: 'options' },
	{ id: 'assumptions', title: 'The key assumptions', slide: 'assumptions' },
	{ id: 'outcome', title: 'The outcome', slide: 'outcome' },
	{ id: 'flip', title: 'What would flip it', slide: 'flip' },
	{ id: 'discuss', title: 'Discussion', slide: 'discuss' }
];

/** The steps a decision is presented in: its guide's running order, or the default order. */
export function presentSteps(guide: RoomGuide | undefined): PresentStep[] {
	if (!guide) return [...DEFAULT_STEPS];
	return guide.runningOrder.map(({ id, title, slide, vote, prompts, minutes }) => ({
		id,
		title,
		slide,
		...(vote ? { vote } : {}),
		...(prompts ? { prompts } : {}),
		minutes
	}));
}
