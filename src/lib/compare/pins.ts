/**
 * Scenarios pinned on this device for a later comparison, per decision: a facilitator pins each group's
 * scenario as it is shown, then compares them. Kept in localStorage as the scenarios' own queries; the
 * storage is passed in, so the logic is tested without a browser, and a storage that throws (private
 * mode, full, disabled) loses the pins rather than breaking the page.
 */
import { MAX_SCENARIOS } from './limits';

const key = (modelId: string) => `scenario-lab:pins:${modelId}`;

export function readPins(storage: Storage | undefined, modelId: string): string[] {
	try {
		const raw = storage?.getItem(key(modelId));
		const list: unknown = raw ? JSON.parse(raw) : [];
		if (!Array.isArray(list)) return [];
		// Once each: storage written by another version or by hand may hold a pin twice, and the list is
		// keyed by the pin.
		return [...new Set(list.filter((q): q is string => typeof q === 'string'))].slice(0, 50);
	} catch {
		return [];
	}
}

function write(storage: Storage | undefined, modelId: string, pins: string[]): boolean {
	try {
		if (pins.length === 0) storage?.removeItem(key(modelId));
		else storage?.setItem(key(modelId), JSON.stringify(pins));
		return storage !== undefined;
	} catch {
		return false;
	}
}

export type PinResult = { pins: string[]; message: string };

/** Pins a scenario's query, unless it is pinned already or MAX_SCENARIOS are; says which happened. */
export function pin(storage: Storage | undefined, modelId: string, query: string): PinResult {
	const pins = readPins(storage, modelId);
	if (pins.includes(query)) return { pins, message: 'This scenario is pinned already.' };
	if (pins.length >= MAX_SCENARIOS) {
		return {
			pins,
			message: `${MAX_SCENARIOS} scenarios are pinned, as many as a comparison shows; unpin one first.`
		};
	}
	const next = [...pins, query];
	if (!write(storage, modelId, next))
		return { pins, message: 'This browser does not let the page keep pins; copy the link instead.' };
	return { pins: next, message: `Pinned: ${next.length} of ${MAX_SCENARIOS} for a comparison.` };
}

export function unpin(storage: Storage | undefined, modelId: string, query: string): string[] {
	const next = readPins(storage, modelId).filter((q) => q !== query);
	write(storage, modelId, next);
	return next;
}

export function clearPins(storage: Storage | undefined, modelId: string): void {
	write(storage, modelId, []);
}
