/**
 * A room's scenario as its groups' pages run it: the room's link (a decision page's query string) read with
 * today's model, as the console and the projector read it in their browsers. Read here, so that a group's
 * phone needs neither the link's decoder nor the model's revision history (4 kB of its page).
 */
import { loadModel } from '$lib/decisions/registry';
import { roomScenario } from '$lib/room/groups/room-query';
import type { Scenario } from '$lib/state/url';

/** Rooms are few and their links never change: past this many, the cache starts over. */
const MAX_KEPT = 1_000;
const kept = new Map<string, Promise<Scenario | null>>();

/** Every room with the same link shares one object: frozen, so that none can change another's. */
function frozen(s: Scenario): Scenario {
	for (const part of [s.values, s.locked, s.beliefs, ...Object.values(s.beliefs ?? {})])
		if (part) Object.freeze(part);
	return Object.freeze(s);
}

/**
 * The scenario a room's link sets; null for a decision this version of the app does not have, or whose
 * model failed to load (the group's page says so; the rest of the room goes on without it).
 */
export function groupRoomScenario(decision: string, query: string): Promise<Scenario | null> {
	const key = `${decision}\n${query}`;
	let read = kept.get(key);
	if (!read) {
		if (kept.size >= MAX_KEPT) kept.clear();
		read = loadModel(decision).then(
			(def) => (def ? frozen(roomScenario(def, query)) : null),
			() => {
				// Not kept: the next read tries again.
				if (kept.get(key) === read) kept.delete(key);
				return null;
			}
		);
		kept.set(key, read);
	}
	return read;
}
