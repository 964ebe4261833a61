import { describe, expect, it } from 'vitest';
import { parseTyped } from './typed-number';

describe('a number as a person types it', () => {
	it.each([
		['55,000', 55000],
		['1,000,000', 1000000],
		['55 000', 55000],
		['55\u202f000', 55000],
		['1,234.5', 1234.5],
		['1.234,5', 1234.5],
		['1.234.567', 1234567],
		['0,5', 0.5],
		['2,25', 2.25],
		['12,5', 12.5],
		['1.5', 1.5],
		['.5', 0.5],
		['−3', -3],
		['-3.5', -3.5],
		['+7', 7],
		['1e3', 1000],
		['  42  ', 42],
		['0,125', 0.125],
		['-0,5', -0.5],
		['1,50', 1.5],
		['1 234 567.5', 1234567.5]
	])('%s is %d', (text, n) => expect(parseTyped(text)).toBe(n));

	it('drops a trailing % only where the box is in percent', () => {
		expect(parseTyped('12 %', true)).toBe(12);
		expect(parseTyped('12%', true)).toBe(12);
		expect(parseTyped('12 %')).toBeUndefined();
	});

	it.each([
		'',
		'abc',
		'1,2,3',
		'12,34,567',
		'1.2.3',
		'1,234,56.7',
		'--3',
		'5 apples',
		'Infinity',
		'NaN',
		'0x10'
	])('%j is not a number', (text) => expect(parseTyped(text)).toBeUndefined());
});
