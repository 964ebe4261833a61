/**
 * The decisions, for code that runs outside Vite (the browser tests in Node, the benches under tsx), where
 * import.meta.glob does not exist. The rule is the registry's (src/lib/decisions/registry.ts): every folder
 * of src/lib/decisions that holds a meta.ts is a decision, and nothing lists them by hand.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ModelDef } from '../src/lib/engine/types';
import type { RoomGuide } from '../src/lib/guides/types';
import { byShelf, FIXTURE_PREFIX, type DecisionMeta } from '../src/lib/decisions/types';

const DIR = fileURLToPath(new URL('../src/lib/decisions/', import.meta.url));

export interface Decision {
	meta: DecisionMeta;
	def: ModelDef;
	guide: RoomGuide | undefined;
}

/**
 * Every decision folder's id. The browser tests run on a build that includes the test-only decisions
 * (playwright.config.ts), so they take them too; `fixtures: false` leaves them out, for the benches.
 */
export function decisionIds({ fixtures = true }: { fixtures?: boolean } = {}): string[] {
	return readdirSync(DIR, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'meta.ts')))
		.map((d) => d.name)
		.filter((id) => fixtures || !id.startsWith(FIXTURE_PREFIX))
		.sort();
}

const importFile = async (id: string, file: string): Promise<Record<string, unknown> | undefined> => {
	const path = join(DIR, id, file);
	return existsSync(path) ? ((await import(pathToFileURL(path).href)) as Record<string, unknown>) : undefined;
};

/** The one export of a decision's module that has the wanted shape (its name is free, as in the registry). */
const onlyWith = <T>(module: Record<string, unknown> | undefined, key: string): T | undefined =>
	Object.values(module ?? {}).find((v): v is T => typeof v === 'object' && v !== null && key in v);

export async function loadDecision(id: string): Promise<Decision> {
	const [meta, model, guide] = await Promise.all(
		['meta.ts', 'model.ts', 'guide.ts'].map((f) => importFile(id, f))
	);
	const def = onlyWith<ModelDef>(model, 'params');
	if (!meta || !def) throw new Error(`src/lib/decisions/${id} needs a meta.ts and a model.ts.`);
	return { meta: meta.meta as DecisionMeta, def, guide: onlyWith<RoomGuide>(guide, 'runningOrder') };
}

/** Every decision, loaded, in the landing page's order. */
export async function loadDecisions(options?: { fixtures?: boolean }): Promise<Decision[]> {
	const all = await Promise.all(decisionIds(options).map(loadDecision));
	return all.sort((a, b) => byShelf(a.meta, b.meta));
}
