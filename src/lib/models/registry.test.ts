/**
 * What holds for every decision in the app, whatever its economics: it compiles, its verdict's parts
 * add up to the verdict, and its options can be told apart.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakdown, evaluator } from '$lib/engine/analysis';
import { models, getCompiled } from './registry';

const anyValues = (id: string) => {
	const def = getCompiled(id)!.def;
	return fc.record(
		Object.fromEntries(
			def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })] as const)
		)
	);
};

describe.each(models.map((m) => [m.id] as const))('%s', (id) => {
	const cm = getCompiled(id)!;
	const evaluate = evaluator(cm);
	const { by } = cm.def.decide;

	it('declares the parts of its deciding output', () => {
		expect(cm.def.breakdown?.add.length).toBeGreaterThan(0);
	});

	it('has parts that add up to the deciding output for every option, at any values', () => {
		fc.assert(
			fc.property(anyValues(id), (values) => {
				const results = evaluate(values);
				const rows = breakdown(cm, results);
				for (const o of cm.def.options) {
					const total = results[o.id].outputs[by];
					const sum = rows.reduce((a, r) => a + r.byOption[o.id], 0);
					expect(sum).toBeCloseTo(total, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(total) + 1))));
				}
			}),
			{ numRuns: 60 }
		);
	});
});
