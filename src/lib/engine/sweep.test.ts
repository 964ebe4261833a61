/**
 * A sweep's plans are made for as many values as are swept: the numbers must not depend on it, bit for
 * bit, and the tornado must equal the one-run-at-a-time reference of analysis.ts.
 */
import { describe, expect, it } from 'vitest';
import { models } from '$lib/decisions/testing';
import { compiled } from '$lib/decisions/compiled';
import { advantage, evaluator, tornado, verdict } from './analysis';
import { withDefaults } from './compiled-model';
import { buildPlan } from './simulate';
import { leadSweeper, sweeper, sweepKernel, sweepTornado } from './sweep';

describe('sweeps', () => {
	for (const def of models) {
		const cm = compiled(def);
		const values = withDefaults(def, {});
		const evaluate = evaluator(cm);
		const v = verdict(cm, evaluate(values));

		it(`${def.id}: give each value the same number whether swept alone, in pairs or on a grid`, () => {
			const sweep = sweeper(cm)(v.best, v.runnerUp);
			const { lead } = leadSweeper(cm);
			for (const p of def.params) {
				const xs = Float64Array.from({ length: 65 }, (_, k) => p.min + ((p.max - p.min) * k) / 64);
				for (const f of [sweep, lead(v.best)]) {
					const all = f(p.id, xs, values);
					for (const k of [0, 17, 64]) {
						expect(f(p.id, xs.subarray(k, k + 1), values)[0]).toBe(all[k]);
						if (k < 64) expect([...f(p.id, xs.slice(k, k + 2), values)]).toEqual([all[k], all[k + 1]]);
					}
				}
			}
		});

		it(`${def.id}: run on a kernel that computes the deciding output alone, with its full kernel's numbers`, () => {
			const { by } = def.decide;
			for (const o of def.options) {
				for (const p of def.params) {
					const xs = Float64Array.from({ length: 65 }, (_, k) => p.min + ((p.max - p.min) * k) / 64);
					const draws = new Map([[p.id, xs]]);
					const narrow = buildPlan(cm, o.id, 65, new Set([p.id]), 'fused', sweepKernel(cm)).run(
						values,
						draws
					);
					// The narrow kernel was found: it stores no series and computes one output.
					expect(Object.keys(narrow.series)).toEqual([]);
					expect(Object.keys(narrow.outputs)).toEqual([by]);
					const got = narrow.outputs[by];
					const full = buildPlan(cm, o.id, 65, new Set([p.id]), 'fused').run(values, draws).outputs[by];
					expect([got.width, [...got.data]]).toEqual([full.width, [...full.data]]);
				}
			}
		});

		it(`${def.id}: gives the tornado of one run at a time`, () => {
			const fast = sweepTornado(cm, sweeper(cm)(v.best, v.runnerUp), values);
			expect(fast).toStrictEqual(tornado(cm, advantage(cm, evaluate, v.best, v.runnerUp), values));
		});
	}
});
