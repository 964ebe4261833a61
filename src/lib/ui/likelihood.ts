/**
 * The words a verdict uses for how likely its best option is to stay ahead, on one stated scale modelled
 * on the IPCC's calibrated language: a room remembers "a toss-up" and "very likely", not "57 %". Every
 * page, presenter step, export and comparison takes its words from here, so the same chance always reads
 * the same way.
 */

export interface LikelihoodBand {
	/** The calibrated term, as it stands in a sentence: "very likely". */
	term: string;
	/** The lowest probability the band holds (inclusive) and the highest (exclusive; 1 is held by the top band). */
	from: number;
	to: number;
	/** The band's range in words, for the page's legend: "above 90 %". */
	range: string;
}

/**
 * From the top. The IPCC's bands nest (likely is 66–100 %); here they are cut apart so each chance gets
 * exactly one word, the narrowest that holds it. Between 33 and 66 % the lead is a toss-up.
 */
export const LIKELIHOOD_SCALE: readonly LikelihoodBand[] = [
	{ term: 'virtually certain', from: 0.99, to: 1, range: '99 % or more' },
	{ term: 'very likely', from: 0.9, to: 0.99, range: '90 to 99 %' },
	{ term: 'likely', from: 0.66, to: 0.9, range: '66 to 90 %' },
	{ term: 'about as likely as not', from: 0.33, to: 0.66, range: '33 to 66 %: a toss-up' },
	{ term: 'unlikely', from: 0.1, to: 0.33, range: '10 to 33 %' },
	{ term: 'very unlikely', from: 0.01, to: 0.1, range: '1 to 10 %' },
	{ term: 'exceptionally unlikely', from: 0, to: 0.01, range: 'under 1 %' }
];

/** The band a probability falls in; a probability outside 0…1 (or NaN) is a bug upstream and throws. */
export function likelihood(p: number): LikelihoodBand {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`A probability lies between 0 and 1, not ${p}.`);
	return LIKELIHOOD_SCALE.find((b) => p >= b.from)!;
}

/** True for the middle band. */
/** The middle band: between its ends neither option can be called the likely winner. */
export const TOSS_UP: LikelihoodBand = LIKELIHOOD_SCALE.find((b) => b.from === 0.33)!;

export const isTossUp = (p: number): boolean => likelihood(p) === TOSS_UP;
