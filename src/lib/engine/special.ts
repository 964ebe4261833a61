/**
 * The special functions the samplers need, in plain double precision. special.test.ts checks them
 * against reference values computed with arbitrary-precision arithmetic (mpmath).
 */

/** Horner evaluation, coefficients from the highest power down. */
function horner(c: readonly number[], x: number): number {
	let s = c[0];
	for (let i = 1; i < c.length; i++) s = s * x + c[i];
	return s;
}

// W. J. Cody's rational Chebyshev approximations of erf/erfc (Math. Comp. 23, 1969; Netlib CALERF):
// about 1e-15 relative accuracy, including deep in the tails, where truncation bounds may fall (the
// normal CDF adds about z²·1e-16 from rounding z/√2).
const CODY_A = [
	0.18577770618460315, 3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694
];
const CODY_B = [1, 23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const CODY_C = [
	2.1531153547440383e-8, 0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001,
	881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972
];
const CODY_D = [
	1, 15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
	4362.619090143247, 3439.3676741437216, 1230.3393548037495
];
const CODY_P = [
	0.016315387137302097, 0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275,
	0.0006587491615298378
];
const CODY_Q = [
	1, 2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918
];

/** Complementary error function. */
export function erfc(x: number): number {
	const y = Math.abs(x);
	if (y <= 0.46875) {
		const t = y * y;
		return 1 - (x * horner(CODY_A, t)) / horner(CODY_B, t);
	}
	let r = 0;
	if (y < 27) {
		// exp(-y²) in two factors so the rounding of y² does not cost relative accuracy in the tail.
		const y16 = Math.trunc(y * 16) / 16;
		const e = Math.exp(-y16 * y16) * Math.exp(-(y - y16) * (y + y16));
		if (y <= 4) r = (e * horner(CODY_C, y)) / horner(CODY_D, y);
		else {
			const t = 1 / (y * y);
			r = ((0.5641895835477563 - (t * horner(CODY_P, t)) / horner(CODY_Q, t)) / y) * e;
		}
	}
	return x < 0 ? 2 - r : r;
}

/** Standard normal CDF. */
export function normalCdf(z: number): number {
	return 0.5 * erfc(-z * Math.SQRT1_2);
}

// Wichura's AS 241 (PPND16): about 1e-16 relative accuracy with no refinement step, and only one log
// and one sqrt in the tails, which matters because it runs once per sample. The centre's coefficients
// are written into normalCentral; these are the tails'.
const AS241_C = [
	0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684, 3.6478483247632045,
	5.769497221460691, 4.630337846156546, 1.4234371107496835
];
const AS241_D = [
	1.0507500716444169e-9, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008, 0.6897673349851,
	1.6763848301838038, 2.053191626637759, 1
];
const AS241_E = [
	2.0103343992922881e-7, 0.000027115555687434876, 0.0012426609473880784, 0.026532189526576124,
	0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103
];
const AS241_F = [
	2.0442631033899397e-15, 1.421511758316446e-7, 0.000018463183175100548, 0.0007868691311456133,
	0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1
];

/** c[0]·x⁷ + c[1]·x⁶ + … + c[7], by Horner's rule as horner() does it, written out for speed. */
function poly7(c: readonly number[], x: number): number {
	return ((((((c[0] * x + c[1]) * x + c[2]) * x + c[3]) * x + c[4]) * x + c[5]) * x + c[6]) * x + c[7];
}

/**
 * normalQuantile(0.5 + q) for |q| ≤ 0.425, the centre of AS 241 (85 % of draws): q · A(r) / B(r) with
 * r = 0.180625 − q², by Horner's rule as poly7 does it. The coefficients are literals here rather than
 * poly7's arrays: read from arrays, each of the 16 was a load in the sampling loop, and drawing a normal
 * took 1.3 to 1.4 times as long in measurements. The operations, and so the results, are the same.
 */
export function normalCentral(q: number): number {
	const r = 0.180625 - q * q;
	let a = 2509.0809287301227;
	let b = 5226.495278852854;
	a = a * r + 33430.57558358813;
	b = b * r + 28729.085735721943;
	a = a * r + 67265.7709270087;
	b = b * r + 39307.89580009271;
	a = a * r + 45921.95393154987;
	b = b * r + 21213.794301586597;
	a = a * r + 13731.69376550946;
	b = b * r + 5394.196021424751;
	a = a * r + 1971.5909503065513;
	b = b * r + 687.1870074920579;
	a = a * r + 133.14166789178438;
	b = b * r + 42.31333070160091;
	a = a * r + 3.3871328727963665;
	b = b * r + 1;
	return (q * a) / b;
}

/** Inverse of the standard normal CDF; ±Infinity at 0 and 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
	const q = p - 0.5;
	if (Math.abs(q) <= 0.425) return normalCentral(q);
	// The tails (15 % of draws) are kept out of line, so the centre stays small enough to inline.
	return normalTail(q < 0 ? p : 1 - p, q < 0);
}

/** AS 241's tails: the quantile at probability m = min(p, 1 − p) < 0.075, negated in the lower tail. */
function normalTail(m: number, lower: boolean): number {
	const r = Math.sqrt(-Math.log(m));
	const x =
		r <= 5
			? poly7(AS241_C, r - 1.6) / poly7(AS241_D, r - 1.6)
			: poly7(AS241_E, r - 5) / poly7(AS241_F, r - 5);
	return lower ? -x : x;
}

// Lanczos approximation, g = 7, n = 9: about 1e-15 relative accuracy for x ≥ 0.5.
const LANCZOS = [
	0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
	12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
	// Reflection keeps the Lanczos sum in the range where it is accurate.
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const y = x - 1;
	let s = LANCZOS[0];
	for (let i = 1; i < 9; i++) s += LANCZOS[i] / (y + i);
	const t = y + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Continued fraction of the incomplete beta function (Numerical Recipes' betacf, modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
	const tiny = 1e-300;
	const qab = a + b;
	let c = 1;
	let d = 1 - (qab * x) / (a + 1);
	d = 1 / (Math.abs(d) < tiny ? tiny : d);
	let h = d;
	for (let m = 1; m <= 300; m++) {
		const m2 = 2 * m;
		// Even step of the fraction.
		let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
		d = 1 + aa * d;
		d = 1 / (Math.abs(d) < tiny ? tiny : d);
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		h *= d * c;
		// Odd step.
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (a + 1 + m2));
		d = 1 + aa * d;
		d = 1 / (Math.abs(d) < tiny ? tiny : d);
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < 1e-15) break;
	}
	return h;
}

