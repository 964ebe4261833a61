import { compileModel, type CompiledModel } from '$lib/engine/model';
import type { ModelDef } from '$lib/engine/types';
import { cainiaoOwnership } from '$lib/decisions/cainiao-ownership/model';
import { openSourceModels } from '$lib/decisions/open-source-models/model';
import { lastMile } from '$lib/decisions/last-mile/model';
import { cloudSpinoff } from '$lib/decisions/cloud-spinoff/model';
import { cloudPriceCut } from '$lib/decisions/cloud-price-cut/model';

/** Every decision the app offers, in the order the landing page lists them. */
export const models: ModelDef[] = [cainiaoOwnership, cloudPriceCut, openSourceModels, cloudSpinoff, lastMile];

export function getModel(id: string): ModelDef | undefined {
	return models.find((m) => m.id === id);
}

const compiled = new Map<string, CompiledModel>();

/** The model checked and compiled once; a model that fails its checks throws with every problem listed. */
export function getCompiled(id: string): CompiledModel | undefined {
	const def = getModel(id);
	if (!def) return undefined;
	let cm = compiled.get(id);
	if (!cm) {
		cm = compileModel(def);
		compiled.set(id, cm);
	}
	return cm;
}
