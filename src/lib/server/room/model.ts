/**
 * What a room needs of its decision: the model it runs (for checking answers against its options and
 * parameters) and the presenter's steps (for checking the step the facilitator moves to). A room keeps the
 * revision it opened at, so a model corrected since still checks that room's answers as it was.
 */
import { findDecision, loadGuide, loadModel } from '$lib/decisions/registry';
import { loadRevision } from '$lib/decisions/revisions';
import type { ModelDef } from '$lib/engine/types';
import { presentSteps } from '$lib/present/steps';

export interface RoomModel {
	def: ModelDef;
	revision: number;
	steps: string[];
}

/** Today's model of a decision, or undefined when there is no such decision. */
export async function currentModel(decision: string): Promise<RoomModel | undefined> {
	if (!findDecision(decision)) return undefined;
	const def = await loadModel(decision);
	if (!def) return undefined;
	const steps = presentSteps(await loadGuide(decision)).map((s) => s.id);
	return { def, revision: def.revision ?? 1, steps };
}

/** The model a room runs: its decision at the revision it opened with (today's when none was frozen). */
export async function roomModel(decision: string, revision: number): Promise<RoomModel | undefined> {
	const now = await currentModel(decision);
	if (!now || now.revision === revision) return now;
	const frozen = await loadRevision(decision, revision);
	return frozen ? { ...now, def: frozen, revision } : now;
}
