/**
 * The answers a person reads off the decision page, on small models whose answers are known in closed
 * form: which option wins and by how much, where an assumption flips the answer, which assumptions move
 * it most, and the aggregates outputs are built from.
 */
import { describe, it, expect } from 'vitest';
import { advantage, breakEven, evaluator, swing, tornado, verdict } from './analysis';
import { compileModel } from './model';
import { referenceEvaluator } from './reference';
import { buildPlan } from './simulate';
import { cell, KERNELS, model, param } from './testing/fixtures';

describe('verdict', () => {
	const threeWay = (higherIsBetter: boolean) =>
		compileModel(
			model({
				flags: { which: 1 },
				options: [
					{ id: 'a', label: 'A', description: '', set: { which: 1 } },
					{ id: 'b', label: 'B', description: '', set: { which: 2 } },
					{ id: 'c', label: 'C', description: '', set: { which: 3 } }
				],
				params: [param('x', { default: 0 })],
				series: { s: 'which == 1 ? 3 + x : (which == 2 ? 7 : 5)' },
				outputs: { value: 'last(s)' },
				decide: { by: 'value', higherIsBetter }
			})
		);

	it('ranks from best to worst when higher is better, with the margin over the runner-up', () => {
		const cm = threeWay(true);
		const v = verdict(cm, evaluator(cm)({}));
		expect(v.ranking).toEqual([
			{ optionId: 'b', value: 7 },
			{ optionId: 'c', value: 5 },
			{ optionId: 'a', value: 3 }
		]);
		expect(v.best).toBe('b');
		expect(v.runnerUp).toBe('c');
		expect(v.margin).toBe(2);
	});

	it('ranks from lowest to highest when lower is better', () => {
		const cm = threeWay(false);
		const v = verdict(cm, evaluator(cm)({}));
		expect(v.ranking.map((r) => r.optionId)).toEqual(['a', 'c', 'b']);
		expect(v.best).toBe('a');
		expect(v.runnerUp).toBe('c');
		expect(v.margin).toBe(2);
	});

	it('follows the values: a changes from worst to best as x grows', () => {
		const cm = threeWay(true);
		const ev = evaluator(cm);
		expect(verdict(cm, ev({ x: 3.5 })).ranking.map((r) => r.optionId)).toEqual(['b', 'a', 'c']);
		const v = verdict(cm, ev({ x: 10 }));
		expect(v.best).toBe('a');
		expect(v.runnerUp).toBe('b');
		expect(v.margin).toBe(6);
	});
});

