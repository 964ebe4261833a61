/** The room's decision brief (brief.ts), fetched once per decision by the room pages. */
import { roomJson } from './api';
import type { RoomBrief } from './brief';

const cache = new Map<string, Promise<RoomBrief>>();

export function loadBrief(decision: string): Promise<RoomBrief> {
	let p = cache.get(decision);
	if (!p) {
		p = roomJson<RoomBrief>(`/r/brief/${encodeURIComponent(decision)}`);
		// A failure is not kept: the next view tries again.
		p.catch(() => cache.delete(decision));
		cache.set(decision, p);
	}
	return p;
}

export const optionName = (brief: RoomBrief | null, id: string) =>
	brief?.options.find((o) => o.id === id)?.label ?? id;
export const paramName = (brief: RoomBrief | null, id: string | undefined) =>
	(id && brief?.params.find((p) => p.id === id)?.label) || (id ?? '');
export const stepTitle = (brief: RoomBrief | null, id: string) =>
	brief?.steps.find((s) => s.id === id)?.title ?? '';
