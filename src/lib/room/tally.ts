/**
 * The room's answers counted for the pages that show them: votes and picks as counts by choice, a second
 * vote as who moved from which option to which, estimates as their spread. Hidden answers are left out
 * (the console still sees them, marked); what was left out is counted, so a figure can say so.
 */
import type { QuestionView } from './protocol';

type Answers = NonNullable<QuestionView['answers']>;

const shown = (answers: Answers | undefined) => (answers ?? []).filter((a) => !a.hidden);

const choiceOf = (value: unknown, key: 'option' | 'param'): string | null =>
	value &&
	typeof value === 'object' &&
	key in value &&
	typeof (value as Record<string, unknown>)[key] === 'string'
		? ((value as Record<string, string>)[key] as string)
		: null;

/** Counts by choice, in the order of `choices` (every choice listed, zeros included), and the total. */
export function countBy(
	q: Pick<QuestionView, 'kind' | 'answers'>,
	choices: readonly string[]
): { counts: { id: string; n: number }[]; total: number } {
	const key = q.kind === 'pick' ? 'param' : 'option';
	const n = new Map(choices.map((c) => [c, 0]));
	let total = 0;
	for (const a of shown(q.answers)) {
		const c = choiceOf(a.value, key);
		if (c === null || !n.has(c)) continue;
		n.set(c, n.get(c)! + 1);
		total++;
	}
	return { counts: choices.map((id) => ({ id, n: n.get(id)! })), total };
}

export interface Move {
	from: string;
	to: string;
	n: number;
}

/**
 * Who moved between two votes: one row per (from, to) pair that anyone took, staying put included, most
 * people first. Only participants who answered both count; `joined` and `left` count the others.
 */
export function moves(
	before: Pick<QuestionView, 'answers'>,
	after: Pick<QuestionView, 'answers'>
): { moves: Move[]; joined: number; left: number } {
	const first = new Map<number, string>();
	for (const a of shown(before.answers)) {
		const c = choiceOf(a.value, 'option');
		if (c !== null) first.set(a.participant, c);
	}
	const pairs = new Map<string, Move>();
	let joined = 0;
	const seen = new Set<number>();
	for (const a of shown(after.answers)) {
		const to = choiceOf(a.value, 'option');
		if (to === null) continue;
		seen.add(a.participant);
		const from = first.get(a.participant);
		if (from === undefined) {
			joined++;
			continue;
		}
		const key = `${from}\u0000${to}`;
		const m = pairs.get(key) ?? { from, to, n: 0 };
		m.n++;
		pairs.set(key, m);
	}
	const left = [...first.keys()].filter((p) => !seen.has(p)).length;
	const list = [...pairs.values()].sort(
		(x, y) => y.n - x.n || x.from.localeCompare(y.from) || x.to.localeCompare(y.to)
	);
	return { moves: list, joined, left };
}

/** The vote a second vote is compared with: the latest earlier vote question. */
export function previousVote(questions: readonly QuestionView[], q: QuestionView): QuestionView | undefined {
	return questions.filter((o) => o.kind === 'vote' && o.id < q.id).at(-1);
}

export interface Spread {
	n: number;
	/** Of the best guesses. */
	median: number;
	/** The middle half of the best guesses (25th and 75th percentiles). */
	q1: number;
	q3: number;
	min: number;
	max: number;
}

const quantile = (sorted: number[], p: number) => {
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
};

/** The spread of the shown best guesses; null when there are none. */
export function spreadOf(q: Pick<QuestionView, 'answers'>): Spread | null {
	const best = shown(q.answers)
		.map((a) => (a.value as { best?: unknown }).best)
		.filter((b): b is number => typeof b === 'number' && Number.isFinite(b))
		.sort((a, b) => a - b);
	if (best.length === 0) return null;
	return {
		n: best.length,
		median: quantile(best, 0.5),
		q1: quantile(best, 0.25),
		q3: quantile(best, 0.75),
		min: best[0],
		max: best[best.length - 1]
	};
}