describe('advantage and break-even', () => {
	/** Option a is worth k·x − 10, option b is worth 5: a is ahead once x > 15 / k. */
	const linear = (higherIsBetter = true) =>
		compileModel(
			model({
				flags: { isA: 0 },
				options: [
					{ id: 'a', label: 'A', description: '', set: { isA: 1 } },
					{ id: 'b', label: 'B', description: '', set: { isA: 0 } }
				],
				params: [param('x', { default: 5, min: 0, max: 20 }), param('k', { default: 2, min: 0.5, max: 10 })],
				series: { s: 'isA ? k * x - 10 : 5' },
				outputs: { value: 'last(s)' },
				decide: { by: 'value', higherIsBetter }
			})
		);

	it('measures how far the first option is ahead, with the sign of the decision', () => {
		const cm = linear();
		const adv = advantage(cm, evaluator(cm), 'a', 'b');
		expect(adv({ x: 10, k: 2 })).toBe(5);
		expect(adv({ x: 5, k: 2 })).toBe(-5);
		const lower = linear(false);
		expect(advantage(lower, evaluator(lower), 'a', 'b')({ x: 10, k: 2 })).toBe(-5);
	});

	for (const k of [2, 1, 1.7, 4.2, 9.5]) {
		it(`finds x* = 15 / k for k = ${k}`, () => {
			const cm = linear();
			const x = cm.params.get('x')!;
			const be = breakEven(x, advantage(cm, evaluator(cm), 'a', 'b'), { x: 5, k });
			expect(be.paramId).toBe('x');
			expect(be.crossings).toHaveLength(1);
			expect(be.value).not.toBeNull();
			expect(Math.abs(be.value! - 15 / k)).toBeLessThan(1e-6);
		});
	}

	it('finds the same crossing when lower is better', () => {
		const cm = linear(false);
		const be = breakEven(cm.params.get('x')!, advantage(cm, evaluator(cm), 'a', 'b'), { x: 5, k: 2 });
		expect(be.value).toBeCloseTo(7.5, 6);
	});

	it('finds a crossing that falls exactly on a grid point once', () => {
		// The grid over [0, 20] has 64 steps of 0.3125, so x* = 15 / 3 = 5 is its 16th point.
		const cm = linear();
		const be = breakEven(cm.params.get('x')!, advantage(cm, evaluator(cm), 'a', 'b'), { x: 1, k: 3 });
		expect(be.crossings).toEqual([5]);
		expect(be.value).toBe(5);
	});

	it('does not call a tie at the end of the range a flip: the answer never changes inside it', () => {
		const cm = linear();
		// 0.75·x − 15 reaches 0 only at x = 20, the top of the range.
		const be = breakEven(cm.params.get('x')!, advantage(cm, evaluator(cm), 'a', 'b'), { x: 1, k: 0.75 });
		expect(be).toEqual({ paramId: 'x', value: null, crossings: [] });
	});

	it('counts a crossing that falls exactly on a grid point', () => {
		const cm = linear();
		// 1.5·x − 15 is 0 at x = 10, the middle grid point of [0, 20].
		const be = breakEven(cm.params.get('x')!, advantage(cm, evaluator(cm), 'a', 'b'), { x: 1, k: 1.5 });
		expect(be.crossings).toEqual([10]);
	});

	it('returns null and no crossings when the answer never flips within the range', () => {
		const cm = linear();
		const adv = advantage(cm, evaluator(cm), 'a', 'b');
		// x* = 30 lies above the range [0, 20].
		expect(breakEven(cm.params.get('x')!, adv, { x: 5, k: 0.5 })).toEqual({
			paramId: 'x',
			value: null,
			crossings: []
		});
		// k·x − 15 with x = 0 is −15 for every k: no crossing in k.
		expect(breakEven(cm.params.get('k')!, adv, { x: 0, k: 2 }).value).toBeNull();
	});

	it('finds a crossing in the other parameter: k* = 15 / x', () => {
		const cm = linear();
		const be = breakEven(cm.params.get('k')!, advantage(cm, evaluator(cm), 'a', 'b'), { x: 6, k: 2 });
		expect(be.value).toBeCloseTo(2.5, 6);
	});

	/** Option a is worth (x − 2)(x − 6), b nothing: a is behind between 2 and 6. */
	const quadratic = compileModel(
		model({
			flags: { isA: 0 },
			options: [
				{ id: 'a', label: 'A', description: '', set: { isA: 1 } },
				{ id: 'b', label: 'B', description: '' }
			],
			params: [param('x', { default: 5, min: 0, max: 10 }), param('c', { default: 0, min: -10, max: 10 })],
			series: { s: 'isA * ((x - 2) * (x - 6) + c)' },
			outputs: { value: 'first(s)' }
		})
	);
	const quadAdv = advantage(quadratic, evaluator(quadratic), 'a', 'b');
	const xParam = quadratic.params.get('x')!;

	it('finds both crossings of a quadratic, in increasing order', () => {
		const be = breakEven(xParam, quadAdv, { x: 5, c: 0 });
		expect(be.crossings).toHaveLength(2);
		expect(Math.abs(be.crossings[0] - 2)).toBeLessThan(1e-6);
		expect(Math.abs(be.crossings[1] - 6)).toBeLessThan(1e-6);
	});

	it('reports the crossing nearest the current value', () => {
		expect(breakEven(xParam, quadAdv, { x: 5, c: 0 }).value).toBeCloseTo(6, 6);
		expect(breakEven(xParam, quadAdv, { x: 3, c: 0 }).value).toBeCloseTo(2, 6);
		expect(breakEven(xParam, quadAdv, { x: 9, c: 0 }).value).toBeCloseTo(6, 6);
	});

	it('finds the roots 4 ± √(4 − c) when the parabola is shifted', () => {
		const be = breakEven(xParam, quadAdv, { x: 5, c: 3 });
		expect(be.crossings).toHaveLength(2);
		expect(be.crossings[0]).toBeCloseTo(3, 6);
		expect(be.crossings[1]).toBeCloseTo(5, 6);
		// Lifted above zero everywhere (c > 4), it never crosses.
		expect(breakEven(xParam, quadAdv, { x: 5, c: 4.5 }).crossings).toEqual([]);
	});
});

