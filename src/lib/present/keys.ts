/**
 * Which way a key press moves a presentation. ← and → step, and so do Page Up and Page Down, which is
 * what a presentation clicker sends. ↑, ↓, Home and End are left to the page, which may need to scroll a
 * tall slide. A key pressed in a control that uses arrows itself (a slider, a text field, a list box), in
 * an open dialog, or with a modifier (Alt+← is the browser's Back) is left alone; so are ← and → in a box
 * the keyboard focused to scroll it that is wider than it shows (a slide's data table), which a keyboard
 * could not scroll sideways otherwise. A clicker's Page Up and Page Down step from there too.
 */
export type Move = 'next' | 'previous';

export interface KeyPress {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	/** What the event's target is, as far as it is known. */
	target?: {
		tagName?: string;
		type?: string;
		isContentEditable?: boolean;
		/** The target is, or sits inside, a widget whose arrow keys move within it (ARROW_WIDGETS). */
		inArrowWidget?: boolean;
		/** The target sits in an open dialog: the slide behind it is not what the keys are for. */
		inDialog?: boolean;
		/** The target is a box that scrolls sideways, focused by keyboard to be scrolled: ← and → scroll it. */
		scrollsSideways?: boolean;
	} | null;
}

const KEYS: Record<string, Move> = {
	ArrowRight: 'next',
	PageDown: 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous'
};

/** A CSS selector for the ARIA widgets, containers and their items alike, that use arrow keys themselves. */
export const ARROW_WIDGETS = [
	'slider',
	'spinbutton',
	'textbox',
	'combobox',
	'listbox',
	'option',
	'radiogroup',
	'radio',
	'tablist',
	'tab',
	'menu',
	'menubar',
	'menuitem',
	'menuitemcheckbox',
	'menuitemradio',
	'tree',
	'treeitem',
	'grid',
	'gridcell',
	'treegrid'
]
	.map((role) => `[role='${role}']`)
	.join(',');

/** Inputs that ignore arrow keys, so the presentation may have them. */
const KEYLESS_INPUTS = ['checkbox', 'button', 'submit', 'reset'];

export function moveFor(e: KeyPress): Move | null {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
	const move = Object.hasOwn(KEYS, e.key) ? KEYS[e.key] : null;
	if (!move) return null;
	const t = e.target;
	if (t) {
		const tag = (t.tagName ?? '').toUpperCase();
		if (t.isContentEditable || t.inArrowWidget || t.inDialog || tag === 'TEXTAREA' || tag === 'SELECT')
			return null;
		if (tag === 'INPUT' && !KEYLESS_INPUTS.includes((t.type ?? 'text').toLowerCase())) return null;
		if (t.scrollsSideways && e.key.startsWith('Arrow')) return null;
	}
	return move;
}

/** The index a move leads to among `count` steps, staying within them. */
export function stepAfter(index: number, move: Move, count: number): number {
	return Math.max(0, Math.min(count - 1, move === 'next' ? index + 1 : index - 1));
}
