/**
 * `virtual:simulation-worker`: the address of the Monte Carlo worker's script (src/lib/worker/
 * montecarlo.worker.ts), built as a chunk of the app's own client bundle, not as a bundle of its own as
 * Vite builds `new Worker(new URL(…))`. The modules the worker runs are then chunks the page shares: the
 * engine's plans, kernels and distributions, which the page runs too, come to the worker from the
 * browser's cache instead of as a second copy (issue 12). The build splits chunks by who imports a module,
 * so a chunk the worker loads holds only modules the worker reaches: no Svelte, no DOM.
 *
 * One thing in a page's chunks needs the DOM: Vite's preloading of a dynamic import's dependencies, which
 * adds <link> elements to the document. A chunk the worker loads preloads nothing (its imports load as
 * imported), so that the worker never reaches for a document it does not have.
 *
 * In development the address is the module itself, which Vite serves; the server never starts a worker.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:simulation-worker';
const RESOLVED = `\0${VIRTUAL}`;

export function workerChunk(): Plugin {
	const entry = resolve(process.cwd(), 'src/lib/worker/montecarlo.worker.ts');
	let ref: string | null = null;
	let command: 'build' | 'serve' = 'build';
	/** The client bundle's chunks the worker loads, statically or on demand. */
	const inWorker = new Set<string>();
	return {
		name: 'scenario-lab:worker-chunk',
		config: () => ({
			build: {
				modulePreload: {
					resolveDependencies: (_file, deps, { hostId }) => (inWorker.has(hostId) ? [] : deps)
				}
			}
		}),
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			inWorker.clear();
			ref =
				command === 'build' && this.environment.name === 'client'
					? this.emitFile({ type: 'chunk', id: entry, name: 'simulation-worker' })
					: null;
		},
		resolveId(id) {
			if (id === VIRTUAL) return RESOLVED;
		},
		load(id) {
			if (id !== RESOLVED) return;
			if (ref) return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
			if (command === 'serve' && this.environment.name === 'client')
				return `export default ${JSON.stringify(`/@fs${entry}`)};`;
			return `export default '';`;
		},
		// Before Vite writes the preloads (its own generateBundle), the chunks the worker reaches.
		generateBundle: {
			order: 'pre',
			handler(_options, bundle) {
				if (!ref) return;
				const walk = (file: string) => {
					const chunk = bundle[file];
					if (inWorker.has(file) || chunk?.type !== 'chunk') return;
					inWorker.add(file);
					for (const next of [...chunk.imports, ...chunk.dynamicImports]) walk(next);
				};
				walk(this.getFileName(ref));
			}
		}
	};
}
