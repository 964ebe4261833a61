import { describe, expect, it } from 'vitest';
import { FIXTURE_ID, models } from '$lib/decisions/testing';
import { decodeScenario, encodeScenario } from '$lib/state/url';
import { groupRoomScenario } from './group-room-scenario';

describe('a room’s scenario as its groups’ pages run it', () => {
	it('is the room’s link read with today’s model, for every decision', async () => {
		for (const def of models) {
			const p = def.params[def.params.length - 1];
			const query = encodeScenario(
				def,
				{ values: { [p.id]: p.max }, samples: 2_000, seed: 5 },
				{ versioned: true }
			);
			const read = await groupRoomScenario(def.id, query);
			expect(read, def.id).toEqual(decodeScenario(def, query).scenario);
			expect(read?.samples).toBe(2_000);
		}
	});

	it('reads an older revision’s link as the console does, its silence at the defaults it meant', async () => {
		const def = models.find((m) => (m.history ?? []).some((c) => 'defaultChanged' in c))!;
		const query = 'v=1&r=1';
		expect(await groupRoomScenario(def.id, query)).toEqual(decodeScenario(def, query).scenario);
		expect(Object.keys((await groupRoomScenario(def.id, query))!.values).length).toBeGreaterThan(0);
	});

	it('is null for a decision this version does not have', async () => {
		expect(await groupRoomScenario('no-such-decision', 'v=1')).toBeNull();
		expect(await groupRoomScenario(FIXTURE_ID, '')).toEqual({ values: {}, samples: 10_000, seed: 1 });
	});
});
