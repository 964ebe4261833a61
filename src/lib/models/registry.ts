import type { ModelDef } from '$lib/engine/types';

/** Every decision the app offers, in the order the landing page lists them. */
export const models: ModelDef[] = [];

export function getModel(id: string): ModelDef | undefined {
	return models.find((m) => m.id === id);
}
