/**
 * For tests only: every decision's model and guide loaded up front from the registry, so that a test can
 * iterate them, or look one up, synchronously. The app itself loads each one only when it is opened.
 */
import type { CompiledModel } from '$lib/engine/model';
import type { ModelDef } from '$lib/engine/types';
import type { RoomGuide } from '$lib/guides/types';
import { compiled } from './compiled';
import { decisions, loadAllModels, loadGuide } from './registry';
import { FIXTURE_PREFIX } from './types';

export const models: ModelDef[] = await loadAllModels();

export const guides: RoomGuide[] = (await Promise.all(decisions.map((d) => loadGuide(d.id)))).filter(
	(g): g is RoomGuide => g !== undefined
);

export const getModel = (id: string): ModelDef | undefined => models.find((m) => m.id === id);

export const getCompiled = (id: string): CompiledModel | undefined => {
	const def = getModel(id);
	return def && compiled(def);
};

export const getGuide = (id: string): RoomGuide | undefined => guides.find((g) => g.modelId === id);

/**
 * The test-only decision's id, found by its prefix rather than written out, so that tests outside its folder
 * (the room's, which want a small model) use it without naming it (one-folder.test.ts).
 */
export const FIXTURE_ID: string = decisions.find((d) => d.id.startsWith(FIXTURE_PREFIX))!.id;
