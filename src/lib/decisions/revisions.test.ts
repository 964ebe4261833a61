/**
 * The frozen revisions: every snapshot loads, is the model its folder and file name say, is older than
 * today's model, and still compiles; an old link finds the snapshot that reads it exactly, or none.
 */
import { describe, expect, it } from 'vitest';
import type { ModelChange, ModelDef } from '$lib/engine/types';
import { compiled } from './compiled';
import { loadModel } from './registry';
import { frozenRevisions, loadRevision, senderModel } from './revisions';
import { models } from './testing';

/** The snapshots frozen before random streams were keyed by parameter id; every later one draws by id. */
const DRAWN_BY_POSITION = new Set([
	'cainiao-ownership@1',
	'cloud-price-cut@2',
	'cloud-spinoff@1',
	'last-mile@1',
	'open-source-models@1'
]);

describe('the frozen revisions', () => {
	it('include one of every decision corrected since its first revision', () => {
		const corrected = models.filter((m) => (m.revision ?? 1) > 1);
		expect(corrected.length).toBeGreaterThan(0);
		for (const m of corrected)
			expect(
				frozenRevisions.some((r) => r.id === m.id),
				m.id
			).toBe(true);
	});

	it.each(frozenRevisions)(
		'$id at revision $revision loads as the model it names, older than today’s',
		async ({ id, revision }) => {
			const snapshot = (await loadRevision(id, revision))!;
			const today = (await loadModel(id))!;
			expect(snapshot.id).toBe(id);
			expect(snapshot.revision ?? 1).toBe(revision);
			expect(revision).toBeLessThan(today.revision ?? 1);
			// Drawn as its links were (by position if frozen before streams were keyed by id), and still a
			// model the engine accepts.
			expect(snapshot.streams).toBe(DRAWN_BY_POSITION.has(`${id}@${revision}`) ? 'by-position' : undefined);
			expect(() => compiled(snapshot)).not.toThrow();
			expect(await loadRevision(id, revision)).toBe(snapshot);
		}
	);

	it('finds nothing for a revision never frozen, or a name that is no decision', async () => {
		const { id } = frozenRevisions[0];
		expect(await loadRevision(id, 0)).toBeUndefined();
		expect(await loadRevision(id, (models.find((m) => m.id === id)!.revision ?? 1) + 1)).toBeUndefined();
		expect(await loadRevision('../registry', 1)).toBeUndefined();
		expect(await loadRevision('constructor', 1)).toBeUndefined();
	});
});

describe('the model an old link was made with', () => {
	// A snapshot with none frozen just before it, so that a link one revision older must reach it.
	const { id, revision } = frozenRevisions.find(
		(r) => !frozenRevisions.some((o) => o.id === r.id && o.revision === r.revision - 1)
	)!;

	it('is the snapshot of the link’s revision, and none for a link of today’s', async () => {
		const today = (await loadModel(id))!;
		expect(await senderModel(today, revision)).toBe(await loadRevision(id, revision));
		expect(await senderModel(today, today.revision ?? 1)).toBeUndefined();
	});

	it('is a later snapshot when only renames, additions and moved defaults lie between', async () => {
		const today = (await loadModel(id))!;
		const change = (c: ModelChange): ModelDef => ({ ...today, history: [c, ...(today.history ?? [])] });
		// A rename undoes exactly: a link one revision older reads exactly in the snapshot after it.
		const renamed = change({ revision, note: 'a rename', renamed: { from: 'old', to: 'new' } });
		expect(await senderModel(renamed, revision - 1)).toBe(await loadRevision(id, revision));
		// Reworked formulas no snapshot undoes: nothing can say what such a link showed.
		expect(
			await senderModel(change({ revision, note: 'a rework', reworked: true }), revision - 1)
		).toBeUndefined();
	});
});
