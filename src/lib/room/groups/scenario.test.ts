import { describe, expect, it } from 'vitest';
import { getModel } from '$lib/decisions/testing';
import { encodeScenario } from '$lib/state/url';
import { roomScenario } from './room-query';
import { groupScenario, onSlider, roomValue } from './scenario';

const def = getModel('cainiao-ownership')!;
const rate = def.params.find((p) => p.id === 'rate')!;
const uplift = def.params.find((p) => p.id === 'uplift')!;

describe('a group’s scenario', () => {
	// As presenter mode writes it: today's revision, so no older default is pinned.
	const query = encodeScenario(def, { values: { valuation: 14 }, samples: 5000, seed: 7 });
	const room = roomScenario(def, query);

	it('is the room’s, with the group’s one assumption at its value', () => {
		const g = groupScenario(room, rate, 0.12);
		expect(g.values).toEqual({ valuation: 14, rate: 0.12 });
		expect(g.samples).toBe(5000);
		expect(g.seed).toBe(7);
		// The room's own scenario is left as it was.
		expect(room.values).toEqual({ valuation: 14 });
	});

	it('writes no value where the group’s is the source’s, so its link is the room’s', () => {
		const g = groupScenario(room, rate, rate.default);
		expect(g.values).toEqual({ valuation: 14 });
		expect(encodeScenario(def, g)).toBe(encodeScenario(def, room));
	});

	it('keeps the value in the range and on the slider’s step', () => {
		expect(onSlider(rate, 99)).toBe(rate.max);
		expect(onSlider(rate, -1)).toBe(rate.min);
		const x = onSlider(uplift, uplift.min + uplift.step * 3.4);
		expect((x - uplift.min) / uplift.step).toBeCloseTo(3, 9);
	});

	it('starts a group that has not moved at the room’s value', () => {
		expect(
			roomValue(
				room,
				def.params.find((p) => p.id === 'valuation')!
			)
		).toBe(14);
		expect(roomValue(room, rate)).toBe(rate.default);
	});
});
