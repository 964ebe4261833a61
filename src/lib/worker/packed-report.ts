/**
 * A simulation's report as the Monte Carlo worker sends it: every number in one Float64Array whose buffer
 * is transferred, not structured-cloned as hundreds of small objects (one summary per option and period).
 * unpack() rebuilds the very report that was packed, bit for bit (NaN and −0 included).
 */
import type { Histogram } from '$lib/engine/histogram';
import type { UncertaintyReport } from '$lib/engine/simulator';
import type { Summary } from '$lib/engine/stats';

export interface PackedReport {
	samples: number;
	seed: number;
	best: string;
	runnerUp: string;
	/** The options in the report's order, and each one's number of periods. */
	options: string[];
	periods: number[];
	bins: number;
	/**
	 * Each option's path summaries then its outcome, the difference's summary (SUMMARY numbers each), the
	 * histogram's edges (bins + 1), shares (bins) and tails (2), then ahead's p and se.
	 */
	numbers: Float64Array;
}

const KEYS = ['mean', 'se', 'p05', 'p25', 'p50', 'p75', 'p95'] as const satisfies readonly (keyof Summary)[];
const SUMMARY = KEYS.length;

export function pack(r: UncertaintyReport): { packed: PackedReport; transfer: ArrayBuffer[] } {
	const options = Object.keys(r.options);
	const periods = options.map((id) => r.options[id].path.length);
	const bins = r.histogram.shares.length;
	const summaries = periods.reduce((s, p) => s + p + 1, 0) + 1;
	const numbers = new Float64Array(summaries * SUMMARY + 2 * bins + 3 + 2);
	let at = 0;
	const put = (s: Summary) => {
		for (const k of KEYS) numbers[at++] = s[k];
	};
	for (const id of options) {
		r.options[id].path.forEach(put);
		put(r.options[id].outcome);
	}
	put(r.difference);
	const h = r.histogram;
	for (const x of [...h.edges, ...h.shares, ...h.tails, r.ahead.p, r.ahead.se]) numbers[at++] = x;
	const { samples, seed, best, runnerUp } = r;
	return {
		packed: { samples, seed, best, runnerUp, options, periods, bins, numbers },
		transfer: [numbers.buffer]
	};
}

export function unpack(p: PackedReport): UncertaintyReport {
	const { numbers } = p;
	let at = 0;
	const take = (): Summary => {
		const s = {} as Summary;
		for (const k of KEYS) s[k] = numbers[at++];
		return s;
	};
	const list = (n: number) => Array.from(numbers.subarray(at, (at += n)));
	const options: UncertaintyReport['options'] = {};
	p.options.forEach((id, k) => {
		const path = Array.from({ length: p.periods[k] }, take);
		options[id] = { path, outcome: take() };
	});
	const difference = take();
	const histogram: Histogram = {
		edges: list(p.bins + 1),
		shares: list(p.bins),
		tails: list(2) as [number, number]
	};
	const [ps, se] = list(2);
	return {
		samples: p.samples,
		seed: p.seed,
		best: p.best,
		runnerUp: p.runnerUp,
		options,
		difference,
		histogram,
		ahead: { p: ps, se }
	};
}
