/**
 * The modules the build writes for the built-in decisions (engine/prebuild.ts), one per decision: run
 * by the Vite plugin that serves `virtual:kernels` (vite-plugin-kernels.ts), in Node, when the app is
 * built or served in development. Not part of any page.
 *
 * The models are globbed eagerly, unlike the registry's: the plugin's module runner is closed once this
 * module has loaded, so nothing may be imported later. Every folder is globbed, fixtures included; the
 * plugin asks only for the decisions the build includes.
 */
import { compileModel } from '$lib/engine/model';
import { emitPrebuilt, type PrebuiltFor } from '$lib/engine/prebuild';
import type { ModelDef } from '$lib/engine/types';

const models = import.meta.glob<Record<string, unknown>>('./*/model.ts', { eager: true });

const isModelDef = (v: unknown): v is ModelDef =>
	typeof v === 'object' && v !== null && 'params' in v && 'options' in v && 'series' in v;

/**
 * Each decision's module sources, by id: a page's, a decision page's in the browser, the worker's and a
 * live room's; a model that fails its checks fails the build, loudly.
 */
export function prebuiltSources(ids: readonly string[]): Record<PrebuiltFor, Record<string, string>> {
	const out: Record<PrebuiltFor, Record<string, string>> = { page: {}, decision: {}, worker: {}, room: {} };
	for (const id of ids) {
		const defs = Object.values(models[`./${id}/model.ts`] ?? {}).filter(isModelDef);
		if (defs.length !== 1) throw new Error(`src/lib/decisions/${id}/model.ts must export one ModelDef.`);
		const cm = compileModel(defs[0]);
		out.page[id] = emitPrebuilt(cm, 'page');
		out.worker[id] = emitPrebuilt(cm, 'worker');
		out.decision[id] = emitPrebuilt(cm, 'decision');
		out.room[id] = emitPrebuilt(cm, 'room');
	}
	return out;
}
