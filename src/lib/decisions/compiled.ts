/**
 * A model checked and compiled when the program runs, once per definition: mathjs reads its formulas and
 * its kernels are generated on demand. For the models the build does not know (a frozen revision, which
 * an old link opens: loaded only then) and for the tests and the server; pages run today's models as the
 * build compiled them (built.ts). Apart from the registry, so the landing page needs no engine.
 */
import { compileModel, type CompiledModel } from '$lib/engine/model';
import type { ModelDef } from '$lib/engine/types';

const compiledModels = new WeakMap<ModelDef, CompiledModel>();

/** The model checked and compiled once; a model that fails its checks throws with every problem listed. */
export function compiled(def: ModelDef): CompiledModel {
	let cm = compiledModels.get(def);
	if (!cm) {
		cm = compileModel(def);
		compiledModels.set(def, cm);
	}
	return cm;
}