describe('tornado', () => {
	const cm = compileModel(
		model({
			flags: { isA: 0 },
			options: [
				{ id: 'a', label: 'A', description: '', set: { isA: 1 } },
				{ id: 'b', label: 'B', description: '' }
			],
			params: [
				param('x', { default: 10, min: 0, max: 100, uncertain: { dist: 'normal', low: 8, high: 12 } }),
				param('y', { default: 1, min: 0, max: 4 }),
				param('z', { default: 10, min: 1, max: 30, uncertain: { dist: 'lognormal', low: 5, high: 20 } }),
				param('w', { default: 0.5, min: 0, max: 1, uncertain: { dist: 'triangular', low: 0.2, high: 0.9 } }),
				param('idle', { default: 3, min: 0, max: 9 })
			],
			series: { s: 'isA * (3 * x + 2 * y + z + 10 * w + 0 * idle)' },
			outputs: { value: 'last(s)' }
		})
	);
	const adv = advantage(cm, evaluator(cm), 'a', 'b');
	const defaults = { x: 10, y: 1, z: 10, w: 0.5, idle: 3 };
	const total = (v: typeof defaults) => 3 * v.x + 2 * v.y + v.z + 10 * v.w;

	it('sorts bars by how far they swing the advantage, largest first', () => {
		const bars = tornado(cm, adv, defaults);
		// z: 20 − 5 = 15; x: 3 · 4 = 12; y: 2 · 4 = 8; w: 10 · 0.7 = 7; idle: 0.
		expect(bars.map((b) => b.paramId)).toEqual(['z', 'x', 'y', 'w', 'idle']);
		const swings = bars.map((b) => Math.abs(b.atHigh - b.atLow));
		expect(swings[0]).toBeCloseTo(15, 9);
		expect(swings[1]).toBeCloseTo(12, 9);
		expect(swings[2]).toBeCloseTo(8, 9);
		expect(swings[3]).toBeCloseTo(7, 9);
		expect(swings[4]).toBe(0);
	});

	it('uses the 90 % interval for uncertain parameters and the full range for the others', () => {
		const bars = Object.fromEntries(tornado(cm, adv, defaults).map((b) => [b.paramId, b]));
		expect(bars.x).toMatchObject({ low: 8, high: 12, basis: 'interval' });
		expect(bars.z).toMatchObject({ low: 5, high: 20, basis: 'interval' });
		expect(bars.w).toMatchObject({ low: 0.2, high: 0.9, basis: 'interval' });
		expect(bars.y).toMatchObject({ low: 0, high: 4, basis: 'range' });
		expect(bars.x.atLow).toBeCloseTo(total({ ...defaults, x: 8 }), 9);
		expect(bars.x.atHigh).toBeCloseTo(total({ ...defaults, x: 12 }), 9);
		expect(bars.y.atLow).toBeCloseTo(total({ ...defaults, y: 0 }), 9);
	});

	it('moves the interval with the value: shifted, or scaled for lognormal, and clamped to the range', () => {
		const moved = { ...defaults, x: 11, z: 20, w: 0.6 };
		const bars = Object.fromEntries(tornado(cm, adv, moved).map((b) => [b.paramId, b]));
		expect(bars.x.low).toBeCloseTo(9, 12);
		expect(bars.x.high).toBeCloseTo(13, 12);
		expect(bars.w.low).toBeCloseTo(0.3, 12);
		expect(bars.w.high).toBeCloseTo(1, 12);
		// Lognormal: [5, 20] × 20 / 10 = [10, 40], clamped to the maximum 30.
		expect(bars.z.low).toBeCloseTo(10, 12);
		expect(bars.z.high).toBe(30);
		expect(bars.z.atHigh).toBeCloseTo(total({ ...moved, z: 30 }), 9);
		// The others are held at the moved values while one swings.
		expect(bars.y.atLow).toBeCloseTo(total({ ...moved, y: 0 }), 9);
	});

	it('clamps a shifted interval at both ends', () => {
		const p = cm.params.get('x')!;
		expect(swing(p, 99)).toEqual({ low: 97, high: 100, basis: 'interval' });
		expect(swing(p, 1)).toEqual({ low: 0, high: 3, basis: 'interval' });
		expect(swing(cm.params.get('w')!, 0.1)).toMatchObject({ low: 0, basis: 'interval' });
	});
});

