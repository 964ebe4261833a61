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
import { emitCore, emitPrebuilt, type PrebuiltFor } from '$lib/engine/prebuild';
import type { ModelDef } from '$lib/engine/types';

const models = import.meta.glob<Record<string, unknown>>('./*/model.ts', { eager: true });

const isModelDef = (v: unknown): v is ModelDef =>
	typeof v === 'object' && v !== null && 'params' in v && 'options' in v && 'series' in v;

/** The kinds of module the plugin serves per decision: one per PrebuiltFor, and the formulas they share. */
export type ModuleKind = PrebuiltFor | 'core';

/**
 * Each decision's module sources, by id: a page's, a decision page's in the browser, the worker's and a
 * live room's, each importing the formulas from the decision's `core` module (`core(id)` names it); a
 * model that fails its checks fails the build, loudly.
 */
export function prebuiltSources(
	ids: readonly string[],
	core: (id: string) => string
): Record<ModuleKind, Record<string, string>> {
	const out: Record<ModuleKind, Record<string, string>> = {
		page: {},
		decision: {},
		worker: {},
		room: {},
		core: {}
	};
	for (const id of ids) {
		const defs = Object.values(models[`./${id}/model.ts`] ?? {}).filter(isModelDef);
		if (defs.length !== 1) throw new Error(`src/lib/decisions/${id}/model.ts must export one ModelDef.`);
		const cm = compileModel(defs[0]);
		out.core[id] = emitCore(cm);
		for (const kind of ['page', 'worker', 'decision', 'room'] as const)
			out[kind][id] = emitPrebuilt(cm, kind, core(id));
	}
	return out;
}
