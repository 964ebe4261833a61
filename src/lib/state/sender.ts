/**
 * What an old link's sender saw: the link read by the frozen revision of the model it was made with (no
 * upgrade to today's model), its verdict from one model run per option, and the Monte Carlo request that
 * gives its chance with the link's own samples and seed. And why the model changed since: the notes of
 * today's history after the link's revision.
 *
 * Pure TypeScript: no Svelte, $app or DOM.
 */
import { Reporter, type Report } from '$lib/engine/report';
import type { CompiledModel } from '$lib/engine/compiled-model';
import type { ModelDef } from '$lib/engine/types';
import type { UncertaintyRequest } from '$lib/worker/protocol';
import { decodeScenario, linkRevision, type Scenario } from './url';

export interface SenderSaw {
	/** The frozen model, compiled and as defined, and its revision (the file's r<N>). */
	cm: CompiledModel;
	def: ModelDef;
	revision: number;
	scenario: Scenario;
	/** The deterministic answer the sender saw: verdict, margin, every option's value. */
	report: Report;
	/** The simulation that gives the sender's chance: the frozen revision, the link's samples and seed. */
	request: UncertaintyRequest;
}

/**
 * The frozen model a link was made with, compiled, when today's model (`def`) was corrected since and a
 * snapshot can say what the link showed; undefined for a link of today's revision. Pages load it with the
 * model. A frozen revision has no kernels built with the app: it is compiled here, by the compiler that
 * parses formulas, which loads only for such a link, as does the list of frozen revisions.
 */
export async function senderFor(def: ModelDef, query: URLSearchParams): Promise<CompiledModel | undefined> {
	const revision = linkRevision(def, query);
	const snapshot =
		revision < (def.revision ?? 1)
			? await import('$lib/decisions/revisions').then((r) => r.senderModel(def, revision))
			: undefined;
	if (!snapshot) return undefined;
	const { compiled } = await import('$lib/decisions/compiled');
	return compiled(snapshot);
}

export function senderSaw(frozen: CompiledModel, query: URLSearchParams | string): SenderSaw {
	const snapshot = frozen.def;
	const { scenario } = decodeScenario(snapshot, query);
	const report = new Reporter(frozen).quick(scenario.values);
	const revision = snapshot.revision ?? 1;
	return {
		cm: frozen,
		def: snapshot,
		revision,
		scenario,
		report,
		request: {
			modelId: snapshot.id,
			revision,
			values: report.values,
			best: report.verdict.best,
			runnerUp: report.verdict.runnerUp,
			settings: { samples: scenario.samples, seed: scenario.seed }
		}
	};
}

/** The request that gives a report's chance with today's model (the page asks the same for its own). */
export const requestFor = (def: ModelDef, report: Report, scenario: Scenario): UncertaintyRequest => ({
	modelId: def.id,
	values: report.values,
	best: report.verdict.best,
	runnerUp: report.verdict.runnerUp,
	settings: { samples: scenario.samples, seed: scenario.seed }
});

/** Why the model changed since `revision`: each note of a later revision once, in the history's order. */
export const changesSince = (def: ModelDef, revision: number): string[] => [
	...new Set((def.history ?? []).filter((c) => c.revision > revision).map((c) => c.note))
];
