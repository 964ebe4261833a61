/**
 * Probability distributions for uncertain parameters.
 *
 * The promise to the person using the model: a parameter's `{ dist, low, high }` are the 5th and 95th
 * percentiles around the parameter's DEFAULT, and when they move the value, the distribution moves with
 * it. Normal, uniform, triangular and PERT are shifted by (value − default); lognormal, whose spread is
 * naturally relative, is scaled by value / default. Triangular and PERT put their mode at the value.
 *
 * Sampling is by inversion (x = F⁻¹(u)) of cached uniforms, so moving a slider redraws every parameter
 * from the same random numbers and outputs change smoothly rather than with fresh noise.
 */
import type { DistributionKind, Uncertainty } from './types';
import { normalCdf, normalCentral, normalQuantile } from './special';
import { unitShape, type BoundedKind, type UnitShape } from './bounded';

export interface Fitted {
	kind: DistributionKind;
	/** Inverse CDF. */
	quantile(p: number): number;
	cdf(x: number): number;
	mean: number;
}

/** What drawInto needs of a distribution: a fitted family, or a room's quantile table (quantile-table.ts). */
export type Drawable = Pick<Fitted, 'quantile' | 'cdf'>;

/** Φ⁻¹(0.95): the half-width of a central 90 % interval of the standard normal, in standard deviations. */
const Z95 = 1.6448536269514722;

/** drawInto's loop body once F(min) and F(max) are known. */
type Fill = (
	pLow: number,
	span: number,
	u: Float64Array,
	out: Float64Array,
	min: number,
	max: number
) => void;

// Each kind gets its own copy of the sampling loop. A single loop calling fitted.quantile sees every kind
// at one call site, and that megamorphic call cost 5–14 ns per sample, up to half the total, in
// measurements; per-kind loops let V8 inline the quantile. A WeakMap rather than a method keeps Fitted to
// its four members, and freezing keeps the loop and the quantile from drifting apart.
const fills = new WeakMap<Drawable, Fill>();

function register(fitted: Fitted, fill: Fill): Fitted {
	fills.set(Object.freeze(fitted), fill);
	return fitted;
}

// The normal kinds draw in two passes: the centre of AS 241 (85 % of draws) in a loop of its own, the
// tails in a second loop over their indices. A loop that may call out to the tail code (a logarithm, a
// square root) ran at about half the speed in measurements, even though it rarely takes that branch.
let tailScratch = new Int32Array(1024);

/** A scratch array for the indices of tail draws, at least n long, shared by every fill. */
function tailIndices(n: number): Int32Array {
	if (tailScratch.length < n) tailScratch = new Int32Array(n);
	return tailScratch;
}

function normal(mu: number, sigma: number): Fitted {
	const quantile = (p: number) => mu + sigma * normalQuantile(p);
	const cdf = (x: number) => normalCdf((x - mu) / sigma);
	return register({ kind: 'normal', quantile, cdf, mean: mu }, (pLow, span, u, out, min, max) => {
		const tails = tailIndices(u.length);
		let count = 0;
		for (let i = 0; i < u.length; i++) {
			const q = pLow + u[i] * span - 0.5;
			if (Math.abs(q) <= 0.425) {
				const x = mu + sigma * normalCentral(q);
				out[i] = x >= min ? (x <= max ? x : max) : min;
			} else tails[count++] = i;
		}
		for (let k = 0; k < count; k++) {
			const i = tails[k];
			const x = mu + sigma * normalQuantile(pLow + u[i] * span);
			out[i] = x >= min ? (x <= max ? x : max) : min;
		}
	});
}

/** exp of a normal(mu, sigma), plus `shift` (zero except in the fallback described in fitDistribution). */
function lognormal(mu: number, sigma: number, shift: number): Fitted {
	const quantile = (p: number) => Math.exp(mu + sigma * normalQuantile(p)) + shift;
	const cdf = (x: number) => (x - shift > 0 ? normalCdf((Math.log(x - shift) - mu) / sigma) : 0);
	const mean = Math.exp(mu + 0.5 * sigma * sigma) + shift;
	return register({ kind: 'lognormal', quantile, cdf, mean }, (pLow, span, u, out, min, max) => {
		const tails = tailIndices(u.length);
		let count = 0;
		for (let i = 0; i < u.length; i++) {
			const q = pLow + u[i] * span - 0.5;
			if (Math.abs(q) <= 0.425) {
				const x = Math.exp(mu + sigma * normalCentral(q)) + shift;
				out[i] = x >= min ? (x <= max ? x : max) : min;
			} else tails[count++] = i;
		}
		for (let k = 0; k < count; k++) {
			const i = tails[k];
			const x = Math.exp(mu + sigma * normalQuantile(pLow + u[i] * span)) + shift;
			out[i] = x >= min ? (x <= max ? x : max) : min;
		}
	});
}

function uniform(a: number, width: number): Fitted {
	const quantile = (p: number) => a + width * p;
	const cdf = (x: number) => clamp01((x - a) / width);
	return register({ kind: 'uniform', quantile, cdf, mean: a + width / 2 }, (pLow, span, u, out, min, max) => {
		for (let i = 0; i < u.length; i++) {
			const x = a + width * (pLow + u[i] * span);
			out[i] = x >= min ? (x <= max ? x : max) : min;
		}
	});
}

