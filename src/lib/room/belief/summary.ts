/**
 * What the projector and the results page say about a room's estimates of one parameter: where the
 * answers stand against the source value and the break-even, the room's pooled belief in each round, and
 * how far the spread narrowed between rounds (Delphi). Pure: no server, Svelte or DOM.
 *
 * The pooled figures are read from the quantised table (quantile-table.ts tableOf), the same table the
 * room's Monte Carlo runs and its link carries, so every number on the projector is one a scenario link
 * reproduces. Hidden answers (moderated away) take no part in anything but their count.
 */
import { fitAnswer, type Estimate } from '$lib/engine/belief-fit';
import { linearPool } from '$lib/engine/linear-pool';
import { tableOf, type QuantileTable } from '$lib/engine/quantile-table';
import type { ParamDef } from '$lib/engine/types';

/** One participant's answer to an estimate question, as the room's views carry it. */
export interface RoomAnswer {
	participant: number;
	name?: string;
	value: Estimate;
	hidden?: boolean;
}

/** Best guesses against a line: how many above, below and on it, of how many. */
export interface SideCount {
	above: number;
	below: number;
	at: number;
	of: number;
}

/** One shown answer as the chart draws it: the best guess, and the fitted 90 % range (or why there is none). */
export interface FittedAnswer {
	participant: number;
	name?: string;
	best: number;
	/** The fitted 5th and 95th percentiles; absent when the answer could not be fitted. */
	low?: number;
	high?: number;
	/** No range was given, so the model's own spread was used around the best guess. */
	implied: boolean;
	/** Why the answer could not be fitted (it is then left out of the pool, though it still counts above or below). */
	unfit?: string;
}

export interface RoundSummary {
	round: number;
	/** Answers shown (hidden ones excluded). */
	shown: number;
	hidden: number;
	/** Answers whose best guess is not a number (the server refuses them; counted rather than drawn). */
	unreadable: number;
	/** Answers in the pool. */
	pooled: number;
	/** Answers pooled with the model's own spread because they gave no range. */
	implied: number;
	answers: FittedAnswer[];
	source: SideCount;
	breakEven: SideCount | null;
	/** The room's pooled belief; null when no shown answer could be fitted. */
	table: QuantileTable | null;
	pool: { median: number; low: number; high: number } | null;
	/** Median width (high − low) of the ranges people stated; null when nobody gave one. */
	medianStatedWidth: number | null;
}

export interface BeliefSummary {
	rounds: RoundSummary[];
	/**
	 * Second round against the first, as ratios (below 1: the room narrowed): of the pooled 90 % widths, and
	 * of the median stated width. Null without two rounds, or where a round lacks the figure.
	 */
	narrowing: { pooled: number | null; stated: number | null } | null;
}

/** `rounds` holds the answers of the first round and, when the question was asked again, of the second. */
export function summariseBelief(
	param: ParamDef,
	sourceValue: number,
	breakEven: number | null,
	rounds: readonly (readonly RoomAnswer[])[]
): BeliefSummary {
	const summaries = rounds.map((answers, i) => summariseRound(param, sourceValue, breakEven, answers, i + 1));
	let narrowing: BeliefSummary['narrowing'] = null;
	if (summaries.length >= 2) {
		const [a, b] = summaries;
		const width = (s: RoundSummary) => (s.pool ? s.pool.high - s.pool.low : null);
		narrowing = {
			pooled: ratio(width(b), width(a)),
			stated: ratio(b.medianStatedWidth, a.medianStatedWidth)
		};
	}
	return { rounds: summaries, narrowing };
}

function summariseRound(
	param: ParamDef,
	sourceValue: number,
	breakEven: number | null,
	all: readonly RoomAnswer[],
	round: number
): RoundSummary {
	const visible = all.filter((a) => !a.hidden);
	const shown = visible.filter((a) => Number.isFinite(a.value.best));
	const beliefs = [];
	const answers: FittedAnswer[] = [];
	const widths: number[] = [];
	let implied = 0;
	for (const a of shown) {
		const fit = fitAnswer(param, a.value);
		const base = { participant: a.participant, best: a.value.best, ...(a.name ? { name: a.name } : {}) };
		if (!fit.ok) {
			answers.push({ ...base, implied: false, unfit: fit.reason });
			continue;
		}
		beliefs.push(fit.belief);
		if (fit.implied) implied++;
		else widths.push((a.value.high as number) - (a.value.low as number));
		answers.push({ ...base, low: fit.p05, high: fit.p95, implied: fit.implied });
	}
	const table = beliefs.length ? tableOf(linearPool(beliefs), param) : null;
	const bests = shown.map((a) => a.value.best);
	return {
		round,
		shown: shown.length,
		hidden: all.length - visible.length,
		unreadable: visible.length - shown.length,
		pooled: beliefs.length,
		implied,
		answers,
		source: sides(bests, sourceValue),
		breakEven: breakEven === null || !Number.isFinite(breakEven) ? null : sides(bests, breakEven),
		table,
		// The grid holds 0.05, 0.5 and 0.95 (points 2, 20 and 38 of 0, 1/40, …, 1).
		pool: table && { median: table[20], low: table[2], high: table[38] },
		medianStatedWidth: median(widths)
	};
}

function sides(values: readonly number[], line: number): SideCount {
	let above = 0;
	let below = 0;
	for (const x of values) {
		if (x > line) above++;
		else if (x < line) below++;
	}
	return { above, below, at: values.length - above - below, of: values.length };
}

function median(xs: readonly number[]): number | null {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : 0.5 * s[mid - 1] + 0.5 * s[mid];
}

function ratio(b: number | null, a: number | null): number | null {
	return a !== null && b !== null && a > 0 ? b / a : null;
}

/**
 * "17 of 24 of you are above the value at which owning wins": `what` completes the sentence after "the
 * value" or similar, as the caller words it.
 */
export function sideSentence(count: SideCount, side: 'above' | 'below', what: string): string {
	const n = count[side];
	if (count.of === 0) return `Nobody has answered yet.`;
	if (n === count.of)
		return count.of === 1
			? `The one answer so far is ${side} ${what}.`
			: `All ${count.of} of you are ${side} ${what}.`;
	if (n === 0) return `None of the ${count.of} of you is ${side} ${what}.`;
	return `${n} of ${count.of} of you ${n === 1 ? 'is' : 'are'} ${side} ${what}.`;
}

/** "The room's 90 % range is 62 % as wide as in the first round." */
export function narrowingSentence(ratioOfWidths: number): string {
	const pct = Math.round(ratioOfWidths * 100);
	if (pct === 100) return 'The room’s 90\u00a0% range is as wide as in the first round.';
	return `The room’s 90\u00a0% range is ${pct}\u00a0% as wide as in the first round${pct < 100 ? '' : ': it widened'}.`;
}

/** "2 answers hidden by the facilitator are left out." — or '' when none were. */
export function hiddenSentence(hidden: number): string {
	if (hidden === 0) return '';
	return hidden === 1
		? 'One answer hidden by the facilitator is left out.'
		: `${hidden} answers hidden by the facilitator are left out.`;
}
