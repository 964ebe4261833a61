import { describe, expect, it } from 'vitest';
import { DEVICE_KEY, deviceId, nextSeq, type Store } from './keep';

const store = (): Store & { map: Map<string, string> } => {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k)
	};
};

describe('deviceId', () => {
	it('makes a URL-safe id the server accepts, once, and keeps it', () => {
		const s = store();
		let calls = 0;
		const random = (b: Uint8Array) => {
			calls++;
			return b.fill(0xfb);
		};
		const id = deviceId(s, random);
		expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(id).toContain('-');
		expect(deviceId(s, random)).toBe(id);
		expect(calls).toBe(1);
	});

	it('replaces a kept value the server would refuse', () => {
		const s = store();
		s.setItem(DEVICE_KEY, 'short');
		expect(deviceId(s, (b) => b.fill(1))).not.toBe('short');
	});
});

describe('nextSeq', () => {
	it('follows the clock, and rises past this browser’s last number when the clock is behind it', () => {
		const s = store();
		expect(nextSeq(s, 'ABCDEF', 1000)).toBe(1000);
		expect(nextSeq(s, 'ABCDEF', 1000)).toBe(1001);
		expect(nextSeq(s, 'ABCDEF', 500)).toBe(1002);
		expect(nextSeq(s, 'ABCDEF', 5000)).toBe(5000);
		expect(nextSeq(s, 'GHJKMN', 700)).toBe(700);
		s.setItem('room:ABCDEF:seq', 'garbage');
		expect(nextSeq(s, 'ABCDEF', 0)).toBe(1);
	});
});
