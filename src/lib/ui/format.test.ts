import { format } from 'd3-format';
import { describe, expect, it } from 'vitest';
import { decimalsOf, departure, formatSigned, formatSpan, formatValue, whole } from './format';

describe('numbers for people', () => {
	it('knows how many decimals a step needs', () => {
		expect([0.25, 5, 0.003, 0.1 + 0.2, 1e-4].map(decimalsOf)).toEqual([2, 0, 3, 1, 4]);
	});

	it('leads money with its currency, bare or with a scale', () => {
		expect(formatValue(2.134, 'USD bn')).toBe('USD\u00a02.13\u00a0bn');
		expect(formatValue(-31.7, 'RMB bn')).toBe('RMB\u00a0−31.7\u00a0bn');
		expect(formatValue(0.85, 'USD')).toBe('USD\u00a00.85');
		expect(formatSigned(0.3, 'USD bn')).toBe('USD\u00a0+0.3\u00a0bn');
		expect(formatSigned(1.25, 'RMB bn')).toBe('RMB\u00a0+1.25\u00a0bn');
	});

	it('groups thousands of whole numbers but never a decimal value', () => {
		expect(formatValue(125000, 'parcels/day')).toBe('125,000\u00a0parcels/day');
		expect(formatValue(-25000, 'x', 1)).toBe('−25,000\u00a0x');
		expect(formatValue(1234.5, 'x', 0.1)).toBe('1234.5\u00a0x');
		expect(formatValue(999, 'x', 1)).toBe('999\u00a0x');
		expect(formatValue(2000, 'USD/yr', 1)).toBe('2,000\u00a0USD/yr');
	});

	it('shows shares as percent and says what is not a number', () => {
		expect(formatValue(0.305, '%')).toBe('30.5\u00a0%');
		expect(formatValue(NaN, 'USD bn')).toBe('not a number');
	});

	it('says how far a value moved from its source', () => {
		expect(departure(11.8, 10, 'USD bn')).toBe('+18\u00a0% vs. source');
		expect(departure(0.3, 0.35, '%')).toBe('−5\u00a0pt vs. source');
		expect(departure(5, 5, 'x')).toBeNull();
	});
});

describe('whole numbers written as d3-format wrote them', () => {
	const values = [
		0,
		-0,
		0.4,
		-0.4,
		0.5,
		-0.5,
		1.5,
		-2.5,
		999.5,
		-999.5,
		1234.56,
		-98765.4,
		1e6,
		-1234567.89,
		1e15,
		1e21,
		-1.234e25,
		NaN,
		Infinity,
		-Infinity,
		Number.MIN_VALUE,
		-Number.MIN_VALUE
	];
	for (let k = 0; k < 200; k++) values.push(Math.sin(k * 12.9898) * 10 ** ((k % 9) - 2));
	it.each([
		['.0f', false, false],
		['+.0f', true, false],
		[',.0f', false, true]
	] as const)('%s', (spec, plus, group) => {
		const d3 = format(spec);
		for (const v of values) expect(whole(v, plus, group), String(v)).toBe(d3(v));
	});
});

describe('values too small to show', () => {
	it('are 0, with no sign, beside a true zero', () => {
		expect(formatSigned(0.004, 'USD bn')).toBe('USD\u00a00\u00a0bn');
		expect(formatSigned(0, 'USD bn')).toBe('USD\u00a00\u00a0bn');
		expect(formatValue(-0.004, 'USD bn')).toBe('USD\u00a00\u00a0bn');
		expect(formatValue(-0.00004, '%')).toBe('0\u00a0%');
		expect(formatSigned(0.00004, '%')).toBe('0\u00a0%');
		expect(formatSigned(0.04, 'USD bn')).toBe('USD\u00a0+0.04\u00a0bn');
		expect(formatSigned(0.03, '%')).toBe('+3\u00a0%');
	});
});

describe('a range', () => {
	it('writes a unit that follows the number once, and money and percent on both ends', () => {
		expect(formatSpan('1\u00a0developers', '30\u00a0developers', 'developers')).toBe(
			'1 to 30\u00a0developers'
		);
		expect(formatSpan('0\u00a0elasticity', '0.5\u00a0elasticity', 'elasticity')).toBe(
			'0 to 0.5\u00a0elasticity'
		);
		expect(formatSpan('USD\u00a01\u00a0bn', 'USD\u00a03\u00a0bn', 'USD bn')).toBe(
			'USD\u00a01\u00a0bn to USD\u00a03\u00a0bn'
		);
		expect(formatSpan('0\u00a0%', '5\u00a0%', '%')).toBe('0\u00a0% to 5\u00a0%');
		expect(formatSpan('1\u00a0year', '5\u00a0years', 'years')).toBe('1\u00a0year to 5\u00a0years');
	});
});

describe('a small departure from a large source', () => {
	it('keeps its first digit rather than reading +0 %', () => {
		expect(departure(30.1, 30, 'USD bn')).toBe('+0.3\u00a0% vs. source');
		expect(departure(29.99, 30, 'USD bn')).toBe('−0.03\u00a0% vs. source');
		expect(departure(33, 30, 'USD bn')).toBe('+10\u00a0% vs. source');
		expect(departure(30.3, 30, 'USD bn')).toBe('+1\u00a0% vs. source');
	});
});
