/**
 * The worker's side of built.ts: a built-in decision's model as the build compiled it for simulation
 * alone (virtual:kernels/worker): the simulation's kernel and the parts of the definition it reads. The
 * worker loads neither the model's own module, with its labels, sources and texts, nor any other kernel.
 */
import { loadKernels } from 'virtual:kernels/worker';
import type { CompiledModel } from '$lib/engine/compiled-model';
import { simulationFromPrebuilt } from '$lib/engine/prebuilt';

const cache = new Map<string, Promise<CompiledModel | undefined>>();

/** Today's model of decision `id` for its simulation; undefined for an id no folder has. */
export function loadSimulation(id: string): Promise<CompiledModel | undefined> {
	let p = cache.get(id);
	if (!p) {
		p = loadKernels(id).then((built) => built && simulationFromPrebuilt(built));
		cache.set(id, p);
	}
	return p;
}
