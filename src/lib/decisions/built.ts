/**
 * A built-in decision's model as the build compiled it (virtual:kernels, vite-plugin-kernels.ts): its
 * formulas read, its kernels written as functions. What every page and the worker run for today's
 * models, so that none of them carries mathjs's parser or the code generator, or evaluates a string.
 * compiled.ts compiles at run time instead, for the models the build cannot know (frozen revisions of
 * old links) and for the tests.
 */
import { loadKernels } from 'virtual:kernels';
import type { CompiledModel } from '$lib/engine/compiled-model';
import { fromPrebuilt } from '$lib/engine/prebuilt';
import { loadModel } from './registry';

const cache = new Map<string, Promise<CompiledModel | undefined>>();

/** Today's model of decision `id`, compiled with the app; undefined for an id no folder has. */
export function loadBuilt(id: string): Promise<CompiledModel | undefined> {
	let p = cache.get(id);
	if (!p) {
		p = Promise.all([loadModel(id), loadKernels(id)]).then(([def, built]) => {
			if (!def) return undefined;
			if (!built) throw new Error(`The decision '${id}' has no kernels built with the app.`);
			return fromPrebuilt(def, built);
		});
		cache.set(id, p);
	}
	return p;
}
