/**
 * `virtual:kernels`: the built-in decisions' compiled models, made when the app is built (and when it is
 * served in development), so that no page parses a formula or generates code (src/lib/engine/prebuild.ts
 * writes each module, src/lib/engine/prebuilt.ts reads it). `loadKernels(id)` loads one decision's module
 * on first use, in a chunk of its own, as the registry loads its model; `virtual:kernels/worker` does the
 * same for the worker, whose modules hold only the simulation's kernel and a slim definition, and
 * `virtual:kernels/room` for a live room's phone page (the verdict's kernels, the definition without its
 * sources and texts), and `virtual:kernels/decision` for a decision page in the browser (the deterministic
 * and the sweeps' kernels, the definition without its long texts: engine/prebuild.ts, pageDef). Each of
 * those imports the decision's formulas from `virtual:kernels/core/<id>`, so that a decision page and its
 * worker, which load two kinds, fetch them once.
 *
 * The decisions are found by folder, by the registry's rule (a folder of src/lib/decisions with a
 * meta.ts), and their models are compiled by the project's own engine, run through Vite's module runner.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const VIRTUAL = 'virtual:kernels';
const RESOLVED = `\0${VIRTUAL}`;
/** The index module each kind of bundle imports, and the folder of its decisions' modules. */
const INDEX = {
	[VIRTUAL]: 'page',
	[`${VIRTUAL}/decision`]: 'decision',
	[`${VIRTUAL}/worker`]: 'worker',
	[`${VIRTUAL}/room`]: 'room'
} as const;
/** A kind of module per decision: one per index, and `core`, the formulas the others import. */
type Kind = (typeof INDEX)[keyof typeof INDEX] | 'core';
const FIXTURE_PREFIX = 'fixture-';

type Sources = { byId: Record<Kind, Record<string, string>>; files: Set<string> };
/**
 * The compiled modules, by whether fixtures are in: shared by the plugin's instances (the app's bundles
 * and each worker bundle get their own), so one build compiles the models once.
 */
const compiledSources = new Map<boolean, Promise<Sources>>();

export function kernels({ fixtures }: { fixtures: boolean }): Plugin {
	const root = process.cwd();
	const dir = resolve(root, 'src/lib/decisions');

	const ids = () =>
		readdirSync(dir, { withFileTypes: true })
			.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'meta.ts')))
			.map((d) => d.name)
			.filter((id) => fixtures || !id.startsWith(FIXTURE_PREFIX))
			.sort();

	const load = () => {
		let sources = compiledSources.get(fixtures);
		if (!sources) {
			sources = (async () => {
				const { module, dependencies } = await runnerImport<typeof import('./src/lib/decisions/prebuild')>(
					resolve(dir, 'prebuild.ts'),
					{
						configFile: false,
						root,
						logLevel: 'warn',
						// The aliases of svelte.config.js.
						resolve: {
							alias: [
								{ find: /^\$lib/, replacement: resolve(root, 'src/lib') },
								{ find: /^\$seeds/, replacement: resolve(root, 'seeds') }
							]
						},
						define: { __FIXTURE_DECISIONS__: JSON.stringify(fixtures) }
					}
				);
				const byId = module.prebuiltSources(ids(), (d) => `${VIRTUAL}/core/${d}`);
				return { byId, files: new Set(dependencies.map((f) => resolve(root, f))) };
			})();
			compiledSources.set(fixtures, sources);
		}
		return sources;
	};

	return {
		name: 'scenario-lab:kernels',
		resolveId(id) {
			if (id === VIRTUAL || id.startsWith(`${VIRTUAL}/`)) return `\0${id}`;
		},
		async load(id) {
			const kind = Object.hasOwn(INDEX, id.slice(1)) ? INDEX[id.slice(1) as keyof typeof INDEX] : undefined;
			if (kind && id.startsWith('\0')) {
				const entries = ids().map(
					(d) => `${JSON.stringify(d)}: () => import(${JSON.stringify(`${VIRTUAL}/${kind}/${d}`)})`
				);
				return [
					`const modules = {\n${entries.join(',\n')}\n};`,
					'export const loadKernels = (id) =>',
					'\tObject.hasOwn(modules, id) ? modules[id]().then((m) => m.default) : Promise.resolve(undefined);',
					''
				].join('\n');
			}
			const m = new RegExp(`^${RESOLVED}/(page|decision|worker|room|core)/([^/]+)$`).exec(id);
			if (m) {
				const { byId, files } = await load();
				for (const f of files) this.addWatchFile(f);
				const source = byId[m[1] as Kind][m[2]];
				if (source === undefined) this.error(`No decision called '${m[2]}'.`);
				return source;
			}
		},
		// In development: a change to anything a model was compiled from compiles the models again.
		async hotUpdate({ file }) {
			const sources = compiledSources.get(fixtures);
			if (!sources || !(await sources).files.has(file)) return;
			compiledSources.delete(fixtures);
			const graph = this.environment.moduleGraph;
			const stale = [...graph.idToModuleMap.values()].filter((m) => m.id?.startsWith(`${RESOLVED}/`));
			for (const m of stale) graph.invalidateModule(m);
		}
	};
}
