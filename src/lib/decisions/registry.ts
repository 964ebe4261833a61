/**
 * Every decision the app offers, found by folder: src/lib/decisions/<id>/ holds meta.ts (read eagerly: it
 * is small, and the landing page lists it), model.ts and guide.ts (each loaded only when a page or the
 * worker opens it). Adding a folder is all a new decision takes; nothing lists the decisions by hand.
 *
 * model.ts exports one ModelDef and guide.ts one RoomGuide, under any name. This module imports no engine
 * code (compiled.ts does), so the landing page that lists the decisions stays small.
 */
import type { ModelDef } from '$lib/engine/types';
import type { RoomGuide } from '$lib/guides/types';
import { byShelf, type DecisionMeta } from './types';

type Lazy = Record<string, () => Promise<Record<string, unknown>>>;

// Test-only decisions (fixture-*, see FIXTURE_PREFIX) are globbed apart, behind a flag that is constant at
// build time, so that a normal build drops them, chunks and all. Vite needs each pattern literal.
const metaModules: Record<string, DecisionMeta> = {
	...import.meta.glob<DecisionMeta>(['./*/meta.ts', '!./fixture-*/meta.ts'], { eager: true, import: 'meta' }),
	...(__FIXTURE_DECISIONS__
		? import.meta.glob<DecisionMeta>('./fixture-*/meta.ts', { eager: true, import: 'meta' })
		: {})
};
const modelModules: Lazy = {
	...import.meta.glob<Record<string, unknown>>(['./*/model.ts', '!./fixture-*/model.ts']),
	...(__FIXTURE_DECISIONS__ ? import.meta.glob<Record<string, unknown>>('./fixture-*/model.ts') : {})
};
const guideModules: Lazy = {
	...import.meta.glob<Record<string, unknown>>(['./*/guide.ts', '!./fixture-*/guide.ts']),
	...(__FIXTURE_DECISIONS__ ? import.meta.glob<Record<string, unknown>>('./fixture-*/guide.ts') : {})
};

const folderOf = (path: string) => path.split('/')[1];

/** Every decision, in the landing page's order. */
export const decisions: DecisionMeta[] = Object.entries(metaModules)
	.map(([path, meta]) => {
		if (meta.id !== folderOf(path)) {
			throw new Error(`${path} declares the id '${meta.id}'; a decision's id is its folder's name.`);
		}
		return meta;
	})
	.sort(byShelf);

export const findDecision = (id: string): DecisionMeta | undefined => decisions.find((d) => d.id === id);

const isModelDef = (v: unknown): v is ModelDef =>
	typeof v === 'object' && v !== null && 'params' in v && 'options' in v && 'series' in v;
const isGuide = (v: unknown): v is RoomGuide =>
	typeof v === 'object' && v !== null && 'runningOrder' in v && 'answers' in v;

/** The one export of the wanted kind; a folder that exports none or two is a mistake worth a loud error. */
function only<T>(module: Record<string, unknown>, path: string, is: (v: unknown) => v is T, kind: string): T {
	const found = Object.values(module).filter(is);
	if (found.length !== 1) throw new Error(`${path} must export one ${kind}; it exports ${found.length}.`);
	return found[0];
}

function loader<T>(modules: Lazy, file: string, is: (v: unknown) => v is T, kind: string) {
	const cache = new Map<string, Promise<T>>();
	return (id: string): Promise<T | undefined> => {
		const path = `./${id}/${file}`;
		if (!Object.hasOwn(modules, path)) return Promise.resolve(undefined);
		let p = cache.get(id);
		if (!p) {
			p = modules[path]().then((m) => only(m, path, is, kind));
			cache.set(id, p);
		}
		return p;
	};
}

/** A decision's model, loaded on first use; undefined for an id no folder has. */
export const loadModel = loader(modelModules, 'model.ts', isModelDef, 'ModelDef');

/** A decision's room guide, loaded on first use; undefined when the folder has none. */
export const loadGuide = loader(guideModules, 'guide.ts', isGuide, 'RoomGuide');

/** Every decision's model, in the landing page's order: for the sources pages and the tests. */
export const loadAllModels = (): Promise<ModelDef[]> =>
	Promise.all(decisions.map(async (d) => (await loadModel(d.id))!));

/** Whether the decision's folder has a room guide, known without loading it. */
export const hasGuide = (id: string): boolean => Object.hasOwn(guideModules, `./${id}/guide.ts`);
