import { describe, expect, it } from 'vitest';
import { slug, wrapSpaced } from './text';

describe('wrapSpaced', () => {
	it('fills lines greedily without passing the width', () => {
		const lines = wrapSpaced('the quick brown fox jumps over the lazy dog', 15);
		// Each line broken at a space keeps it, so that the lines run together read as the text.
		expect(lines).toEqual(['the quick brown ', 'fox jumps over ', 'the lazy dog']);
		expect(lines.join('')).toBe('the quick brown fox jumps over the lazy dog');
		for (const l of lines) expect(l.trimEnd().length).toBeLessThanOrEqual(15);
	});

	it('never breaks at a no-break space: a number keeps its unit', () => {
		const lines = wrapSpaced('the lead is USD\u00a00.12\u00a0bn more', 16);
		expect(lines).toEqual(['the lead is ', 'USD\u00a00.12\u00a0bn more']);
		expect(lines.join('')).toBe('the lead is USD\u00a00.12\u00a0bn more');
	});

	it('cuts a word longer than a line, such as a URL, and keeps every character', () => {
		const url = 'https://example.com/decisions/cainiao-ownership?v=1&uplift=0.0115';
		const lines = wrapSpaced(`Scenario: ${url}`, 20);
		// No space is added inside the cut word.
		expect(lines.join('')).toBe(`Scenario: ${url}`);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
	});

	it('collapses whitespace and gives no lines for empty text', () => {
		expect(wrapSpaced('  a \n\t b  ', 40)).toEqual(['a b']);
		expect(wrapSpaced('   ', 40)).toEqual([]);
	});
});

describe('slug', () => {
	it('makes a file-name-safe, readable name', () => {
		expect(slug('Value over time')).toBe('value-over-time');
		expect(slug('Alibaba’s stake — 2024 (%)')).toBe('alibaba-s-stake-2024');
		expect(slug('Café déjà vu')).toBe('cafe-deja-vu');
	});

	it('shortens at a word boundary', () => {
		const s = slug('Cumulative present value to Alibaba, value after 2033 not included, USD bn', 40);
		expect(s).toBe('cumulative-present-value-to-alibaba');
		expect(s.length).toBeLessThanOrEqual(40);
	});
});
