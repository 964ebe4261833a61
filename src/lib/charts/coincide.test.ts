import { describe, expect, it } from 'vitest';
import { repeats } from './coincide';

describe('lines drawn over each other', () => {
	it('leaves lines apart, even where they cross, solid', () => {
		expect(
			repeats([
				[10, 20, 30],
				[30, 20, 10],
				[10, 20, 35]
			])
		).toEqual([null, null, null]);
	});

	it('dashes a line within 2.5 px of an earlier one all along, naming it', () => {
		const r = repeats([
			[50, 50, 50],
			[10, 20, 30],
			[11, 21.5, 28]
		]);
		expect(r[0]).toBeNull();
		expect(r[1]).toBeNull();
		expect(r[2]).toEqual({ of: 1, dasharray: '8 8', dashoffset: -8 });
	});

	it('gives each line of a group of three its own slot of the dash, so every colour shows', () => {
		const r = repeats([
			[5, 5],
			[6, 6],
			[5.5, 4]
		]);
		expect(r[1]).toEqual({ of: 0, dasharray: '8 16', dashoffset: -8 });
		expect(r[2]).toEqual({ of: 0, dasharray: '8 16', dashoffset: -16 });
	});

	it('compares only where both are drawn, and not lines drawn in different places', () => {
		expect(
			repeats([
				[NaN, 5, 5],
				[NaN, 6, 5]
			])[1]
		).toMatchObject({ of: 0 });
		expect(
			repeats([
				[NaN, 5, 5],
				[5, 5, 5]
			])[1]
		).toBeNull();
		expect(repeats([[NaN], [NaN]])[1]).toBeNull();
	});

	it('does not call lines the same where both run off the top of the chart, only where one shows', () => {
		// Both above the top (y < 10) all along: one may be twice the other; nothing is dashed.
		expect(
			repeats(
				[
					[-50, -60],
					[-100, -200]
				],
				undefined,
				10
			)
		).toEqual([null, null]);
		// Off the top together at the first point, together below it: the same as drawn.
		expect(
			repeats(
				[
					[-50, 100],
					[-100, 101]
				],
				undefined,
				10
			)[1]
		).toMatchObject({ of: 0 });
		// One shows near the top while the other is far above it: drawn at the top, they meet there.
		expect(
			repeats(
				[
					[11, 100],
					[-300, 100]
				],
				undefined,
				10
			)[1]
		).toMatchObject({ of: 0 });
	});
});
