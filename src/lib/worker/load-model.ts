/**
 * How a worker gets the model it simulates: today's, as the build compiled it for simulation, or a
 * frozen revision when the request names one (an old link's sender's model), compiled here by the
 * compiler that parses formulas, which a worker loads only then, with the list of frozen revisions.
 * Shared by the Monte Carlo worker and the big-run pool's workers.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import { loadSimulation } from '$lib/decisions/built-simulation';

/** The key a worker keeps a model's state under. */
export const modelKey = (modelId: string, revision: number | undefined): string =>
	revision === undefined ? modelId : `${modelId}@r${revision}`;

export async function loadModel(modelId: string, revision: number | undefined): Promise<CompiledModel> {
	const cm =
		revision === undefined
			? await loadSimulation(modelId)
			: await Promise.all([
					import('$lib/decisions/revisions').then((r) => r.loadRevision(modelId, revision)),
					import('$lib/decisions/compiled')
				]).then(([def, { compiled }]) => def && compiled(def));
	if (!cm)
		throw new Error(
			`No decision called '${modelId}'${revision === undefined ? '' : ` at revision ${revision}`}.`
		);
	return cm;
}
