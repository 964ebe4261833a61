/**
 * The frozen revisions: every snapshot loads, is the model its folder and file name say, is older than
 * today's model, and still compiles; an old link finds the snapshot that reads it exactly, or none.
 */
import { describe, expect, it } from 'vitest';
import type { ModelDef } from '$lib/engine/types';
import { compiled } from './compiled';
import { loadModel } from './registry';
import { frozenRevisions, loadRevision, senderModel } from './revisions';

describe('the frozen revisions', () => {
	it('finds a snapshot for every decision corrected since its first revision', async () => {
		const corrected = [
			'cainiao-ownership',
			'cloud-price-cut',
			'cloud-spinoff',
			'last-mile',
			'open-source-models'
		];
		for (const id of corrected)
			expect(
				frozenRevisions.some((r) => r.id === id),
				id
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
			// Drawn as its links were, and still a model the engine accepts.
			expect(snapshot.streams).toBe('by-position');
			expect(() => compiled(snapshot)).not.toThrow();
			expect(await loadRevision(id, revision)).toBe(snapshot);
		}
	);

	it('finds nothing for a revision never frozen, or a name that is no decision', async () => {
		expect(await loadRevision('cainiao-ownership', 2)).toBeUndefined();
		expect(await loadRevision('cloud-price-cut', 1)).toBeUndefined();
		expect(await loadRevision('../registry', 1)).toBeUndefined();
		expect(await loadRevision('constructor', 1)).toBeUndefined();
	});
});

describe('the model an old link was made with', () => {
	it('is the snapshot of the link’s revision, and none for a link of today’s', async () => {
		const today = (await loadModel('cainiao-ownership'))!;
		expect(await senderModel(today, 1)).toBe(await loadRevision('cainiao-ownership', 1));
		expect(await senderModel(today, today.revision!)).toBeUndefined();
	});

	it('is a later snapshot when only renames, additions and moved defaults lie between', async () => {
		// The price cut's revision 2 only renamed `cut` to `depth`: a revision-1 link reads exactly in it.
		const today = (await loadModel('cloud-price-cut'))!;
		expect(await senderModel(today, 1)).toBe(await loadRevision('cloud-price-cut', 2));
		// Had revision 2 reworked the formulas, no snapshot could say what a revision-1 link showed.
		const reworked: ModelDef = {
			...today,
			history: [{ revision: 2, note: 'formulas reworked', reworked: true }, ...(today.history ?? [])]
		};
		expect(await senderModel(reworked, 1)).toBeUndefined();
	});
});
