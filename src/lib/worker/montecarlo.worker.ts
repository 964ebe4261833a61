/**
 * Runs the Monte Carlo part of a decision's report off the main thread, so dragging a slider never
 * waits for it. One Simulator per model keeps its plan and draws between requests.
 */
import { Simulator } from '$lib/engine/report';
import { loadSimulation } from '$lib/decisions/built-simulation';
import { loadRevision } from '$lib/decisions/revisions';
import type { WorkerMessage, WorkerReply } from './protocol';

const simulators = new Map<string, Simulator>();

/**
 * The worker holds only the models it was asked about, each loaded on its first request: today's, as
 * the build compiled it for simulation, or a frozen revision when the request names one (an old link's
 * sender's model), compiled here by the compiler that parses formulas, which the worker loads only then.
 */
async function simulatorFor(modelId: string, revision: number | undefined): Promise<Simulator> {
	const key = revision === undefined ? modelId : `${modelId}@r${revision}`;
	let r = simulators.get(key);
	if (!r) {
		const cm =
			revision === undefined
				? await loadSimulation(modelId)
				: await Promise.all([loadRevision(modelId, revision), import('$lib/decisions/compiled')]).then(
						([def, { compiled }]) => def && compiled(def)
					);
		if (!cm)
			throw new Error(
				`No decision called '${modelId}'${revision === undefined ? '' : ` at revision ${revision}`}.`
			);
		r = new Simulator(cm);
		simulators.set(key, r);
	}
	return r;
}

self.onmessage = async (event: MessageEvent<WorkerMessage>) => {
	const { seq, modelId, revision, values, best, runnerUp, settings } = event.data;
	let reply: WorkerReply;
	try {
		const simulator = await simulatorFor(modelId, revision);
		const start = performance.now();
		const report = simulator.run(values, { best, runnerUp }, settings);
		reply = { seq, ok: true, report, ms: performance.now() - start };
	} catch (err) {
		reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
	}
	self.postMessage(reply);
};
