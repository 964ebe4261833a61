import { describe, expect, it } from 'vitest';
import { moveFor, stepAfter } from './keys';

describe('presenter keys', () => {
	it('step with ← → and with Page Up/Down, what a clicker sends', () => {
		expect(['ArrowRight', 'PageDown'].map((key) => moveFor({ key }))).toEqual(['next', 'next']);
		expect(['ArrowLeft', 'PageUp'].map((key) => moveFor({ key }))).toEqual(['previous', 'previous']);
		expect(moveFor({ key: 'a' })).toBeNull();
		expect(moveFor({ key: 'toString' })).toBeNull();
	});

	it('leave ↑ ↓ Home End to the page, which may need to scroll a tall slide', () => {
		expect(['ArrowUp', 'ArrowDown', 'Home', 'End', ' '].map((key) => moveFor({ key }))).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});

	it('leave keys to the browser when a modifier is held: Alt+← is Back', () => {
		expect(moveFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', metaKey: true })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', shiftKey: true })).toBeNull();
	});

	it('leave arrows to a slider, a text field or any widget that uses them, container or item', () => {
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'INPUT', type: 'range' } })).toBeNull();
		expect(moveFor({ key: 'ArrowLeft', target: { tagName: 'input', type: 'text' } })).toBeNull();
		expect(moveFor({ key: 'ArrowLeft', target: { tagName: 'INPUT' } })).toBeNull();
		expect(moveFor({ key: 'PageDown', target: { tagName: 'SELECT' } })).toBeNull();
		expect(moveFor({ key: 'PageUp', target: { tagName: 'TEXTAREA' } })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'DIV', inArrowWidget: true } })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'BUTTON', inDialog: true } })).toBeNull();
	});

	it('leave ← and → to a box focused to be scrolled sideways, but step on a clicker’s keys from it', () => {
		const box = { tagName: 'DIV', scrollsSideways: true };
		expect(moveFor({ key: 'ArrowRight', target: box })).toBeNull();
		expect(moveFor({ key: 'ArrowLeft', target: box })).toBeNull();
		expect(moveFor({ key: 'PageDown', target: box })).toBe('next');
		expect(moveFor({ key: 'PageUp', target: box })).toBe('previous');
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'DIV', scrollsSideways: false } })).toBe('next');
	});

	it('step from a button, a link or a checkbox, which do not use arrows', () => {
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'BUTTON' } })).toBe('next');
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'A' } })).toBe('next');
		expect(moveFor({ key: 'ArrowLeft', target: { tagName: 'INPUT', type: 'checkbox' } })).toBe('previous');
	});

	it('stay within the steps', () => {
		expect(stepAfter(0, 'previous', 6)).toBe(0);
		expect(stepAfter(5, 'next', 6)).toBe(5);
		expect(stepAfter(2, 'next', 6)).toBe(3);
		expect(stepAfter(2, 'previous', 6)).toBe(1);
	});
});
