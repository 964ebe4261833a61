// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitForPrint, PRINT_COLUMN, PRINT_REM } from './print-fit';

describe('fitForPrint', () => {
	let stop = () => {};
	afterEach(() => {
		stop();
		document.documentElement.style.fontSize = '';
	});

	const chart = (w: number) => {
		const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		svg.setAttribute('width', String(w));
		svg.setAttribute('height', '100');
		let width = w;
		const redraw = vi.fn((next: number) => {
			width = next;
			svg.setAttribute('width', String(next));
		});
		stop = fitForPrint({ svg: () => svg, width: () => width, redraw });
		return { svg, redraw };
	};

	it('redraws for the paper’s column with the paper’s text size, and for the screen again after', () => {
		document.documentElement.style.fontSize = '17px';
		const { svg, redraw } = chart(703);
		dispatchEvent(new Event('beforeprint'));
		expect(redraw).toHaveBeenLastCalledWith(PRINT_COLUMN, PRINT_REM / 17);
		expect(svg.getAttribute('viewBox')).toBe(`0 0 ${PRINT_COLUMN} 100`);
		dispatchEvent(new Event('afterprint'));
		expect(redraw).toHaveBeenLastCalledWith(703, 1);
		expect(svg.hasAttribute('viewBox')).toBe(false);
	});

	it('keeps a chart narrower than the column at its width, with the paper’s text size', () => {
		document.documentElement.style.fontSize = '16px';
		const { redraw } = chart(300);
		dispatchEvent(new Event('beforeprint'));
		expect(redraw).toHaveBeenLastCalledWith(300, PRINT_REM / 16);
		dispatchEvent(new Event('afterprint'));
		expect(redraw).toHaveBeenLastCalledWith(300, 1);
	});
});
