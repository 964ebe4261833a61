/**
 * Runs the Monte Carlo part of a decision's report off the main thread, so dragging a slider never
 * waits for it. One Simulator per model keeps its plan and draws between requests.
 */
import { Simulator } from '$lib/engine/report';
import { loadModel, modelKey } from './load-model';
import { pack } from './packed-report';
import type { WorkerMessage, WorkerReply } from './protocol';
import { warmUp } from './warm-up';

const simulators = new Map<string, Simulator>();
/** Models warmed up here after their first run (warm-up.ts). */
const warmed = new Set<string>();
/** Bumped by every request: a warm-up still running stops when one arrives. */
let latest = 0;

/** The worker holds only the models it was asked about, each loaded on its first request. */
async function simulatorFor(modelId: string, revision: number | undefined): Promise<Simulator> {
	const key = modelKey(modelId, revision);
	let r = simulators.get(key);
	if (!r) {
		r = new Simulator(await loadModel(modelId, revision));
		simulators.set(key, r);
	}
	return r;
}

self.onmessage = async (event: MessageEvent<WorkerMessage>) => {
	const { seq, modelId, revision, values, best, runnerUp, settings } = event.data;
	latest++;
	let reply: WorkerReply;
	let transfer: ArrayBuffer[] = [];
	try {
		const simulator = await simulatorFor(modelId, revision);
		// A simulation keeps up to 16 MB between runs to save work on the next press (fused-memo.ts):
		// only the model asked about now needs it.
		for (const other of simulators.values()) if (other !== simulator) other.forget();
		const start = performance.now();
		const report = simulator.run(values, { best, runnerUp }, settings);
		const ms = performance.now() - start;
		const packed = pack(report);
		transfer = packed.transfer;
		reply = { seq, ok: true, report: packed.packed, ms };
	} catch (err) {
		reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
	}
	self.postMessage(reply, { transfer });
	const key = modelKey(modelId, revision);
	if (reply.ok && !warmed.has(key)) {
		warmed.add(key);
		const at = latest;
		warmUp(
			simulators.get(key)!,
			event.data,
			() => at !== latest,
			(w) => self.postMessage(w)
		);
	}
};
