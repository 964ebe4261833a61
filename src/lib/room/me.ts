/**
 * The name and group a participant gave when joining, kept per room, so the room's page joins again with
 * them (after a reload, or when /join sent the phone there) rather than without them.
 */
import type { Store } from './keep';

export interface Me {
	name?: string;
	group?: string;
}

const key = (code: string) => `room:${code}:me`;

export function keptMe(store: Store, code: string): Me {
	try {
		const v: unknown = JSON.parse(store.getItem(key(code)) ?? '{}');
		if (!v || typeof v !== 'object') return {};
		const { name, group } = v as Record<string, unknown>;
		return {
			...(typeof name === 'string' && name ? { name } : {}),
			...(typeof group === 'string' && group ? { group } : {})
		};
	} catch {
		return {};
	}
}

export function keepMe(store: Store, code: string, me: Me) {
	store.setItem(key(code), JSON.stringify(me));
}
