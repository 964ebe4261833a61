import { describe, expect, it } from 'vitest';
import { chartZoom, fitCount, largestFitting, minTextPx } from './fit';

describe('minTextPx', () => {
	it('is 24 px on a 1080-line projector and 16 px on a 720-line one', () => {
		expect(minTextPx(1920, 1080)).toBe(24);
		expect(minTextPx(1280, 720)).toBe(16);
	});

	it('follows the width on a screen narrower than 16:9, the height on a wider one', () => {
		expect(minTextPx(1920, 1200)).toBe(24);
		expect(minTextPx(2560, 1080)).toBe(24);
		expect(minTextPx(3840, 2160)).toBe(48);
	});

	it('never goes below 16 px', () => {
		expect(minTextPx(390, 844)).toBe(16);
		expect(minTextPx(1024, 600)).toBe(16);
	});
});

describe('chartZoom', () => {
	it('draws a chart’s 0.75 rem ticks at the slide’s smallest size', () => {
		// The app's rem is 17 px (106.25 %): ticks at 12.75 px.
		expect(chartZoom(24, 17) * 0.75 * 17).toBeCloseTo(24, 10);
		expect(chartZoom(16, 17) * 0.75 * 17).toBeCloseTo(16, 10);
	});

	it('never shrinks a chart', () => {
		expect(chartZoom(10, 17)).toBe(1);
	});
});

describe('fitCount', () => {
	it('keeps every item when the last one fits, with no line for more', () => {
		expect(fitCount([100, 200, 300], 300, 50)).toBe(3);
		expect(fitCount([], 10, 50)).toBe(0);
	});

	it('keeps the items that fit above the “and N more” line', () => {
		// 301 does not fit in 300; the more line takes 50, so only the items ending by 250 stay.
		expect(fitCount([100, 200, 301], 300, 50)).toBe(2);
		expect(fitCount([100, 260, 301], 300, 50)).toBe(1);
	});

	it('keeps at least the items a slide must show, even where they do not fit', () => {
		expect(fitCount([400, 800], 300, 50)).toBe(1);
		expect(fitCount([400, 800, 900], 300, 50, 2)).toBe(2);
		expect(fitCount([400], 300, 50, 3)).toBe(1);
	});
});

describe('largestFitting', () => {
	it('finds the largest scale that fits, to within a few hundredths', () => {
		const k = largestFitting((s) => s * 300 <= 400, 1.6);
		expect(k).toBeLessThanOrEqual(400 / 300);
		expect(k).toBeGreaterThan(400 / 300 - 0.01);
	});

	it('takes the most when it fits, and 1 when nothing larger does', () => {
		expect(largestFitting(() => true, 1.4)).toBe(1.4);
		expect(largestFitting((s) => s <= 1, 1.4)).toBe(1);
		expect(largestFitting(() => false, 1.4)).toBe(1);
	});
});
