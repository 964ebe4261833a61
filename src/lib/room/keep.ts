/**
 * What this browser keeps for rooms, in localStorage: the phone's device id (one for every room), and for
 * each room the facilitator's secret (`room:<CODE>`, saved when the room was opened), the console's last
 * action number, and the projector's display token. Storage is passed in, so this is testable without a
 * browser; a browser that refuses storage (private mode with it blocked) still works for this visit.
 */

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const DEVICE_KEY = 'room:device';
export const secretKey = (code: string) => `room:${code}`;
export const seqKey = (code: string) => `room:${code}:seq`;
export const displayKey = (code: string) => `room:${code}:display`;
export const draftKey = (code: string, question: number) => `room:${code}:draft:${question}`;

const memory = new Map<string, string>();

/** localStorage, or a map for this visit where the browser refuses it. */
export function browserStore(): Store {
	try {
		const s = window.localStorage;
		s.setItem('room:probe', '1');
		s.removeItem('room:probe');
		return s;
	} catch {
		return {
			getItem: (k) => memory.get(k) ?? null,
			setItem: (k, v) => void memory.set(k, v),
			removeItem: (k) => void memory.delete(k)
		};
	}
}

/** This browser's device id: random, 22 URL-safe characters, made once and kept. */
export function deviceId(store: Store, random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
	const kept = store.getItem(DEVICE_KEY);
	if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
	const bytes = random(new Uint8Array(16));
	const id = btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
	store.setItem(DEVICE_KEY, id);
	return id;
}

/**
 * The number of the console's next action. The server keeps the highest number it has taken and refuses
 * any not above it, so a replayed request changes nothing. The number is the time in ms, or one more than
 * this browser's last where that is higher (a clock set back): so a second console on another device (the
 * secret pasted there) or a browser whose storage was cleared still sends numbers above the room's.
 */
export function nextSeq(store: Store, code: string, now: number = Date.now()): number {
	const last = Number(store.getItem(seqKey(code)));
	const next = Math.max(Number.isSafeInteger(last) && last > 0 ? last + 1 : 1, Math.floor(now));
	store.setItem(seqKey(code), String(next));
	return next;
}
