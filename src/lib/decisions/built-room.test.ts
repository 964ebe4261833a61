/**
 * A live room's model (built-room.ts, virtual:kernels/room) gives a group's phone the numbers the console
 * and the projector get from the page's model (built.ts): the same verdict and the same simulation request,
 * bit for bit, at the sources' values and away from them, for every decision; it carries every label,
 * range and prompt the phone shows, and none of the sources and texts it leaves out.
 */
import { describe, expect, it } from 'vitest';
import { verdictRun } from '$lib/room/belief/verdict-run';
import type { ModelDef } from '$lib/engine/types';
import { Simulator } from '$lib/engine/simulator';
import { fusedParts } from '$lib/engine/compiled-model';
import { allParams } from '$lib/engine/fused-run';
import { loadBuilt } from './built';
import { loadRoomModel } from './built-room';
import { loadSimulation } from './built-simulation';
import { models } from './testing';

const away = (def: ModelDef) =>
	Object.fromEntries(def.params.map((p, k) => [p.id, p.min + ((p.max - p.min) * ((k * 3 + 1) % 10)) / 10]));

describe('the room’s model compiled with the app', { timeout: 60_000 }, () => {
	it('exists for every decision, and for no other id', async () => {
		for (const def of models) expect((await loadRoomModel(def.id))?.def.id).toBe(def.id);
		expect(await loadRoomModel('no-such-decision')).toBeUndefined();
	});

	for (const def of models) {
		describe(def.id, () => {
			it('gives the page model’s verdict and request, bit for bit', async () => {
				const [room, page] = [(await loadRoomModel(def.id))!, (await loadBuilt(def.id))!];
				for (const values of [{}, away(def)]) {
					const scenario = { values, samples: 2_000, seed: 7 };
					expect(JSON.stringify(verdictRun(room, scenario))).toBe(JSON.stringify(verdictRun(page, scenario)));
				}
			});

			it('runs each option on a kernel built with the app, its periods in a loop, as a decision page does', async () => {
				// Looped, not written out: a fifth of the code, for one run per option (the group page's own
				// kernels were 2.4 kB of its 82 written out).
				const room = (await loadRoomModel(def.id))!;
				for (const o of def.options) {
					const parts = fusedParts(room, [o.id], allParams(room));
					expect(room.kernels!(room, parts, {}, false), o.id).not.toBeNull();
				}
			});

			it('simulates on the page’s thread (no worker) as the worker does, bit for bit', async () => {
				// What GroupPage's fallback runs: the worker's own module, loaded only where no worker starts.
				const [sim, page] = [(await loadSimulation(def.id))!, (await loadBuilt(def.id))!];
				const { request } = verdictRun((await loadRoomModel(def.id))!, {
					values: away(def),
					samples: 500,
					seed: 3
				});
				const run = (cm: typeof sim) => new Simulator(cm).run(request.values, request, request.settings);
				expect(JSON.stringify(run(sim))).toBe(JSON.stringify(run(page)));
			});

			it('keeps what a phone shows and drops the sources and texts', async () => {
				const room = (await loadRoomModel(def.id))!.def;
				expect(
					room.params.map(({ id, label, unit, min, max, step, default: d }) => [
						id,
						label,
						unit,
						min,
						max,
						step,
						d
					])
				).toEqual(
					def.params.map(({ id, label, unit, min, max, step, default: d }) => [
						id,
						label,
						unit,
						min,
						max,
						step,
						d
					])
				);
				expect(room.options.map((o) => [o.id, o.label])).toEqual(def.options.map((o) => [o.id, o.label]));
				expect(room.teach?.prompts.map((p) => [p.id, p.text, p.param])).toEqual(
					def.teach?.prompts.map((p) => [p.id, p.text, p.param])
				);
				expect(room.revision).toBe(def.revision);
				// The server reads the room's link for the phone (group-room-scenario.ts): no history to read it with.
				expect(room.history).toBeUndefined();
				expect(room.title + room.question + room.summary).toBe('');
				expect(Object.values({ ...room.series, ...room.outputs }).every((s) => s.formula === '')).toBe(true);
				expect(Object.values(room.outputs).map((o) => [o.label, o.unit])).toEqual(
					Object.values(def.outputs).map((o) => [o.label, o.unit])
				);
				expect(room.params.every((p) => p.sources.length === 0 && p.description === undefined)).toBe(true);
				expect(room.card).toBeUndefined();
				expect(room.teach?.context ?? []).toEqual([]);
			});
		});
	}
});
