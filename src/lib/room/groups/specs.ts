/**
 * The groups the console makes for the running order's group-work step: group i answers the step's prompt
 * i mod n, unlocks that prompt's one assumption, and carries where the verdict flips along it at the room's
 * scenario (the server shows that to the group only once the facilitator shows the answer key). Prompts
 * without an assumption are for discussion, not group work, and are left out.
 */
import type { ModelDef } from '$lib/engine/types';
import type { PresentStep } from '$lib/present/steps';
import { MAX_GROUPS, type GroupSpec } from '../protocol';

export const DEFAULT_GROUPS = 5;

export interface GroupPrompt {
	id: string;
	text: string;
	/** The assumption the prompt's group moves. */
	param: string;
}

/** The group-work step's prompts (slide 'groups') that name one of the model's parameters, in its order. */
export function groupPrompts(def: ModelDef, steps: readonly PresentStep[]): GroupPrompt[] {
	const ids = steps.find((s) => s.slide === 'groups')?.prompts ?? [];
	const params = new Set(def.params.map((p) => p.id));
	return ids.flatMap((id) => {
		const p = def.teach?.prompts.find((q) => q.id === id);
		return p?.param && params.has(p.param) ? [{ id, text: p.text, param: p.param }] : [];
	});
}

/** A number of groups as typed, made whole and kept within 1 … MAX_GROUPS; the default when unreadable. */
export function groupCount(typed: number): number {
	if (!Number.isFinite(typed)) return DEFAULT_GROUPS;
	return Math.min(MAX_GROUPS, Math.max(1, Math.round(typed)));
}

/**
 * `breakEven(param)`: where the verdict flips along the parameter at the room's scenario, or null when it
 * does not in the parameter's range; asked once per parameter.
 */
export function groupSpecs(
	prompts: readonly GroupPrompt[],
	count: number,
	breakEven: (param: string) => number | null
): GroupSpec[] {
	if (prompts.length === 0)
		throw new Error('The running order’s group-work step has no prompt that names an assumption to move.');
	const known = new Map<string, number | null>();
	const flipOf = (param: string) => {
		if (!known.has(param)) {
			const x = breakEven(param);
			known.set(param, x !== null && Number.isFinite(x) ? x : null);
		}
		return known.get(param)!;
	};
	return Array.from({ length: groupCount(count) }, (_, i) => {
		const p = prompts[i % prompts.length];
		return { name: `Group ${i + 1}`, prompt: p.id, param: p.param, breakEven: flipOf(p.param) };
	});
}

/** The address a group's phones open: the capability is the token in it. */
export const groupLink = (origin: string, code: string, token: string): string =>
	`${origin}/r/${code}/g/${encodeURIComponent(token)}`;

/** The group's API path (GET its view, POST its value). */
export const groupApiPath = (code: string, token: string): string =>
	`/api/rooms/${encodeURIComponent(code)}/groups/${encodeURIComponent(token)}`;
