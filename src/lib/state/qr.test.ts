import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

/** The dark modules a path draws, as "row,col" keys (quiet zone removed). */
const dark = (d: string) =>
	new Set([...d.matchAll(/M(\d+) (\d+)/g)].map(([, x, y]) => `${Number(y) - 4},${Number(x) - 4}`));

describe('QR code of a link', () => {
	const link = 'http://localhost:3000/decisions/cainiao-ownership?v=1&valuation=12&name=Team%20A';
	const qr = qrPath(link);

	it('is a square of a valid QR size with a quiet zone of four modules', () => {
		expect((qr.size - 17) % 4).toBe(0);
		expect(qr.viewBox).toBe(qr.size + 8);
	});

	it('has the three finder patterns in their corners', () => {
		const on = dark(qr.d);
		for (const [r0, c0] of [
			[0, 0],
			[0, qr.size - 7],
			[qr.size - 7, 0]
		]) {
			// A finder is a dark 7×7 ring, a light ring, and a dark 3×3 centre.
			for (let i = 0; i < 7; i++) {
				expect(on.has(`${r0},${c0 + i}`)).toBe(true);
				expect(on.has(`${r0 + 6},${c0 + i}`)).toBe(true);
			}
			expect(on.has(`${r0 + 1},${c0 + 1}`)).toBe(false);
			expect(on.has(`${r0 + 3},${c0 + 3}`)).toBe(true);
		}
	});

	it('grows with the link and differs for different links', () => {
		const longer = qrPath(`${link}&uplift=0.02&rate=0.11&growth=0.14&seed=42&n=20000`);
		expect(longer.size).toBeGreaterThan(qr.size);
		expect(qrPath(link.replace('12', '13')).d).not.toBe(qr.d);
	});
});
