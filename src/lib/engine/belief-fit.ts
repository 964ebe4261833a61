/**
 * One person's estimate of a parameter, fitted to the parameter's distribution family as the Sheffield
 * Elicitation Framework (SHELF) does before pooling: the best guess is the centre the family already uses
 * (the mode for triangular and PERT, the median otherwise) and the low and high are the 5th and 95th
 * percentiles.
 *
 * Triangular and PERT have three free numbers and fit all three stated ones exactly. Normal, uniform and
 * lognormal have two: they keep the best guess as the median and the stated width (in log space for the
 * lognormal), which is the least-squares fit of the two percentiles once the median is fixed. An
 * asymmetric range in a symmetric family therefore comes out symmetric around the best guess; `p05` and
 * `p95` say where the fitted percentiles landed, so the page can show it.
 *
 * A best guess without a range gets the spread of the model's own interval, moved to the best guess
 * exactly as distributions.ts moves it with a slider (`implied` says so). Every fit is truncated to the
 * parameter's min…max by inversion, as drawInto truncates the engine's draws, so the pool holds no mass
 * a slider could not reach.
 *
 * Pure: no UI or state imports.
 */
import { fitDistribution, type Fitted } from './distributions';
import type { DistributionKind, ParamDef } from './types';

/** What a participant answers (src/lib/room/protocol.ts EstimateValue), in the parameter's stored unit. */
export interface Estimate {
	best: number;
	low?: number;
	high?: number;
}

/** A distribution on a bounded interval, as the pool needs it. */
export interface Belief {
	cdf(x: number): number;
	/** The smallest x with cdf(x) ≥ p. */
	quantile(p: number): number;
	/** Where all of the mass lies. */
	lo: number;
	hi: number;
}

export type AnswerFit =
	| {
			ok: true;
			belief: Belief;
			family: DistributionKind;
			/** True when the answer had no range and got the model's own spread around the best guess. */
			implied: boolean;
			/** The fitted 5th, 50th and 95th percentiles, after truncation to the parameter's range. */
			p05: number;
			p50: number;
			p95: number;
	  }
	| { ok: false; reason: string };

/**
 * Fits one estimate of `param`. Never throws: an answer that cannot be fitted gets a sentence saying why,
 * which the page can show next to it.
 */
export function fitAnswer(param: ParamDef, answer: Estimate): AnswerFit {
	const u = param.uncertain;
	if (!u)
		return refuse(
			`${param.label} has no uncertainty in this model, so the room’s estimates cannot replace it.`
		);
	const { best, low, high } = answer;
	if (!Number.isFinite(best)) return refuse('The best guess is not a number.');
	if (best < param.min || best > param.max) {
		return refuse(`The best guess lies outside the range the model allows (${param.min} to ${param.max}).`);
	}
	if (u.dist === 'lognormal' && !(best > 0)) {
		return refuse('This estimate follows a lognormal distribution, which needs a best guess above zero.');
	}
	const ranged = low !== undefined || high !== undefined;
	let fitted: Fitted;
	if (!ranged) {
		fitted = fitDistribution(u, best, param.default);
	} else {
		if (low === undefined || high === undefined) return refuse('Give both ends of the range, or neither.');
		if (!Number.isFinite(low) || !Number.isFinite(high)) return refuse('The range’s ends are not numbers.');
		if (!(low <= best && best <= high)) {
			return refuse('The low value must not be above the best guess, nor the high value below it.');
		}
		if (!(low < high)) return refuse('The range has no width, so no spread can be fitted to it.');
		const got = fitRange(u.dist, best, low, high);
		if (typeof got === 'string') return refuse(got);
		fitted = got;
	}
	const belief = truncate(fitted, param.min, param.max);
	return {
		ok: true,
		belief,
		family: u.dist,
		implied: !ranged,
		p05: belief.quantile(0.05),
		p50: belief.quantile(0.5),
		p95: belief.quantile(0.95)
	};
}

const refuse = (reason: string): AnswerFit => ({ ok: false, reason });

/**
 * A stated range in `dist`. fitDistribution states an interval around a default and moves it to a value;
 * choosing the default as the interval's own centre (arithmetic, or geometric for the lognormal) puts the
 * family's centre at the best guess with the width kept, and for triangular and PERT a default at the best
 * guess leaves the interval where it was stated, with the mode at the best guess.
 */
function fitRange(dist: DistributionKind, best: number, low: number, high: number): Fitted | string {
	if (dist === 'lognormal' && !(low > 0)) {
		return 'This estimate follows a lognormal distribution, so the low value must be above zero.';
	}
	const centre =
		dist === 'lognormal'
			? Math.sqrt(low) * Math.sqrt(high)
			: dist === 'normal' || dist === 'uniform'
				? 0.5 * low + 0.5 * high
				: best;
	try {
		return fitDistribution({ dist, low, high }, best, centre);
	} catch (e) {
		return e instanceof RangeError ? 'This range cannot be fitted: its ends are too far apart.' : String(e);
	}
}

/**
 * `fitted` restricted to [min, max] without point masses, as drawInto draws it: p ↦ F⁻¹(F(min) + p·span).
 * When the interval holds no probability a double can resolve, all of it goes to the nearer bound.
 */
export function truncate(fitted: Fitted, min: number, max: number): Belief {
	const pLow = min > -Infinity ? fitted.cdf(min) : 0;
	const pHigh = max < Infinity ? fitted.cdf(max) : 1;
	if (!(pHigh > 0) || !(pLow < 1)) return pointMass(pHigh > 0 ? min : max);
	const span = pHigh - pLow;
	const clampX = (x: number) => (x >= min ? (x <= max ? x : max) : min);
	const quantile = (p: number) => clampX(fitted.quantile(pLow + clamp01(p) * span));
	const cdf = (x: number) => (x < min ? 0 : x >= max ? 1 : clamp01((fitted.cdf(x) - pLow) / span));
	return { cdf, quantile, lo: quantile(0), hi: quantile(1) };
}

export function pointMass(at: number): Belief {
	return { cdf: (x) => (x >= at ? 1 : 0), quantile: () => at, lo: at, hi: at };
}

function clamp01(x: number): number {
	return x > 0 ? (x < 1 ? x : 1) : 0;
}
