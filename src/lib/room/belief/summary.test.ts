import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getModel } from '$lib/decisions/testing';
import { fitAnswer } from '$lib/engine/belief-fit';
import { linearPool } from '$lib/engine/linear-pool';
import { tableOf } from '$lib/engine/quantile-table';
import { hiddenSentence, narrowingSentence, sideSentence, summariseBelief, type RoomAnswer } from './summary';

const growth = getModel('cainiao-ownership')!.params.find((p) => p.id === 'growth')!;

const answer = (
	participant: number,
	best: number,
	low?: number,
	high?: number,
	hidden = false
): RoomAnswer => ({
	participant,
	value: low === undefined ? { best } : { best, low, high },
	...(hidden ? { hidden } : {})
});

// First round: 24 answers, spread out, two of them hidden, three without a range.
const first: RoomAnswer[] = Array.from({ length: 24 }, (_, i) => {
	const best = 0.02 + i * 0.006;
	if (i % 8 === 3) return answer(i, best);
	return answer(i, best, best - 0.03, best + 0.05, i === 5 || i === 17);
});
// Second round, after the argument: the same people, closer together and surer.
const second: RoomAnswer[] = first.map((a, i) => {
	const best = 0.07 + (i % 6) * 0.004;
	return a.value.low === undefined ? answer(i, best) : answer(i, best, best - 0.015, best + 0.02, !!a.hidden);
});

describe('summariseBelief', () => {
	const breakEven = 0.09;
	const s = summariseBelief(growth, growth.default, breakEven, [first, second]);
	const [one, two] = s.rounds;

	it('counts shown answers against the source value and the break-even, leaving hidden ones out', () => {
		expect(one.shown).toBe(22);
		expect(one.hidden).toBe(2);
		const shownBests = first.filter((a) => !a.hidden).map((a) => a.value.best);
		expect(one.breakEven).toEqual({
			above: shownBests.filter((b) => b > breakEven).length,
			below: shownBests.filter((b) => b < breakEven).length,
			at: shownBests.filter((b) => b === breakEven).length,
			of: 22
		});
		expect(one.source.of).toBe(22);
		expect(one.source.above + one.source.below + one.source.at).toBe(22);
		expect(one.answers.map((a) => a.participant)).not.toContain(5);
	});

	it('pools exactly the shown answers, into the table the room’s link carries', () => {
		const fits = first.filter((a) => !a.hidden).map((a) => fitAnswer(growth, a.value));
		const table = tableOf(linearPool(fits.flatMap((f) => (f.ok ? [f.belief] : []))), growth);
		expect(one.table).toEqual(table);
		expect(one.pool).toEqual({ median: table[20], low: table[2], high: table[38] });
		expect(one.pooled).toBe(22);
		expect(one.implied).toBe(3);
		expect(one.answers.filter((a) => a.implied)).toHaveLength(3);
	});

	it('says how far the room narrowed between rounds', () => {
		expect(one.medianStatedWidth).toBeCloseTo(0.08, 12);
		expect(two.medianStatedWidth).toBeCloseTo(0.035, 12);
		expect(s.narrowing!.stated).toBeCloseTo(0.035 / 0.08, 12);
		const width = (r: typeof one) => r.pool!.high - r.pool!.low;
		expect(s.narrowing!.pooled).toBeCloseTo(width(two) / width(one), 12);
		expect(s.narrowing!.pooled).toBeLessThan(0.6);
	});

	it('has no narrowing with one round, and no break-even counts without a break-even', () => {
		const only = summariseBelief(growth, growth.default, null, [first]);
		expect(only.narrowing).toBeNull();
		expect(only.rounds[0].breakEven).toBeNull();
	});

	it('keeps unfit answers in the counts and out of the pool, with their reason', () => {
		const lognormal = { ...growth, min: 0, uncertain: { dist: 'lognormal' as const, low: 0.05, high: 0.2 } };
		const r = summariseBelief(lognormal, 0.1, null, [[answer(1, 0), answer(2, 0.1, 0.05, 0.2)]]).rounds[0];
		expect(r.shown).toBe(2);
		expect(r.pooled).toBe(1);
		expect(r.source).toEqual({ above: 0, below: 1, at: 1, of: 2 });
		expect(r.answers[0].unfit).toMatch(/above zero/);
		expect(r.answers[0].low).toBeUndefined();
	});

	it('counts an answer whose best guess is not a number apart, and draws nothing for it', () => {
		const r = summariseBelief(growth, growth.default, 0.1, [
			[answer(1, Number.NaN), answer(2, 0.1, 0.05, 0.2), answer(3, 0.2, 0.1, 0.25, true)]
		]).rounds[0];
		expect(r).toMatchObject({ shown: 1, hidden: 1, unreadable: 1, pooled: 1 });
		expect(r.answers.map((a) => a.participant)).toEqual([2]);
	});

	it('has no pool when nothing is shown', () => {
		const r = summariseBelief(growth, growth.default, 0.1, [[answer(1, 0.1, 0.05, 0.2, true)]]).rounds[0];
		expect(r).toMatchObject({
			shown: 0,
			hidden: 1,
			pooled: 0,
			table: null,
			pool: null,
			medianStatedWidth: null
		});
		expect(r.breakEven).toEqual({ above: 0, below: 0, at: 0, of: 0 });
	});

	it('for any room: counts add up and the pooled median lies inside the pooled 90 % range (property)', () => {
		const est = fc
			.tuple(
				fc.double({ min: growth.min, max: growth.max, noNaN: true }),
				fc.double({ min: 0.001, max: 0.1, noNaN: true }),
				fc.boolean(),
				fc.boolean()
			)
			.map(([best, w, ranged, hidden]) => ({ best, w, ranged, hidden }));
		const roomArb = fc
			.array(est, { maxLength: 40 })
			.map((list) =>
				list.map(({ best, w, ranged, hidden }, i) =>
					answer(i, best, ranged ? best - w : undefined, ranged ? best + w : undefined, hidden)
				)
			);
		fc.assert(
			fc.property(roomArb, (room) => {
				const r = summariseBelief(growth, growth.default, 0.1, [room]).rounds[0];
				expect(r.shown + r.hidden + r.unreadable).toBe(room.length);
				expect(r.source.above + r.source.below + r.source.at).toBe(r.shown);
				if (r.pool) {
					expect(r.pool.low).toBeLessThanOrEqual(r.pool.median);
					expect(r.pool.median).toBeLessThanOrEqual(r.pool.high);
				} else expect(r.pooled).toBe(0);
			}),
			{ seed: 24, numRuns: 100 }
		);
	});
});

