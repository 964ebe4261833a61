/**
 * A chart is drawn for the width it has on screen; printed, it must fit a column of the handout (app.css
 * sets the page in two columns). Just before printing the chart is redrawn at that width, so its labels
 * keep their size, and a viewBox scales it down if the paper is narrower still; after printing it is
 * drawn for the screen again. It must happen in beforeprint: a change once the browser has begun to lay
 * out the pages can lose content (Chromium then keeps its page count and drops what moved past it).
 */

/** A column of the printed handout in CSS px: half of A4 or Letter inside 12 mm margins, less the gap. */
export const PRINT_COLUMN = 340;
/** The handout's root font size in CSS px (app.css prints at 9px, to hold one page). */
export const PRINT_REM = 9;

export interface PrintFit {
	svg: () => SVGSVGElement | null | undefined;
	width: () => number;
	/**
	 * Draws the chart at this width, its text this many times its size on screen, before returning: a
	 * layout that sizes rows by their text (the waterfall) then gives paper no more room than it needs.
	 */
	redraw: (width: number, textScale: number) => void;
}

const MARK = 'data-print-fit';

function scale(svg: SVGSVGElement | null | undefined): void {
	// A chart's own viewBox is left alone.
	if (!svg || svg.hasAttribute('viewBox')) return;
	svg.setAttribute('viewBox', `0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
	svg.setAttribute(MARK, '');
}

function unscale(svg: SVGSVGElement | null | undefined): void {
	if (!svg?.hasAttribute(MARK)) return;
	svg.removeAttribute('viewBox');
	svg.removeAttribute(MARK);
}

/** Listens for printing; returns the function that stops listening. */
export function fitForPrint(fit: PrintFit): () => void {
	let screenWidth: number | null = null;
	const before = () => {
		screenWidth = fit.width();
		// Read before the print styles apply; were they on already, the text keeps its screen size: taller, not cut.
		const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || PRINT_REM;
		fit.redraw(Math.min(screenWidth, PRINT_COLUMN), PRINT_REM / rem);
		scale(fit.svg());
	};
	const after = () => {
		unscale(fit.svg());
		if (screenWidth !== null) fit.redraw(screenWidth, 1);
		screenWidth = null;
	};
	addEventListener('beforeprint', before);
	addEventListener('afterprint', after);
	return () => {
		removeEventListener('beforeprint', before);
		removeEventListener('afterprint', after);
	};
}
