/**
 * The simulation where no worker starts, on the page's thread. Today's model of a built-in decision runs
 * as the worker runs it, on the worker's own module (built-simulation.ts), loaded only then: a page's
 * model may have no simulation kernel (decisions/built-page.ts), and closures sum in an order of their
 * own, which differs from the kernel's in the last digits. Anything else (a frozen revision, compiled here
 * as the worker compiles it) runs on the page's own model.
 */
import type { Reporter } from '$lib/engine/report';
import { Simulator, type UncertaintyReport } from '$lib/engine/simulator';
import type { UncertaintyRequest } from './protocol';

/**
 * Today's model of built-in decision `id` on this thread, as the worker simulates it; null where the
 * build has no simulation kernel for it. Loaded once per decision.
 */
export const workerSimulator = (id: string): Promise<Simulator | null> =>
	import('$lib/decisions/built-simulation').then(async ({ loadSimulation }) => {
		const cm = await loadSimulation(id);
		return cm ? new Simulator(cm) : null;
	});

export function simulateHere(reporter: Reporter): (q: UncertaintyRequest) => Promise<UncertaintyReport> {
	const id = reporter.cm.def.id;
	let simulator: Promise<Simulator | null> | null = null;
	return async (q) => {
		if (q.revision === undefined && q.modelId === id) {
			simulator ??= workerSimulator(id);
			const s = await simulator;
			if (s) return s.run(q.values, q, q.settings);
		}
		return reporter.uncertainty(q.values, q, q.settings);
	};
}
