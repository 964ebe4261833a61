/**
 * What the fused kernel leaves undone: the branch of a conditional that is not taken, and a series that
 * nothing stored or computed reads. Counted through the power helper the generated code calls, in both
 * forms of the loop (periods written out, and looped); the numbers themselves are the reference tests'.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fusedParts } from './compiled-model';
import { generateFused } from './fused-generate';
import { buildFusedMultiPlan } from './fused-plan';
import { HELPERS } from './fused-run';
import { compileModel } from './model';
import { model, param } from './testing/fixtures';

const T = 4;
const n = 10;
const def = model({
	id: 'fused-work',
	periods: T,
	params: [
		param('x', { default: 2, min: 0.1, max: 10, uncertain: { dist: 'uniform', low: 1, high: 3 } }),
		param('y', { default: 0.5, min: -1, max: 1, uncertain: { dist: 'uniform', low: 0.2, high: 0.8 } }),
		param('s', { default: 0.5, min: 0, max: 1, uncertain: { dist: 'uniform', low: 0, high: 1 } })
	],
	series: {
		level: 'x * (1 + t)',
		costly: 's > 0 ? level ^ y : 0',
		unused: 'level ^ (y + 1)'
	},
	outputs: { total: 'sum(costly)', other: 'sum(unused)' }
});
const cm = compileModel(def);
// s is 0 in every other sample: there the branch with the power is not taken.
const draws = new Map([
	['x', Float64Array.from({ length: n }, (_, i) => 1 + i / 10)],
	['y', Float64Array.from({ length: n }, (_, i) => 0.2 + i / 20)],
	['s', Float64Array.from({ length: n }, (_, i) => i % 2)]
]);
const uncertain = new Set(['x', 'y', 's']);
const values = { x: 2, y: 0.5, s: 0.5 };

const realPow = HELPERS.pow;
let calls = 0;
// Counted whether a power is computed once per sample (H.pow) or inside the period loop (H.mpow).
HELPERS.pow = HELPERS.mpow = (a: number, b: number) => {
	calls++;
	return realPow(a, b);
};
afterEach(() => {
	calls = 0;
});

function powersIn(select: Parameters<typeof buildFusedMultiPlan>[4], unroll: boolean) {
	calls = 0;
	const plan = buildFusedMultiPlan(cm, ['a'], n, uncertain, select, unroll);
	const result = plan.run(values, draws).a;
	plan.dispose();
	return { calls, result };
}

describe('the fused kernel computes only what is read', () => {
	for (const unroll of [true, false]) {
		const form = unroll ? 'periods written out' : 'periods looped';
		it(`${form}: a power in the branch not taken is never computed`, () => {
			const { calls, result } = powersIn({ series: new Set(), outputs: new Set(['total']) }, unroll);
			expect(calls).toBe((n / 2) * T);
			const total = result.outputs.total.data;
			for (let i = 0; i < n; i++) {
				let expected = 0;
				for (let t = 0; t < T; t++) expected += i % 2 ? realPow((1 + i / 10) * (1 + t), 0.2 + i / 20) : 0;
				expect(total[i]).toBe(expected);
			}
		});

		it(`${form}: a series nothing reads is not computed, and is when an output reads it`, () => {
			expect(powersIn({ series: new Set(['level']), outputs: new Set(['total']) }, unroll).calls).toBe(
				(n / 2) * T
			);
			expect(powersIn({ series: new Set(), outputs: new Set(['total', 'other']) }, unroll).calls).toBe(
				(n / 2) * T + n * T
			);
			expect(powersIn({ series: new Set(['unused']), outputs: new Set() }, unroll).calls).toBe(n * T);
		});
	}
});

describe('with the periods written out, a series is computed only in the periods something reads it', () => {
	const timed = compileModel(
		model({
			id: 'fused-work-periods',
			periods: T,
			params: def.params,
			series: {
				level: 'x * (1 + t)',
				// A terminal value, added to the present value in the last period only.
				after: 'level ^ y',
				pv: 'prev(pv) + level + (t == periods - 1 ? after : 0)',
				// Read through prev() only: its last period is read by nothing.
				carried: 'level ^ (y + 1)',
				total: 'prev(total) + prev(carried)'
			},
			outputs: { value: 'last(pv)', carriedTotal: 'last(total)' }
		})
	);
	const run = (output: string, unroll: boolean) => {
		calls = 0;
		const plan = buildFusedMultiPlan(
			timed,
			['a'],
			n,
			uncertain,
			{ series: new Set(), outputs: new Set([output]) },
			unroll
		);
		const data = plan.run(values, draws).a.outputs[output].data;
		plan.dispose();
		return { calls, data };
	};

	it('a terminal value: once per sample, where the loop computes it every period; the same results', () => {
		const written = run('value', true);
		const looped = run('value', false);
		expect(written.calls).toBe(n);
		expect(looped.calls).toBe(n * T);
		expect([...written.data]).toEqual([...looped.data]);
	});

	it('a series read through prev(): every period but the last; the same results', () => {
		const written = run('carriedTotal', true);
		const looped = run('carriedTotal', false);
		expect(written.calls).toBe(n * (T - 1));
		expect(looped.calls).toBe(n * T);
		expect([...written.data]).toEqual([...looped.data]);
	});
});

describe('with the periods written out and no calls kept (a sweep, a deterministic run)', () => {
	const gated = compileModel(
		model({
			id: 'fused-work-gated',
			periods: T,
			params: def.params,
			series: {
				// x ^ y is the same in every period, inside a branch that half the samples take.
				gated: 's > 0 ? x ^ y * (2 + t) : 0',
				level: 'x * (1 + t)',
				timed: 'level ^ y'
			},
			outputs: { total: 'sum(gated)', timedTotal: 'sum(timed)' }
		})
	);

	it('a power the same in every period, in a branch, is computed once per sample, as the looped form does', () => {
		for (const unroll of [true, false]) {
			calls = 0;
			const select = { series: new Set<string>(), outputs: new Set(['total']) };
			const plan = buildFusedMultiPlan(gated, ['a'], n, uncertain, select, unroll);
			const data = [...plan.run(values, draws).a.outputs.total.data];
			plan.dispose();
			expect(calls, unroll ? 'written out' : 'looped').toBe(n);
			for (let i = 0; i < n; i++) {
				const x = 1 + i / 10;
				const y = 0.2 + i / 20;
				let expected = 0;
				for (let t = 0; t < T; t++) expected += i % 2 ? realPow(x, y) * (2 + t) : 0;
				expect(data[i]).toBe(expected);
			}
		}
	});

	it("a power that changes by period goes through pow-memo.ts's table, as it does inside a period loop", () => {
		const parts = fusedParts(gated, ['a'], uncertain);
		const { source } = generateFused(
			gated,
			parts,
			{ series: new Set(), outputs: new Set(['timedTotal']) },
			true
		);
		expect(source).toContain('H.mpow(');
		expect(source).not.toContain('H.pow(');
		const kept = generateFused(
			gated,
			parts,
			{ series: new Set(), outputs: new Set(['timedTotal']), calls: true },
			true
		);
		expect(kept.source).not.toContain('H.mpow(');
	});
});
