import { describe, expect, it } from 'vitest';
import { FIXTURE_ID, models } from '$lib/decisions/testing';
import { decodeScenario, encodeScenario } from '$lib/state/url';
import { groupRoomScenario } from './group-room-scenario';

const away = (def: (typeof models)[number]) =>
	Object.fromEntries(def.params.map((p, k) => [p.id, p.min + ((p.max - p.min) * ((k * 3 + 1) % 10)) / 10]));

describe('a room’s scenario as its groups’ pages run it', () => {
	for (const def of models)
		it(`is the room’s link of any revision read with today’s model, as the console reads it: ${def.id}`, async () => {
			// Every other parameter silent: an older link's silence is what its revision's changes reread.
			const values = Object.fromEntries(Object.entries(away(def)).filter((_, k) => k % 2 === 1));
			const now = encodeScenario(
				def,
				{ values, samples: 5_000, seed: 11, locked: [def.params[0].id] },
				{ versioned: true }
			);
			if ((def.revision ?? 1) > 1) expect(now).toMatch(/(^|&)r=\d+/);
			for (let r = 1; r <= (def.revision ?? 1); r++) {
				const q = now.replace(/(^|&)r=\d+/, `$1r=${r}`);
				expect(await groupRoomScenario(def.id, q), `r=${r}`).toEqual(decodeScenario(def, q).scenario);
			}
		});

	it('reads an older link’s silence at the defaults it meant, not today’s', async () => {
		const def = models.find((m) => (m.history ?? []).some((c) => 'defaultChanged' in c))!;
		const read = (await groupRoomScenario(def.id, 'v=1&r=1'))!;
		expect(Object.keys(read.values).length).toBeGreaterThan(0);
	});

	it('is frozen, so that the rooms sharing it cannot change one another’s', async () => {
		const read = (await groupRoomScenario(FIXTURE_ID, 'rent=3&lock=rent'))!;
		expect(read).toEqual({ values: { rent: 3 }, samples: 10_000, seed: 1, locked: ['rent'] });
		expect(Object.isFrozen(read) && Object.isFrozen(read.values) && Object.isFrozen(read.locked)).toBe(true);
		expect(await groupRoomScenario(FIXTURE_ID, 'rent=3&lock=rent')).toBe(read);
	});

	it('is null for a decision this version does not have', async () => {
		expect(await groupRoomScenario('no-such-decision', 'v=1')).toBeNull();
	});
});
