/**
 * A group's scenario: the room's scenario (its decision-page query string, read: room-query.ts) with the
 * group's one assumption at the group's value, every other value, the samples and the seed as the room has
 * them. Pure, so the console, the group's page and the projector all run the same scenario for the same
 * value. Free of the link's decoder, which a group's page does without (the server reads the link for it).
 */
import type { ParamDef } from '$lib/engine/types';
import { snapToStep } from '$lib/state/link-values';
import type { Scenario } from '$lib/state/url';

/** A value kept inside the parameter's range and on its step, as the slider sets it. */
export const onSlider = (p: ParamDef, x: number): number => snapToStep(p, x);

/** The parameter's value in the room's scenario: where a group that has not moved yet starts. */
export const roomValue = (room: Scenario, p: ParamDef): number =>
	Object.hasOwn(room.values, p.id) ? room.values[p.id] : p.default;

export function groupScenario(room: Scenario, p: ParamDef, value: number): Scenario {
	const values = { ...room.values };
	const x = onSlider(p, value);
	if (x === p.default) delete values[p.id];
	else values[p.id] = x;
	return { ...room, values };
}
