/** A decision's model checked and compiled once: apart from the registry, so the landing page needs no engine. */
import { compileModel, type CompiledModel } from '$lib/engine/model';
import type { ModelDef } from '$lib/engine/types';
import { loadModel } from './registry';

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

export async function loadCompiled(id: string): Promise<CompiledModel | undefined> {
	const def = await loadModel(id);
	return def && compiled(def);
}
