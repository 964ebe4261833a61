/**
 * Where one estimate puts the verdict, read off the curve the console sent with the question (the margin of
 * option a over option b across the parameter's range, the other values at the scenario's), so a phone
 * needs no model: linear interpolation between the two nearest points, the ends held beyond the range.
 */
import type { Curve } from './protocol';

export function marginAt(curve: Pick<Curve, 'x' | 'y'>, at: number): number {
	const { x, y } = curve;
	const n = Math.min(x.length, y.length);
	if (at <= x[0]) return y[0];
	if (at >= x[n - 1]) return y[n - 1];
	let k = 0;
	while (k + 2 < n && x[k + 1] < at) k++;
	const span = x[k + 1] - x[k];
	return span === 0 ? y[k] : y[k] + ((y[k + 1] - y[k]) * (at - x[k])) / span;
}

/** Who leads at this value, and by how much (never negative). */
export function leaderAt(curve: Curve, at: number): { leader: string; other: string; by: number } {
	const m = marginAt(curve, at);
	return m >= 0 ? { leader: curve.a, other: curve.b, by: m } : { leader: curve.b, other: curve.a, by: -m };
}

/**
 * Where the verdict changes along the curve nearest its leader's side: the first value at which the margin
 * crosses zero (interpolated), and who leads above it. Null when one option leads across the whole range.
 */
export function breakEvenOf(curve: Curve): { value: number; above: string } | null {
	const { x, y } = curve;
	for (let k = 0; k + 1 < Math.min(x.length, y.length); k++) {
		if (y[k] === 0 && k > 0 && y[k - 1] * y[k + 1] < 0)
			return { value: x[k], above: y[k + 1] > 0 ? curve.a : curve.b };
		if (y[k] * y[k + 1] < 0) {
			const value = x[k] + ((x[k + 1] - x[k]) * y[k]) / (y[k] - y[k + 1]);
			return { value, above: y[k + 1] > 0 ? curve.a : curve.b };
		}
	}
	return null;
}
