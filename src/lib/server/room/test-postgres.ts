/**
 * Vitest's global setup for the room tests: a real PostgreSQL for the whole run. DATABASE_URL when set (CI's
 * or a developer's server); otherwise an embedded PostgreSQL started once in a temporary folder and removed
 * after. Each test file then makes its own database in it (testing.ts), so files never see each other's rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from './database.js';

declare module 'vitest' {
	export interface ProvidedContext {
		roomDatabaseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const configured = process.env.DATABASE_URL;
	if (configured) {
		project.provide('roomDatabaseUrl', configured);
		return;
	}
	const dir = mkdtempSync(join(tmpdir(), 'room-tests-'));
	const pg = await startEmbedded(dir);
	project.provide('roomDatabaseUrl', pg.url);
	return async () => {
		await pg.stop();
		rmSync(dir, { recursive: true, force: true });
	};
}
