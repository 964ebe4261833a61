/**
 * Where one estimate puts the verdict, read off the curve the console sent with the question, so a phone
 * needs no model: each option's standing across the parameter's range, the other values at the scenario's,
 * by linear interpolation between the two nearest points, the ends held beyond the range.
 *
 * A curve gives the margin of option a (leading at the scenario's values) over option b (`y`) and, for a
 * model of three options or more, over each other option (`more`): so a is at zero and every other option
 * stands at minus its margin. Curves made before `more` existed hold two options only; they read the same.
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

/** Every option's margin below a, as the curve gives it: a itself at zero. */
const behind = (curve: Curve): { id: string; y: number[] }[] => [
	{ id: curve.b, y: curve.y },
	...(curve.more ?? [])
];

/** Each option's standing at `at` (a at zero), highest first. */
function standings(curve: Curve, at: number): { id: string; v: number }[] {
	return [
		{ id: curve.a, v: 0 },
		...behind(curve).map((o) => ({ id: o.id, v: -marginAt({ x: curve.x, y: o.y }, at) }))
	].sort((p, q) => q.v - p.v);
}

/** Who leads at this value, over the runner-up there, and by how much (never negative). */
export function leaderAt(curve: Curve, at: number): { leader: string; other: string; by: number } {
	const [first, second] = standings(curve, at);
	return { leader: first.id, other: second.id, by: first.v - second.v };
}

/**
 * Where the verdict changes along the curve: the value at which the leader changes (interpolated between
 * the grid's points), and who leads above it. Where it changes more than once, the change nearest `near`
 * (the scenario's value, where a leads); the first without it. Null when one option leads across the range.
 */
export function breakEvenOf(curve: Curve, near?: number): { value: number; above: string } | null {
	const { x } = curve;
	const ys = new Map([
		[curve.a, x.map(() => 0)],
		...behind(curve).map((o) => [o.id, o.y.map((m) => -m)] as const)
	]);
	// On an exact tie the leader so far keeps the lead: a line that only touches it changes nothing.
	const leaderAtPoint = (k: number, so: string) => {
		let best = so;
		for (const [id, y] of ys) if (y[k] > ys.get(best)![k]) best = id;
		return best;
	};
	const changes: { value: number; above: string }[] = [];
	const n = Math.min(x.length, ...[...ys.values()].map((y) => y.length));
	for (let k = 0, was = leaderAtPoint(0, curve.a); k + 1 < n; k++) {
		const next = leaderAtPoint(k + 1, was);
		if (next === was) continue;
		// The two lines cross between k and k + 1: where the new leader's lead over the old one is zero.
		const d0 = ys.get(next)![k] - ys.get(was)![k];
		const d1 = ys.get(next)![k + 1] - ys.get(was)![k + 1];
		const value = d1 === d0 ? x[k + 1] : x[k] + ((x[k + 1] - x[k]) * -d0) / (d1 - d0);
		changes.push({ value, above: next });
		was = next;
	}
	if (changes.length === 0) return null;
	if (near === undefined) return changes[0];
	return changes.reduce((p, q) => (Math.abs(q.value - near) < Math.abs(p.value - near) ? q : p));
}
