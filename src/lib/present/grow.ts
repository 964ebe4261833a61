/**
 * A sparse slide's type grows to fill the height the slide gives it: two options or four prompts read
 * larger than the smallest size a full slide needs. Only where the slide's height is fixed (a projector):
 * where the page would just grow taller with the type (a phone), the type stays as it is.
 */
import type { Action } from 'svelte/action';
import { largestFitting } from './fit';

/** On a step's root element, whose parent is the slide's body; `most` caps the growth (1.4: 40 % larger). */
export const growToFit: Action<HTMLElement, number | undefined> = (el, most = 1.4) => {
	const box = el.parentElement;
	if (!box) return;
	const fit = () => {
		el.style.fontSize = '';
		const room = box.clientHeight;
		const fits = (scale: number) => {
			el.style.fontSize = `${scale}em`;
			return el.offsetHeight <= room && box.clientHeight === room;
		};
		const scale = largestFitting(fits, most);
		el.style.fontSize = scale > 1 ? `${scale}em` : '';
	};
	fit();
	// The body's height changes with the screen, never with the type set here once it has fitted.
	const ro = new ResizeObserver(fit);
	ro.observe(box);
	return {
		destroy() {
			ro.disconnect();
		}
	};
};
