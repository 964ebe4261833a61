/**
 * What a big run will cost on this device, said before it starts: the time, from how fast the last
 * ordinary run went here, and the memory its columns hold while they are merged (blocks.ts).
 */

/**
 * Workers for `cores` logical cores: one per core, from 1 to 8 (2 where the browser does not say). While a
 * big run goes, the page only shows its progress and the single worker waits, so a core kept back for them
 * stood idle: on 2 cores it made a million futures take 1.9 times as long (tests/bench/big-runs.ts).
 */
export const poolSize = (cores: number | undefined): number => Math.min(8, Math.max(1, cores || 2));

export interface BigRunCost {
	workers: number;
	/** Seconds, when a run on this device has been timed; null before. */
	seconds: number | null;
	megabytes: number;
}

/**
 * The cost of simulating `samples` futures on `workers` workers. `pace` is the milliseconds one worker
 * took per future in the last run; `columns` how many numbers each future keeps until the merge (the
 * chart series of every option per period, each option's outcome and the difference).
 */
export function bigRunCost(
	samples: number,
	workers: number,
	pace: number | null,
	columns: number
): BigRunCost {
	return {
		workers,
		// Blocks run in parallel; the merge's passes over the kept columns add about a quarter.
		seconds: pace === null ? null : (pace * samples * 1.25) / workers / 1000,
		megabytes: (columns * 8 * samples) / 1e6
	};
}

/** The cost in words: “about 2 s on 3 workers, 184 MB”. */
export function costText(c: BigRunCost): string {
	const time =
		c.seconds === null
			? 'a few seconds'
			: `about ${c.seconds < 1 ? '1' : Math.round(c.seconds).toString()}\u00a0s`;
	const on = `${c.workers} worker${c.workers === 1 ? '' : 's'}`;
	return `${time} on ${on}, ${Math.round(c.megabytes)}\u00a0MB`;
}
