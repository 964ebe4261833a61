import { describe, expect, it } from 'vitest';
import { pairDisplay } from './pair-status';

describe('pairDisplay', () => {
	it('shows the code until the view has shown it pending', () => {
		expect(pairDisplay({ pending: false, paired: false }, false, false)).toBeUndefined();
		expect(pairDisplay({ pending: true, paired: false }, true, false)).toEqual({
			pending: true,
			paired: false
		});
	});

	it('says the code ran out by the console’s clock, though the view still reads it pending', () => {
		expect(pairDisplay({ pending: true, paired: false }, true, true)).toEqual({
			pending: false,
			paired: false
		});
		expect(pairDisplay(undefined, false, true)).toEqual({ pending: false, paired: false });
	});

	it('still says paired once a projector holds the room', () => {
		expect(pairDisplay({ pending: false, paired: true }, true, false)).toEqual({
			pending: false,
			paired: true
		});
		expect(pairDisplay({ pending: true, paired: true }, true, true)).toEqual({
			pending: false,
			paired: true
		});
	});
});
