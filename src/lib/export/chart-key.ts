/** A chart's HTML key (swatches and labels), read back so that an exported image can draw it. */
import { resolveVars } from './inline-styles';

export interface KeyItem {
	text: string;
	/** The swatch colour, when the item has one. */
	color?: string;
}

const isSwatch = (el: Element, style: CSSStyleDeclaration) =>
	!el.textContent?.trim() && !/^(transparent|rgba\(0, 0, 0, 0\))?$/.test(style.backgroundColor);

/**
 * Reads a chart's HTML key (swatches and labels) into items the image can draw: a swatch starts an item
 * and the text after it labels it; text in another element or block starts an item of its own.
 */
export function readKey(container: Element): KeyItem[] {
	const items: KeyItem[] = [];
	let current: KeyItem | null = null;
	let textParent: Node | null = null;
	const walk = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		if (n instanceof Element) {
			const style = getComputedStyle(n);
			if (isSwatch(n, style))
				items.push((current = { text: '', color: resolveVars(style.backgroundColor, n) }));
			continue;
		}
		const text = n.textContent?.trim();
		if (!text) continue;
		if (current && (current.text === '' || n.parentNode === textParent))
			current.text = `${current.text} ${text}`.trim();
		else items.push((current = { text }));
		textParent = n.parentNode;
	}
	return items.filter((i) => i.text);
}

/** Text a chart sets beside its SVG (the numbered notes under a profile chart), as lines for the image. */
export function readNotes(plot: Element): string[] {
	return [...plot.children]
		.filter((el) => !(el instanceof SVGElement) && getComputedStyle(el).display !== 'none')
		.flatMap((el) => {
			const items = [...el.querySelectorAll('li')];
			if (items.length === 0) return [el.textContent?.trim() ?? ''];
			return items.map(
				(li, i) => `${el.tagName === 'OL' ? `${li.value || i + 1}.` : '•'} ${li.textContent?.trim()}`
			);
		})
		.filter((line) => line !== '');
}
