/**
 * What the Monte Carlo worker does with each request (montecarlo.worker.ts wires it to its messages): one
 * Simulator per model keeps its plan and draws between requests; after a model's first run, the worker
 * warms it up while nothing is asked (warm-up.ts).
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import { Simulator } from '$lib/engine/simulator';
import { loadModel, modelKey } from './load-model';
import { pack } from './packed-report';
import type { WarmedUp, WorkerMessage, WorkerReply } from './protocol';
import { warmUp } from './warm-up';

export interface HandlerParts {
	/** Sends a reply, transferring the buffers listed. */
	post: (reply: WorkerReply | WarmedUp, transfer: ArrayBuffer[]) => void;
	load?: (modelId: string, revision: number | undefined) => Promise<CompiledModel>;
	/** Runs a warm-up step in a task of its own. */
	later?: (fn: () => void) => void;
	/** The clock runs are timed by, in ms. */
	now?: () => number;
}

export function simulationHandler({
	post,
	load = loadModel,
	later,
	now = () => performance.now()
}: HandlerParts) {
	const simulators = new Map<string, Simulator>();
	/** Models warmed up here after their first run. */
	const warmed = new Set<string>();
	/** Bumped by every request as it arrives, before anything is awaited: a warm-up under way then stops. */
	let latest = 0;

	/** The worker holds only the models it was asked about, each loaded on its first request. */
	async function simulatorFor(key: string, modelId: string, revision: number | undefined) {
		let r = simulators.get(key);
		if (!r) {
			r = new Simulator(await load(modelId, revision));
			simulators.set(key, r);
		}
		return r;
	}

	return async (message: WorkerMessage): Promise<void> => {
		const { seq, modelId, revision, values, best, runnerUp, settings } = message;
		const at = ++latest;
		const key = modelKey(modelId, revision);
		let reply: WorkerReply;
		let transfer: ArrayBuffer[] = [];
		let simulator: Simulator | null = null;
		try {
			simulator = await simulatorFor(key, modelId, revision);
			// A simulation keeps up to 40 MB between runs to save work on the next press (fused-memo.ts):
			// only the model asked about now needs it.
			for (const other of simulators.values()) if (other !== simulator) other.forget();
			const start = now();
			const report = simulator.run(values, { best, runnerUp }, settings);
			const ms = now() - start;
			const packed = pack(report);
			transfer = packed.transfer;
			reply = { seq, ok: true, report: packed.packed, ms };
		} catch (err) {
			reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
		}
		post(reply, transfer);
		if (reply.ok && simulator && !warmed.has(key)) {
			warmed.add(key);
			warmUp(simulator, message, {
				stale: () => at !== latest,
				done: (w) => post(w, []),
				later,
				now,
				firstRunMs: reply.ms
			});
		}
	};
}
