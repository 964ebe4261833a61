/**
 * Runs the Monte Carlo part of a decision's report off the main thread, so dragging a slider never
 * waits for it. One Reporter per model keeps its plans and draws between requests.
 */
import { Reporter } from '$lib/engine/report';
import { loadCompiled } from '$lib/decisions/compiled';
import type { WorkerMessage, WorkerReply } from './protocol';

const reporters = new Map<string, Reporter>();

/** The worker holds only the models it was asked about, each loaded on its first request. */
async function reporterFor(modelId: string): Promise<Reporter> {
	let r = reporters.get(modelId);
	if (!r) {
		const cm = await loadCompiled(modelId);
		if (!cm) throw new Error(`No decision called '${modelId}'.`);
		r = new Reporter(cm);
		reporters.set(modelId, r);
	}
	return r;
}

self.onmessage = async (event: MessageEvent<WorkerMessage>) => {
	const { seq, modelId, values, best, runnerUp, settings } = event.data;
	let reply: WorkerReply;
	try {
		const reporter = await reporterFor(modelId);
		const start = performance.now();
		const report = reporter.uncertainty(values, { best, runnerUp }, settings);
		reply = { seq, ok: true, report, ms: performance.now() - start };
	} catch (err) {
		reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
	}
	self.postMessage(reply);
};
