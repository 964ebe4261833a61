import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from './rfc4180';

describe('csvField', () => {
	it('writes numbers plainly, with a point and full precision, and leaves non-finite ones empty', () => {
		expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
		expect(csvField(-1.5)).toBe('-1.5');
		expect(csvField(1e21)).toBe('1e+21');
		expect(csvField(NaN)).toBe('');
		expect(csvField(Infinity)).toBe('');
		expect(csvField(null)).toBe('');
	});

	it('quotes fields with a comma, quote or line break and doubles the quotes', () => {
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "yes"')).toBe('"say ""yes"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\r')).toBe('"cr\r"');
	});

	it('defuses text a spreadsheet would run as a formula, but not numbers written as text', () => {
		for (const evil of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '=HYPERLINK("http://x","y")', '\tx'])
			expect(csvField(evil).replace(/^"/, '')).toMatch(/^'/);
		expect(csvField('=cmd|"/c calc"!A0')).toBe(`"'=cmd|""/c calc""!A0"`);
		for (const number of ['-1.5', '+2', '-0.3e-4']) expect(csvField(number)).toBe(number);
		expect(csvField('−18 % vs. source')).toBe('−18 % vs. source');
	});
});

describe('toCsv and parseCsv', () => {
	it('end every row with CRLF and read back what was written', () => {
		const rows = [
			['id', 'text', 'n'],
			['a', 'with, comma and "quotes"\nand a line', 1.25],
			[],
			['=bad', -3, true]
		];
		const text = toCsv(rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n')).toEqual([expect.any(String), expect.any(String), '', expect.any(String), '']);
		expect(parseCsv(text)).toEqual([
			['id', 'text', 'n'],
			['a', 'with, comma and "quotes"\nand a line', '1.25'],
			[''],
			["'=bad", '-3', 'yes']
		]);
	});

	it('refuses malformed input rather than guessing', () => {
		expect(() => parseCsv('a\nb\r\n')).toThrow(/Line break/);
		expect(() => parseCsv('a"b\r\n')).toThrow(/Quote/);
		expect(() => parseCsv('"open\r\n')).toThrow(/Unclosed/);
	});
});
