/**
 * Which way a key press moves a presentation. Arrow keys and Page Up/Down (what a presentation clicker
 * sends) step; Home and End go to the ends. A key pressed in a control that uses it (a slider, a text
 * field, a list box) or with a modifier (Alt+Left is the browser's Back) is left alone.
 */
export type Move = 'next' | 'previous' | 'first' | 'last';

export interface KeyPress {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	/** What the event's target is: its tag name, type attribute and role, as far as they are known. */
	target?: { tagName?: string; type?: string; role?: string | null; isContentEditable?: boolean } | null;
}

const KEYS: Record<string, Move> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last'
};

/** Roles whose widgets use arrow keys themselves. */
const ARROW_ROLES = new Set([
	'slider',
	'spinbutton',
	'listbox',
	'menu',
	'menubar',
	'radiogroup',
	'tablist',
	'textbox',
	'combobox',
	'tree',
	'grid'
]);

export function moveFor(e: KeyPress): Move | null {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
	const move = Object.hasOwn(KEYS, e.key) ? KEYS[e.key] : null;
	if (!move) return null;
	const t = e.target;
	if (t) {
		const tag = (t.tagName ?? '').toUpperCase();
		if (t.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return null;
		// A checkbox or button ignores arrows, so they can step the presentation; every other input uses them.
		if (
			tag === 'INPUT' &&
			!['checkbox', 'button', 'submit', 'reset'].includes((t.type ?? 'text').toLowerCase())
		)
			return null;
		if (t.role && ARROW_ROLES.has(t.role)) return null;
	}
	return move;
}

/** The index a move leads to among `count` steps, staying within them. */
export function stepAfter(index: number, move: Move, count: number): number {
	const next =
		move === 'next' ? index + 1 : move === 'previous' ? index - 1 : move === 'first' ? 0 : count - 1;
	return Math.max(0, Math.min(count - 1, next));
}
