import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumProblem } from './tests/e2e/global-setup';

// E2E_PORT lets two checkouts (git worktrees) run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;
const HOST = '127.0.0.1';
const baseURL = `http://${HOST}:${PORT}`;

/** Without a browser, globalSetup stops the run with instructions; no need to build and start the app first. */
const canRun = chromiumProblem() === null;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: 2,
	retries: 0,
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	outputDir: 'test-results',
	use: {
		baseURL,
		trace: 'off',
		screenshot: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				browserName: 'chromium',
				viewport: { width: 1280, height: 900 },
				launchOptions: {
					executablePath: chromiumPath,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	],
	webServer: canRun
		? {
				command: 'npm run build && node src/lib/server/serve.js',
				url: baseURL,
				// The test-only decision is built in, so every test that spans decisions proves it needs no more than its folder.
				// The suite opens some twenty rooms from one address within minutes, which a facilitator never does;
				// the per-address limits themselves are tested in limits.test.ts and http.test.ts.
				env: { PORT: String(PORT), HOST, SCENARIO_LAB_FIXTURES: '1', ROOM_RATE_SCALE: '10' },
				reuseExistingServer: false,
				timeout: 120_000,
				stdout: 'ignore',
				stderr: 'pipe'
			}
		: undefined
});
