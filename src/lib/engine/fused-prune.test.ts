/** The dead-statement pass on generated kernels (fused-prune.ts), on hand-written lines of their shapes. */
import { describe, expect, it } from 'vitest';
import { pruneDead } from './fused-prune';

describe('pruneDead', () => {
	it('drops a chain of values nothing live reads, and keeps what a result column reads', () => {
		const lines = [
			'"use strict";',
			'const S0 = S[0];',
			'const O0 = O[0];',
			'const O1 = O[1];',
			'for (let i = 0; i < n; i++) {',
			'const h0 = (V[0] * D0[i]);',
			'const h1 = H.pow(h0, (2));',
			'const h2 = (h1 + (1));',
			'const h3 = (h0 * (3));',
			'S0[i] = h3;',
			'O0[i] = h3;',
			'}'
		];
		const kept = pruneDead(lines);
		expect(kept).not.toContain('const h1 = H.pow(h0, (2));');
		expect(kept).not.toContain('const h2 = (h1 + (1));');
		// O1 is read by nothing: its column is never written.
		expect(kept).not.toContain('const O1 = O[1];');
		expect(kept).toEqual(lines.filter((l) => !/^const (h1|h2|O1) /.test(l)));
	});

	it('keeps a value carried from one period of a loop to the next, whatever the order of its lines', () => {
		const lines = [
			'let p0 = 0;',
			'let a0 = 0;',
			'for (let t = 0; t < T; t++) {',
			'const s0 = (p0 + (1));',
			'a0 += s0;',
			'p0 = s0;',
			'}',
			'O0[i] = a0;'
		];
		expect(pruneDead(lines)).toEqual(lines);
	});

	it('drops an accumulator and its updates when no output reads it, and keeps memo locals a live call uses', () => {
		const lines = [
			'let mt0 = 0;',
			'let mt1 = 0;',
			'let a0 = 0;',
			'const h0 = (mt0 = (V[0] + (1)), M[mq + 0] === mt0 && mt0 !== 0 ? M[mq + 1] : (M[mq + 0] = mt0, M[mq + 1] = Math.exp(mt0)));',
			'const h1 = (mt1 = (V[1] + (1)), M[mq + 2] === mt1 && mt1 !== 0 ? M[mq + 3] : (M[mq + 2] = mt1, M[mq + 3] = Math.exp(mt1)));',
			'a0 += h1;',
			'if (t === 0) a0 = h1;',
			'O0[i] = h0;'
		];
		expect(pruneDead(lines)).toEqual([lines[0], lines[3], lines[7]]);
	});

	it('keeps a line of any other shape', () => {
		const lines = ['while (x) y();', 'const h0 = (1);'];
		expect(pruneDead(lines)).toEqual(['while (x) y();']);
	});

	it("keeps a statement that writes another name on the side, other than a kept call's own", () => {
		const lines = ['let a0 = 0;', 'const h0 = (a0 = (V[0] * (2)), a0 + (1));', 'O0[i] = a0;'];
		expect(pruneDead(lines)).toEqual(lines);
		const chained = ['let b0 = 0;', 'let a0 = 0;', 'a0 = b0 = (V[0]);', 'O0[i] = b0;'];
		expect(pruneDead(chained)).toEqual(chained);
	});
});
