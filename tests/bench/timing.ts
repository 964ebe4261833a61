/** Timing and printing for the benchmark: medians of repeated runs after warm-up, and plain tables. */

export const median = (xs: readonly number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One timed call: `setup(k)` untimed, `fn` timed, `keep` untimed; resolves to milliseconds. */
export type Job = (k: number, measured: boolean) => Promise<number>;

export function job<S, R>(setup: (k: number) => S, fn: (s: S) => R | Promise<R>, keep?: (r: R) => void): Job {
	return async (k, measured) => {
		const s = setup(k);
		const t0 = performance.now();
		const r = await fn(s);
		const ms = performance.now() - t0;
		if (measured) keep?.(r);
		return ms;
	};
}

/**
 * Runs every job once per round, `warmup` rounds unmeasured then `reps` measured, so that all engines
 * see the same machine load; returns milliseconds per measured run for each job.
 */
export async function interleave<K extends string>(
	jobs: Record<K, Job>,
	reps: number,
	warmup: number
): Promise<Record<K, number[]>> {
	const names = Object.keys(jobs) as K[];
	const ms = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
	for (let k = 0; k < warmup + reps; k++) {
		for (const name of names) {
			const t = await jobs[name](k, k >= warmup);
			if (k >= warmup) ms[name].push(t);
		}
	}
	return ms;
}

export const fmtInt = (x: number): string => Math.round(x).toLocaleString('en-US');
export const fmtMs = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const fmtRatio = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const fmtNum = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(2) : x.toPrecision(5));

/** A table with a header row; numbers-looking cells are right-aligned. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
	const numeric = (s: string) => /^[-+]?[\d,.]+[×%]?$|^[-+]?\d/.test(s);
	const line = (r: string[]) =>
		r
			.map((cell, c) => (numeric(cell) && c > 0 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
			.join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The p-quantile (0…1) of the values, by the nearest rank. */
export const percentile = (xs: readonly number[], p: number): number => {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
};
