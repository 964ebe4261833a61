import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Query-only updates of the current page (the scenario in the link) need no route resolution.
			'svelte/no-navigation-without-resolve': ['error', { ignoreReplaceState: true, ignorePushState: true }],
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The engine runs in Node tests, benchmarks and workers: it must stay free of UI and DOM code. So does
		// the link codec; only the rune modules beside it (*.svelte.ts: the page's state) may use Svelte.
		files: [
			'src/lib/engine/**/*.ts',
			'src/lib/decisions/**/*.ts',
			'src/lib/models/**/*.ts',
			'src/lib/state/**/*.ts'
		],
		ignores: ['**/*.test.ts', 'src/lib/state/**/*.svelte.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', 'd3-selection', '$lib/ui/*', '$lib/charts/*'],
							message: 'Pure code: no UI imports.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage']
		}
	}
);
