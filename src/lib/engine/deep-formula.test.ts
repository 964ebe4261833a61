/**
 * Formulas as long as the length limit allows, flat as people write them (a sum of hundreds of terms),
 * must compile and compute the same in every kernel as in the reference evaluator: accepting them at
 * the parser is only half the promise, the recursive compilers behind it must not overflow either.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FORMULA_LENGTH } from './formula';
import { compileModel } from './model';
import { referenceEvaluator } from './reference';
import { buildPlan } from './simulate';
import { cell, KERNELS, model, param } from './testing/fixtures';

describe('a flat sum as long as a formula may be', () => {
	const terms = Math.floor((MAX_FORMULA_LENGTH + 3) / 4); // 'a + ' per term
	const sum = Array(terms).fill('a').join(' + ');

	it('compiles and computes the same in every kernel and the reference, as a series and an output', () => {
		expect(sum.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
		const cm = compileModel(
			model({
				periods: 2,
				params: [param('a', { default: 0.5 })],
				series: { s: sum },
				outputs: { val: `last(s) + ${Array(200).fill('sum(s)').join(' + ')}` }
			})
		);
		const expected = referenceEvaluator(cm, 'a')({}).outputs.val;
		// last(s), and 200 sums of its two periods
		expect(expected).toBeCloseTo(terms * 0.5 * 401, 6);
		for (const kernel of KERNELS) {
			const r = buildPlan(cm, 'a', 1, new Set(), kernel).run({ a: 0.5 }, new Map());
			expect(cell(r.series.s, 1), kernel).toBe(terms * 0.5);
			expect(cell(r.outputs.val, 0), kernel).toBe(expected);
			const mc = buildPlan(cm, 'a', 4, new Set(['a']), kernel).run(
				{},
				new Map([['a', Float64Array.from([0.5, 1, 1.5, 2])]])
			);
			expect(cell(mc.series.s, 1, 3), kernel).toBe(terms * 2);
		}
	});
});
