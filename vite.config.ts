import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { kernels } from './vite-plugin-kernels.ts';
import { workerChunk } from './vite-plugin-worker-chunk.ts';

/**
 * Test-only decisions (src/lib/decisions/fixture-*) are in the build only with SCENARIO_LAB_FIXTURES=1, as
 * the browser tests build it (playwright.config.ts); the unit tests always have them.
 */
const fixtures = process.env.SCENARIO_LAB_FIXTURES === '1' || process.env.VITEST !== undefined;

export default defineConfig({
	// kernels(): the built-in decisions' models compiled when the app is built (virtual:kernels).
	// workerChunk(): the Monte Carlo worker built as a chunk of the app, sharing the engine with the page.
	plugins: [sveltekit(), kernels({ fixtures }), workerChunk()],
	define: { __FIXTURE_DECISIONS__: JSON.stringify(fixtures) },
	// Source maps only for the per-module weight report (tests/bench/page-modules.ts), which reads them to
	// say what each page's scripts are made of; 'hidden' leaves the scripts themselves as they ship.
	build: {
		sourcemap: process.env.BUNDLE_MAP === '1' ? 'hidden' : false,
		// The framework (Svelte, SvelteKit and what they import) in one chunk that every page loads, not
		// spread over the chunks of the routes that first need each part: fewer files, fewer imports between
		// them, and gzip compressing it as one (about 1 kB less on every page, issue 12).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]/,
							priority: 10
						}
					]
				}
			}
		}
	},
	// The worker loads the model it is asked for on demand, which takes a module worker (code splitting);
	// a worker bundle takes only the plugins named here, so it gets the built kernels through its own.
	worker: { format: 'es', plugins: () => [kernels({ fixtures })] },
	test: {
		expect: { requireAssertions: true },
		// Tests check results, never speed (the benches measure that): some run the engine over every
		// decision and take a few seconds, more on a busy 2-core machine, where 5 s failed good runs.
		testTimeout: 30_000,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: ['./src/vitest-setup-client.ts']
				},
				resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'tests/unit/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}', 'src/lib/server/room/**'],
					setupFiles: ['./src/vitest-setup-property.ts']
				}
			},
			{
				// The live room's tests, against a real PostgreSQL (DATABASE_URL, or an embedded one started once).
				extends: './vite.config.ts',
				test: {
					name: 'room',
					environment: 'node',
					include: ['src/lib/server/room/**/*.{test,spec}.{js,ts}'],
					globalSetup: ['./src/lib/server/room/test-postgres.ts']
				}
			}
		]
	}
});
