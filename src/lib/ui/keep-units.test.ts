import { describe, expect, it } from 'vitest';
import { keepUnits } from './keep-units';

const shown = (s: string) => keepUnits(s).replaceAll('\u00a0', '_');

describe('keepUnits', () => {
	it('binds a number to the unit after it', () => {
		expect(shown('How many merchants does the 0.6 % fee lose?')).toBe(
			'How many merchants does the 0.6_% fee lose?'
		);
		expect(shown('a cut of 1.5 points, over 10 years')).toBe('a cut of 1.5_points, over 10_years');
		expect(shown('about 300 m parcels and 4 bn more')).toBe('about 300_m parcels and 4_bn more');
	});

	it('binds a currency to the number after it, and that number to its unit', () => {
		expect(shown('USD 10.3 bn and RMB 380 bn; EUR −2 m')).toBe('USD_10.3_bn and RMB_380_bn; EUR_−2_m');
	});

	it('leaves a number followed by an ordinary word, and words that only begin like a unit', () => {
		const plain = 'In 2024 the group made 3 moves, 2 more than 1 month ago on 5 markets';
		expect(shown(plain)).toBe(plain);
		expect(shown('USD and RMB prices')).toBe('USD and RMB prices');
	});

	it('keeps every other character, so a text reads the same', () => {
		const text = 'Cainiao’s 2023 revenue was RMB 99 bn (about USD 14 bn), 12 % of the group’s.';
		expect(keepUnits(text).replaceAll('\u00a0', ' ')).toBe(text);
		expect(keepUnits(text)).not.toBe(text);
	});
});
