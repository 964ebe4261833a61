/**
 * A live room's side of built.ts: a built-in decision's model as the build compiled it for a phone in the
 * room (virtual:kernels/room): the verdict's kernels and the definition without its sources and texts.
 * A group's page loads this one module for its room's decision, not the registry with every decision's
 * entry, nor the model's own module, nor the simulation's kernel (which its worker has).
 */
import { loadKernels } from 'virtual:kernels/room';
import type { CompiledModel } from '$lib/engine/compiled-model';
import { roomFromPrebuilt } from '$lib/engine/prebuilt';

const cache = new Map<string, Promise<CompiledModel | undefined>>();

/** Today's model of decision `id` for a room's phone; undefined for an id no folder has. */
export function loadRoomModel(id: string): Promise<CompiledModel | undefined> {
	let p = cache.get(id);
	if (!p) {
		p = loadKernels(id).then((built) => built && roomFromPrebuilt(built));
		cache.set(id, p);
	}
	return p;
}