describe('sentences', () => {
	const what = 'the value at which owning wins';
	it('count people plainly', () => {
		expect(sideSentence({ above: 17, below: 6, at: 1, of: 24 }, 'above', what)).toBe(
			'17 of 24 of you are above the value at which owning wins.'
		);
		expect(sideSentence({ above: 1, below: 23, at: 0, of: 24 }, 'above', what)).toBe(
			'1 of 24 of you is above the value at which owning wins.'
		);
		expect(sideSentence({ above: 24, below: 0, at: 0, of: 24 }, 'above', what)).toBe(
			'All 24 of you are above the value at which owning wins.'
		);
		expect(sideSentence({ above: 0, below: 24, at: 0, of: 24 }, 'above', what)).toBe(
			'None of the 24 of you is above the value at which owning wins.'
		);
		expect(sideSentence({ above: 0, below: 0, at: 0, of: 0 }, 'above', what)).toBe(
			'Nobody has answered yet.'
		);
		expect(sideSentence({ above: 1, below: 0, at: 0, of: 1 }, 'above', what)).toBe(
			'The one answer so far is above the value at which owning wins.'
		);
	});

	it('say how the range moved and what was hidden', () => {
		expect(narrowingSentence(0.62)).toBe(
			'The room’s 90\u00a0% range is 62\u00a0% as wide as in the first round.'
		);
		expect(narrowingSentence(1.3)).toBe(
			'The room’s 90\u00a0% range is 130\u00a0% as wide as in the first round: it widened.'
		);
		expect(hiddenSentence(0)).toBe('');
		expect(hiddenSentence(1)).toBe('One answer hidden by the facilitator is left out.');
		expect(hiddenSentence(3)).toBe('3 answers hidden by the facilitator are left out.');
	});
});