/** A unit shape scaled onto [a, a + range]. */
function bounded(kind: BoundedKind, shape: UnitShape, a: number, range: number): Fitted {
	const quantile = (p: number) => a + range * shape.quantile(p);
	const cdf = (x: number) => shape.cdf((x - a) / range);
	return register({ kind, quantile, cdf, mean: a + range * shape.mean }, (pLow, span, u, out, min, max) =>
		shape.fill(a, range, pLow, span, u, out, min, max)
	);
}

/**
 * Fits `u` (stated around `defaultValue`) to a parameter currently set to `value`, so that the 5th and
 * 95th percentiles are low and high moved as described at the top of this file.
 *
 * Lognormal needs value / default to be a meaningful scale; when the default or the value is not
 * positive, the shape fitted to [low, high] in log space is shifted additively instead, like the other
 * kinds, so the distribution stays continuous in the value rather than failing.
 *
 * Throws a RangeError for an interval that cannot be fitted (not finite, low ≥ high, a lognormal with
 * low ≤ 0), the same conditions validate.ts reports for model files.
 */
export function fitDistribution(u: Uncertainty, value: number, defaultValue: number): Fitted {
	const { dist, low, high } = u;
	if (!(Number.isFinite(low) && Number.isFinite(high) && low < high && Number.isFinite(high - low))) {
		throw new RangeError(`uncertainty needs finite low < high, got [${low}, ${high}]`);
	}
	if (!Number.isFinite(value) || !Number.isFinite(defaultValue)) {
		throw new RangeError(`value and default must be finite, got ${value} and ${defaultValue}`);
	}
	if (dist === 'lognormal') {
		if (!(low > 0)) throw new RangeError(`a lognormal interval must be positive, got [${low}, ${high}]`);
		const scale = value / defaultValue;
		const scaled = defaultValue > 0 && value > 0 && scale * low > 0 && Number.isFinite(scale * high);
		const [lo, hi, shift] = scaled ? [low * scale, high * scale, 0] : [low, high, value - defaultValue];
		const logLo = Math.log(lo);
		const logHi = Math.log(hi);
		return lognormal(0.5 * (logLo + logHi), (logHi - logLo) / (2 * Z95), shift);
	}
	const shift = value - defaultValue;
	const lo = low + shift;
	const hi = high + shift;
	if (dist === 'normal') {
		// Halves before differences so that intervals near the double range cannot overflow to NaN.
		return normal(0.5 * lo + 0.5 * hi, (0.5 * hi - 0.5 * lo) / Z95);
	}
	if (dist === 'uniform') {
		const width = (hi - lo) / 0.9;
		return uniform(lo - 0.05 * width, width);
	}
	// The mode is the value, which sits where the default sat in [low, high]. A default outside that
	// interval (which validate.ts rejects for these kinds) is clamped into it here: the fit below would
	// otherwise have no solution.
	const g = clamp01((defaultValue - low) / (high - low));
	const shape = unitShape(dist, g);
	const range = (hi - lo) / (shape.q95 - shape.q05);
	return bounded(dist, shape, lo - range * shape.q05, range);
}

function clamp01(x: number): number {
	return x > 0 ? (x < 1 ? x : 1) : 0;
}

/**
 * Transforms cached uniforms into draws of `fitted`, truncated to [min, max] WITHOUT point masses:
 * each uniform u is mapped to p = F(min) + u·(F(max) − F(min)) and then through the quantile.
 *
 * Truncating by inversion rather than by clamping keeps the shape inside the bounds (a slider's min and
 * max) instead of piling the cut-off tails onto them. The final clamp only absorbs rounding, with one
 * exception: when [min, max] holds no probability a double can resolve (the whole distribution lies
 * beyond a bound, or F(min) rounds to 1), every draw goes to the bound nearer the distribution.
 */
export function drawInto(
	fitted: Drawable,
	uniforms: Float64Array,
	out: Float64Array,
	min: number,
	max: number
): void {
	if (!(min <= max)) throw new RangeError(`drawInto needs min ≤ max, got [${min}, ${max}]`);
	if (out.length < uniforms.length) throw new RangeError('drawInto: out is shorter than uniforms');
	const pLow = min > -Infinity ? fitted.cdf(min) : 0;
	const pHigh = max < Infinity ? fitted.cdf(max) : 1;
	if (!(pHigh > 0) || !(pLow < 1)) {
		// Checked here because the quantile of 0 or 1 is the far end of the support, the wrong bound.
		out.fill(pHigh > 0 ? min : max, 0, uniforms.length);
		return;
	}
	const span = pHigh - pLow;
	const fill = fills.get(fitted);
	if (fill) return fill(pLow, span, uniforms, out, min, max);
	for (let i = 0; i < uniforms.length; i++) {
		const x = fitted.quantile(pLow + uniforms[i] * span);
		// Written so that NaN, which no quantile here produces, would still land inside the bounds.
		out[i] = x >= min ? (x <= max ? x : max) : min;
	}
}
