import { describe, expect, it } from 'vitest';
import { breakEvenOf, leaderAt, marginAt } from './curve';

const curve = { a: 'own', b: 'list', unit: 'USD bn', x: [0, 0.1, 0.2, 0.4], y: [-2, -1, 1, 5] };

describe('marginAt', () => {
	it('interpolates between the nearest points and holds the ends', () => {
		expect(marginAt(curve, 0.1)).toBe(-1);
		expect(marginAt(curve, 0.15)).toBeCloseTo(0);
		expect(marginAt(curve, 0.3)).toBeCloseTo(3);
		expect(marginAt(curve, -1)).toBe(-2);
		expect(marginAt(curve, 9)).toBe(5);
	});
});

describe('leaderAt', () => {
	it('names the option ahead and a positive margin', () => {
		expect(leaderAt(curve, 0.3)).toEqual({ leader: 'own', other: 'list', by: expect.closeTo(3) });
		expect(leaderAt(curve, 0.05)).toEqual({ leader: 'list', other: 'own', by: expect.closeTo(1.5) });
	});
});

describe('breakEvenOf', () => {
	it('finds where the margin crosses zero, and who leads above it', () => {
		expect(breakEvenOf(curve)).toEqual({ value: expect.closeTo(0.15), above: 'own' });
		expect(breakEvenOf({ ...curve, y: [2, 1, -1, -5] })).toEqual({
			value: expect.closeTo(0.15),
			above: 'list'
		});
		expect(breakEvenOf({ ...curve, y: [1, 0, -1, -2] })).toEqual({ value: 0.1, above: 'list' });
		expect(breakEvenOf({ ...curve, y: [1, 2, 3, 4] })).toBeNull();
	});
});

describe('a curve of three options', () => {
	// b leads at low values, a in the middle (the scenario), c at high ones.
	const three = {
		a: 'a',
		b: 'b',
		unit: 'USD bn',
		x: [0, 1, 2, 3],
		y: [-1, 1, 2, 3],
		more: [{ id: 'c', y: [3, 2, 0.5, -1] }],
		at: 1
	};

	it('names the option ahead of all the others, not only of b, and the runner-up there', () => {
		expect(leaderAt(three, 0)).toEqual({ leader: 'b', other: 'a', by: 1 });
		expect(leaderAt(three, 1)).toEqual({ leader: 'a', other: 'b', by: 1 });
		// Read as two options, this was "a leads b by 2.5".
		expect(leaderAt(three, 2.5)).toEqual({ leader: 'c', other: 'a', by: expect.closeTo(0.25) });
	});

	it('finds each change of leader, and gives the one nearest the value asked', () => {
		expect(breakEvenOf(three)).toEqual({ value: expect.closeTo(0.5), above: 'a' });
		expect(breakEvenOf(three, 0.2)).toEqual({ value: expect.closeTo(0.5), above: 'a' });
		expect(breakEvenOf(three, 2.5)).toEqual({ value: expect.closeTo(2 + 0.5 / 1.5), above: 'c' });
	});

	it('changes no leader where another line only touches the leader’s', () => {
		// b leads throughout, tying a at x = 0.1 only (a review found a phantom change there).
		expect(breakEvenOf({ ...curve, y: [-1, 0, -1, -1] })).toBeNull();
		expect(leaderAt({ ...curve, y: [-1, 0, -1, -1] }, 0.3).leader).toBe('list');
	});
});