/** The Beta(a, b) distribution on [0, 1], with the normalising constant computed once. */
export interface BetaDist {
	cdf(x: number): number;
	pdf(x: number): number;
	/**
	 * Inverse CDF to full precision. A sweep over increasing p passes the previous answer as `above`
	 * and an extrapolated `guess`, which cuts the Newton steps to two or three.
	 */
	quantile(p: number, above?: number, guess?: number): number;
}

export function betaDist(a: number, b: number): BetaDist {
	const logB = logGamma(a) + logGamma(b) - logGamma(a + b);
	const front = (x: number) => Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logB);
	const cdf = (x: number): number => {
		if (!(x > 0)) return 0;
		if (!(x < 1)) return 1;
		// The continued fraction converges fast only below the mean; above it, use the symmetry.
		if (x < (a + 1) / (a + b + 2)) return (front(x) * betaContinuedFraction(x, a, b)) / a;
		return 1 - (front(x) * betaContinuedFraction(1 - x, b, a)) / b;
	};
	const pdf = (x: number): number => (x > 0 && x < 1 ? front(x) / (x * (1 - x)) : 0);
	const quantile = (p: number, above = 0, guess = NaN): number => {
		if (!(p > 0)) return 0;
		if (!(p < 1)) return 1;
		// Newton's method kept inside a shrinking bracket; a step that leaves it falls back to bisection.
		let lo = above;
		let hi = 1;
		let x = guess > lo && guess < hi ? guess : Math.min(Math.max(above, a / (a + b)), 1 - 1e-12);
		for (let i = 0; i < 200; i++) {
			const f = cdf(x) - p;
			if (f < 0) lo = x;
			else hi = x;
			const step = f / pdf(x);
			// Tested before the bracket, which x itself bounds: an exact hit would otherwise bisect on.
			if (Math.abs(step) <= 1e-15 * x) return x - step;
			let next = x - step;
			if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
			if (hi - lo <= 1e-15 * hi) return next;
			x = next;
		}
		return x;
	};
	return { cdf, pdf, quantile };
}

/** Veltkamp's splitting constant 2^27 + 1: x·SPLIT splits a double into two 26-bit halves. */
const SPLIT = 134217729;

/**
 * x^k for a whole k from 2 to 1024, correctly rounded: binary powering in double-double arithmetic
 * (Dekker's exact products), rounded once at the end. Math.pow is within one unit in the last place and
 * off by that unit in about a tenth of cases; this is about five times faster than it for small k.
 * Results beyond 1e±290, zero, infinite or NaN are left to Math.pow, where double-double would overflow
 * or lose its low half.
 */
export function integerPower(x: number, k: number): number {
	let bh = x;
	let bl = 0;
	let rh = 1;
	let rl = 0;
	let first = true;
	let e = k;
	for (;;) {
		if (e & 1) {
			if (first) {
				rh = bh;
				rl = bl;
				first = false;
			} else {
				// (rh + rl)·(bh + bl), with rh·bh split into its rounded value and exact error.
				const p = rh * bh;
				let c = SPLIT * rh;
				const ah = c - (c - rh);
				const al = rh - ah;
				c = SPLIT * bh;
				const ch = c - (c - bh);
				const cl = bh - ch;
				const lo = ah * ch - p + ah * cl + al * ch + al * cl + (rh * bl + rl * bh);
				rh = p + lo;
				rl = lo - (rh - p);
			}
		}
		e >>= 1;
		if (e === 0) break;
		const p = bh * bh;
		const c = SPLIT * bh;
		const ah = c - (c - bh);
		const al = bh - ah;
		const lo = ah * ah - p + 2 * ah * al + al * al + 2 * bh * bl;
		bh = p + lo;
		bl = lo - (bh - p);
	}
	const r = rh + rl;
	const size = Math.abs(r);
	return size >= 1e-290 && size <= 1e290 && k >= 2 && k <= 1024 && Number.isInteger(k) ? r : Math.pow(x, k);
}
