/**
 * Which of a decision's context paragraphs a slide shows. A paragraph marked `after: 'outcome'` says what
 * Alibaba chose or what came of it: on the question slide it would anchor the room's first vote and give
 * away the reveal, so the question slide leaves it out and the closing discussion, which every running
 * order puts after the outcome (the guide tests hold them to it), shows it.
 */
import type { ContextNote, ModelDef } from '$lib/engine/types';
import type { SlideKind } from './steps';

export function slideContext(model: ModelDef, slide: SlideKind): ContextNote[] {
	const all = model.teach?.context ?? [];
	if (slide === 'question') return all.filter((c) => c.after === undefined);
	if (slide === 'discuss') return all.filter((c) => c.after === 'outcome');
	return [];
}
