import { compileModel, type CompiledModel } from '$lib/engine/model';
import type { ModelDef } from '$lib/engine/types';
import { cainiaoOwnership } from './cainiao-ownership';
import { openSourceModels } from './open-source-models';
import { lastMile } from './last-mile';
import { cloudSpinoff } from './cloud-spinoff';
import { cloudPriceCut } from './cloud-price-cut';

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