describe('aggregates in outputs', () => {
	// s = 1, 2, 3, 4 over four periods; dr is the discount rate (r is a link key, reserved).
	const def = model({
		periods: 4,
		params: [param('dr', { default: 0.1, min: -0.5, max: 1 })],
		series: { s: 't + 1', ones: '1' },
		outputs: {
			npv: 'npv(s, dr)',
			npvZero: 'npv(s, 0)',
			annuity: 'npv(ones, dr)',
			sum: 'sum(s)',
			first: 'first(s)',
			last: 'last(s)',
			at0: 'at(s, 0)',
			at2: 'at(s, 2)',
			at3: 'at(s, 3)',
			beyond: 'at(s, 4)',
			mean: 'sum(s) / periods'
		}
	});
	const cm = compileModel(def);
	const expected = (r: number): Record<string, number> => ({
		npv: 1 + 2 / (1 + r) + 3 / (1 + r) ** 2 + 4 / (1 + r) ** 3,
		npvZero: 10,
		annuity: r === 0 ? 4 : (1 - (1 + r) ** -4) / (1 - 1 / (1 + r)),
		sum: 10,
		first: 1,
		last: 4,
		at0: 1,
		at2: 3,
		at3: 4,
		beyond: NaN,
		mean: 2.5
	});

	for (const r of [0.1, 0, 0.35, -0.2]) {
		it(`give the hand-computed values at r = ${r}, in both plans and in the reference`, () => {
			const want = expected(r);
			const ref = referenceEvaluator(cm, 'a')({ dr: r });
			for (const kernel of KERNELS) {
				const got = buildPlan(cm, 'a', 1, new Set(), kernel).run({ dr: r }, new Map());
				for (const [name, value] of Object.entries(want)) {
					if (Number.isNaN(value)) expect(cell(got.outputs[name], 0), `${kernel} ${name}`).toBeNaN();
					else expect(cell(got.outputs[name], 0), `${kernel} ${name}`).toBeCloseTo(value, 12);
				}
			}
			for (const [name, value] of Object.entries(want)) {
				if (Number.isNaN(value)) expect(ref.outputs[name], `reference ${name}`).toBeNaN();
				else expect(ref.outputs[name], `reference ${name}`).toBeCloseTo(value, 12);
			}
		});
	}

	it('discount each sample at its own drawn rate in a Monte Carlo run', () => {
		const rates = Float64Array.of(0, 0.1, 0.5, -0.2);
		for (const kernel of KERNELS) {
			const got = buildPlan(cm, 'a', 4, new Set(['dr']), kernel).run({ dr: 0.3 }, new Map([['dr', rates]]));
			rates.forEach((r, i) => {
				expect(cell(got.outputs.npv, 0, i), `${kernel} sample ${i}`).toBeCloseTo(expected(r).npv, 12);
				expect(cell(got.outputs.sum, 0, i)).toBe(10);
			});
		}
	});

	it('are what the evaluator reports', () => {
		const out = evaluator(cm)({ dr: 0.1 }).a.outputs;
		expect(out.sum).toBe(10);
		expect(out.npv).toBeCloseTo(expected(0.1).npv, 12);
		expect(evaluator(cm)({ dr: 0.1 }).a.series.s).toEqual([1, 2, 3, 4]);
	});
});
