/**
 * A decision page's model. On the server, the whole definition with the kernels built with the app
 * (built.ts): the page is rendered from it, every source's quote and the teaching context in its HTML. In
 * the browser, what the build wrote for a decision page (virtual:kernels/decision): the definition without
 * those long texts (engine/prebuild.ts, pageDef) and the kernels the page runs, the simulation's left to
 * the worker. Hydration leaves the server's texts where they are (ui/server-text), and the page loads the
 * whole definition (texts.ts) only where it renders them itself or writes them to a file.
 */
import { loadKernels } from 'virtual:kernels/decision';
import type { CompiledModel } from '$lib/engine/compiled-model';
import { fromPrebuilt } from '$lib/engine/prebuilt';
import type { ModelDef } from '$lib/engine/types';
import { markWithoutTexts } from './texts';

const cache = new Map<string, Promise<CompiledModel | undefined>>();

/** Today's model of decision `id` for its page; undefined for an id no folder has. */
export const loadDecisionPage = (id: string): Promise<CompiledModel | undefined> =>
	// Imported only on the server: a static import kept built.ts in the browser's page, and with it every
	// decision's landing-page entry (the registry), 4.4 kB gzip the page never reads.
	import.meta.env.SSR ? import('./built').then((m) => m.loadBuilt(id)) : loadWithoutTexts(id);

/** The browser's: what the build wrote for a decision page, its definition marked as without texts. */
export function loadWithoutTexts(id: string): Promise<CompiledModel | undefined> {
	let p = cache.get(id);
	if (!p) {
		p = loadKernels(id).then((built) => {
			if (!built) return undefined;
			if (!built.def) throw new Error(`The kernels built for ${id}'s page hold no definition.`);
			return fromPrebuilt(markWithoutTexts(built.def as ModelDef), built);
		});
		cache.set(id, p);
	}
	return p;
}
