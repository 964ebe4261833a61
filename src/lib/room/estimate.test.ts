import { describe, expect, it } from 'vitest';
import { fieldsOf, readEstimate } from './estimate';
import { readNumber } from './typed';

const share = { unit: '%', min: 0.05, max: 0.6, range: '5 % to 60 %' };
const money = { unit: 'USD bn', min: 0, max: 20, range: 'USD 0 bn to USD 20 bn' };

describe('readEstimate', () => {
	it('stores percent as a fraction and reads a comma as the decimal mark', () => {
		expect(readEstimate({ best: '35', low: '', high: '' }, share)).toEqual({
			ok: true,
			value: { best: 0.35 }
		});
		expect(readEstimate({ best: '7', low: '5,5', high: ' 12 ' }, share)).toEqual({
			ok: true,
			value: { best: 0.07, low: 0.055, high: 0.12 }
		});
		expect(readEstimate({ best: '2.5', low: '1', high: '4' }, money)).toEqual({
			ok: true,
			value: { best: 2.5, low: 1, high: 4 }
		});
	});

	it('says which field to fix, and why', () => {
		const bad = (best: string, low = '', high = '', p = share) => readEstimate({ best, low, high }, p);
		expect(bad('')).toEqual({ ok: false, field: 'best', error: 'Type your best guess first.' });
		expect(bad('abc')).toMatchObject({ field: 'best', error: expect.stringContaining('not a number') });
		expect(bad('70')).toEqual({
			ok: false,
			field: 'best',
			error: 'Your best guess must be from 5 % to 60 %.'
		});
		expect(bad('30', '20')).toMatchObject({ field: 'high', error: expect.stringContaining('both ends') });
		expect(bad('30', '', '40')).toMatchObject({ field: 'low' });
		expect(bad('30', '35', '40')).toMatchObject({ field: 'low', error: expect.stringContaining('above') });
		expect(bad('30', '20', '25')).toMatchObject({ field: 'high', error: expect.stringContaining('below') });
		expect(bad('30', '4', '40')).toMatchObject({ field: 'low', error: expect.stringContaining('from 5 %') });
	});

	it('gives back the fields a stored estimate was typed as', () => {
		expect(fieldsOf({ best: 0.07, low: 0.055, high: 0.12 }, '%')).toEqual({
			best: '7',
			low: '5.5',
			high: '12'
		});
		expect(fieldsOf({ best: 2.5 }, 'USD bn')).toEqual({ best: '2.5', low: '', high: '' });
	});
});

describe('readNumber', () => {
	it('reads numbers as phones type them, and nothing else', () => {
		expect(readNumber(' 1 200 ')).toBe(1200);
		expect(readNumber('−3')).toBe(-3);
		expect(readNumber('.5')).toBe(0.5);
		expect(readNumber('')).toBeNull();
		expect(readNumber('1e9')).toBeNaN();
		expect(readNumber('12abc')).toBeNaN();
	});
});
