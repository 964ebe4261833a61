import { describe, expect, it } from 'vitest';
import { isTossUp, likelihood, LIKELIHOOD_SCALE } from './likelihood';

describe('the likelihood scale', () => {
	it('covers 0 to 1 without gaps or overlaps, from the top down', () => {
		expect(LIKELIHOOD_SCALE[0].to).toBe(1);
		expect(LIKELIHOOD_SCALE.at(-1)!.from).toBe(0);
		for (let i = 1; i < LIKELIHOOD_SCALE.length; i++)
			expect(LIKELIHOOD_SCALE[i].to).toBe(LIKELIHOOD_SCALE[i - 1].from);
	});

	it('gives every probability the band that holds it', () => {
		for (let k = 0; k <= 1000; k++) {
			const p = k / 1000;
			const b = likelihood(p);
			expect(p >= b.from && (p < b.to || b.to === 1)).toBe(true);
		}
	});

	it('calls a lead that holds in 49 % (and 57 %) of futures a toss-up, in the IPCC’s words', () => {
		expect(likelihood(0.49).term).toBe('about as likely as not');
		expect(isTossUp(0.49)).toBe(true);
		expect(isTossUp(0.57)).toBe(true);
	});

	it('puts the IPCC’s thresholds where it puts them', () => {
		expect(likelihood(0.67).term).toBe('likely');
		expect(likelihood(0.66).term).toBe('likely');
		expect(likelihood(0.659).term).toBe('about as likely as not');
		expect(likelihood(0.33).term).toBe('about as likely as not');
		expect(likelihood(0.329).term).toBe('unlikely');
		expect(likelihood(0.9).term).toBe('very likely');
		expect(likelihood(0.995).term).toBe('virtually certain');
		expect(likelihood(1).term).toBe('virtually certain');
		expect(likelihood(0.05).term).toBe('very unlikely');
		expect(likelihood(0).term).toBe('exceptionally unlikely');
	});

	it('refuses what is not a probability', () => {
		expect(() => likelihood(Number.NaN)).toThrow(RangeError);
		expect(() => likelihood(1.2)).toThrow(RangeError);
	});
});
