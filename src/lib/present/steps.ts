/**
 * The steps of presenter mode, in the order a facilitator walks a room through a decision. Each has its
 * own URL, /decisions/<id>/present/<step>?<scenario> (the route of that name), so a room can open the
 * step on the screen.
 */
export const PRESENT_STEPS = [
	{ id: 'question', title: 'The question' },
	{ id: 'assumptions', title: 'The key assumptions' },
	{ id: 'options', title: 'The options' },
	{ id: 'outcome', title: 'The outcome' },
	{ id: 'flip', title: 'What would flip it' },
	{ id: 'discuss', title: 'Discussion' }
] as const;

export type PresentStepId = (typeof PRESENT_STEPS)[number]['id'];

export function isPresentStep(id: string): id is PresentStepId {
	return PRESENT_STEPS.some((s) => s.id === id);
}
