import { describe, expect, it } from 'vitest';
import { moveFor, stepAfter } from './keys';

describe('presenter keys', () => {
	it('step with the arrows, Page Up/Down (a clicker) and go to the ends with Home/End', () => {
		expect(['ArrowRight', 'ArrowDown', 'PageDown'].map((key) => moveFor({ key }))).toEqual([
			'next',
			'next',
			'next'
		]);
		expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => moveFor({ key }))).toEqual([
			'previous',
			'previous',
			'previous'
		]);
		expect(moveFor({ key: 'Home' })).toBe('first');
		expect(moveFor({ key: 'End' })).toBe('last');
		expect(moveFor({ key: 'a' })).toBeNull();
		expect(moveFor({ key: 'toString' })).toBeNull();
	});

	it('leave keys to the browser when a modifier is held: Alt+Left is Back', () => {
		expect(moveFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', metaKey: true })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', shiftKey: true })).toBeNull();
	});

	it('leave arrows to a slider, a text field or any widget that uses them', () => {
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'INPUT', type: 'range' } })).toBeNull();
		expect(moveFor({ key: 'ArrowLeft', target: { tagName: 'input', type: 'text' } })).toBeNull();
		expect(moveFor({ key: 'ArrowLeft', target: { tagName: 'INPUT' } })).toBeNull();
		expect(moveFor({ key: 'ArrowDown', target: { tagName: 'SELECT' } })).toBeNull();
		expect(moveFor({ key: 'ArrowDown', target: { tagName: 'TEXTAREA' } })).toBeNull();
		expect(moveFor({ key: 'End', target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
		expect(moveFor({ key: 'ArrowRight', target: { tagName: 'DIV', role: 'slider' } })).toBeNull();
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
		expect(stepAfter(2, 'first', 6)).toBe(0);
		expect(stepAfter(2, 'last', 6)).toBe(5);
	});
});
