/** Do the engines agree? Means within Monte Carlo error, and ours against mathjs draw for draw. */
import { summarize } from '../../src/lib/engine/stats';
import type { Outputs } from './engines';

/** |Δ| below this many combined standard errors passes. */
export const Z_LIMIT = 4;

export interface MeanCheck {
	option: string;
	output: string;
	engine: string;
	n: number;
	mean: number;
	se: number;
	/** Δ from ours in combined standard errors. */
	z: number;
	pass: boolean;
}

function pooled(runs: Outputs[], option: string, output: string): Float64Array {
	const parts = runs.map((r) => r[option][output]);
	const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** One row for ours and one per other engine, for each option and output; every run is pooled. */
export function compareMeans(
	engines: Record<string, Outputs[]>,
	options: string[],
	outputs: string[]
): MeanCheck[] {
	const rows: MeanCheck[] = [];
	for (const option of options) {
		for (const output of outputs) {
			const ours = summarize(pooled(engines.ours, option, output));
			for (const [engine, runs] of Object.entries(engines)) {
				const samples = pooled(runs, option, output);
				const s = engine === 'ours' ? ours : summarize(samples);
				const delta = s.mean - ours.mean;
				const se = Math.hypot(s.se, ours.se);
				// An output that does not vary has no Monte Carlo error: it must match to rounding.
				const z =
					se > 0 ? delta / se : Math.abs(delta) <= 1e-9 * Math.max(1, Math.abs(ours.mean)) ? 0 : Infinity;
				rows.push({
					option,
					output,
					engine,
					n: samples.length,
					mean: s.mean,
					se: s.se,
					z,
					pass: Math.abs(z) < Z_LIMIT
				});
			}
		}
	}
	return rows;
}

/** Largest |a − b| / max(1, |a|) over the first n samples of every option and output. */
export function maxRelativeDifference(a: Outputs, b: Outputs, n: number): number {
	let worst = 0;
	for (const option of Object.keys(b)) {
		for (const output of Object.keys(b[option])) {
			const [x, y] = [a[option][output], b[option][output]];
			for (let i = 0; i < n; i++) {
				const d = Math.abs(x[i] - y[i]) / Math.max(1, Math.abs(x[i]));
				worst = d > worst || Number.isNaN(d) ? d : worst;
			}
		}
	}
	return worst;
}
