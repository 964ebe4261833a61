import { describe, expect, it } from 'vitest';
import { inSentence } from './in-sentence';

describe('inSentence', () => {
	it('lowercases a label that opens with an ordinary word', () => {
		expect(inSentence('Price cut on core services')).toBe('price cut on core services');
		expect(inSentence('Delivery 2025–2032')).toBe('delivery 2025–2032');
	});

	it('keeps names, acronyms and numbers as they are', () => {
		for (const label of [
			'Cainiao’s cost per parcel',
			'DingTalk',
			'API margin per developer',
			'IPO fees',
			'R&D savings',
			'1688',
			'Sun Art’s price',
			'Xianyu',
			'AliExpress Choice orders'
		])
			expect(inSentence(label)).toBe(label);
	});

	it('lowercases only the first letter', () => {
		expect(inSentence('Share of SME merchants')).toBe('share of SME merchants');
	});
});
