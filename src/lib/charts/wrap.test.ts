import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spacedLines, wrapLabel, wrapLines } from './wrap';

describe('wrapLabel', () => {
	it('leaves a label that fits on one line', () => {
		expect(wrapLabel('Discount rate', 20, 2)).toEqual(['Discount rate']);
	});

	it('breaks at spaces, never inside a word that fits', () => {
		expect(wrapLabel('Automation: parcels delivered within five days', 30, 2)).toEqual([
			'Automation: parcels delivered',
			'within five days'
		]);
	});

	it('never breaks at a no-break space: a number keeps its unit', () => {
		expect(wrapLabel('Cost above USD\u00a01.2\u00a0bn', 16, 2)).toEqual([
			'Cost above',
			'USD\u00a01.2\u00a0bn'
		]);
	});

	it('breaks a hyphenated word too long for a line after its hyphen, and keeps it whole where it fits', () => {
		expect(wrapLabel('Industry-standard delivery time', 16, 3)).toEqual([
			'Industry-',
			'standard',
			'delivery time'
		]);
		expect(wrapLabel('Industry-standard delivery time', 20, 3)).toEqual([
			'Industry-standard',
			'delivery time'
		]);
	});

	it('shortens only what does not fit in the lines allowed, and says so with an ellipsis', () => {
		const lines = wrapLabel('Automation: parcels delivered within five days', 12, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
	});

	it('never returns a line longer than asked, nor more lines, and loses no word when all fit', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 10 }),
				fc.integer({ min: 4, max: 40 }),
				fc.integer({ min: 1, max: 3 }),
				(words, chars, maxLines) => {
					const label = words.join(' ');
					const lines = wrapLabel(label, chars, maxLines);
					expect(lines.length).toBeLessThanOrEqual(maxLines);
					for (const l of lines) expect(l.length).toBeLessThanOrEqual(chars);
					if (!lines.some((l) => l.endsWith('…'))) expect(lines.join(' ')).toBe(label);
				}
			)
		);
	});

	it('marks which lines follow a space in the label and which a hyphen break', () => {
		expect(wrapLines('Industry-standard delivery time', 16, 3)).toEqual([
			{ text: 'Industry-', afterSpace: false },
			{ text: 'standard', afterSpace: false },
			{ text: 'delivery time', afterSpace: true }
		]);
	});
});

describe('spacedLines', () => {
	it('puts the spaces back on the side away from the anchor, so the text reads as the label', () => {
		const lines = wrapLines('Industry-standard delivery time', 16, 3);
		expect(spacedLines(lines, 'end')).toEqual(['Industry-', 'standard', ' delivery time']);
		expect(spacedLines(lines, 'start')).toEqual(['Industry-', 'standard ', 'delivery time']);
		expect(spacedLines(wrapLines('Discount rate', 8, 2), 'end').join('')).toBe('Discount rate');
	});

	it('joined, gives the label back whenever nothing was shortened, and never pads a line at its anchor', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-z]{1,9}(-[a-z]{1,9})?$/), { minLength: 1, maxLength: 10 }),
				fc.integer({ min: 4, max: 40 }),
				fc.integer({ min: 1, max: 4 }),
				(words, chars, maxLines) => {
					const label = words.join(' ');
					const lines = wrapLines(label, chars, maxLines);
					const end = spacedLines(lines, 'end');
					const start = spacedLines(lines, 'start');
					for (const l of end) expect(l.endsWith(' ')).toBe(false);
					for (const l of start) expect(l.startsWith(' ')).toBe(false);
					if (!lines.some((l) => l.text.endsWith('…'))) {
						expect(end.join('')).toBe(label);
						expect(start.join('')).toBe(label);
					}
				}
			)
		);
	});
});
