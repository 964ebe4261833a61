/**
 * x ^ (c ± t): found only where the exponent moves by one a period, the same way, at every period; then
 * computed as x^c times a running product (fused-expr.ts timePower), within a few units in the last place
 * of Math.pow for a positive base, and exactly Math.pow's value for any other base.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affineInTime } from './affine-time';
import { parseFormula } from './formula';
import { buildFusedPlan } from './fused-plan';
import { compileModel } from './model';
import { cell, model, param } from './testing/fixtures';

const periods = { count: 8, unit: 'year' as const, start: 2030 };
const ctx = { kind: 'series' as const, values: new Set(['a']), series: new Set<string>() };
const found = (formula: string, p = periods) => affineInTime(parseFormula(formula, ctx), p);

describe('an exponent that moves by one a period', () => {
	it('is found with its slope and its value at t = 0', () => {
		expect(found('-(t + 0.5)')).toEqual({ slope: -1, offset: -0.5 });
		expect(found('-(t + 1)')).toEqual({ slope: -1, offset: -1 });
		expect(found('-t')).toEqual({ slope: -1, offset: -0 });
		expect(found('t + 2')).toEqual({ slope: 1, offset: 2 });
		expect(found('2030 - year')).toEqual({ slope: -1, offset: 0 });
		expect(found('year - 2030 + 0.5')).toEqual({ slope: 1, offset: 0.5 });
		expect(found('t - periods')).toEqual({ slope: 1, offset: -8 });
	});

	it('is not found where it moves otherwise, names a parameter, or the model has one period', () => {
		for (const f of ['2 * t', 't / 2', 't ^ 2', '0.5', 't + a', 't == 3 ? 3 : t', 'max(t, 2)', 'pi * t'])
			expect(found(f), f).toBeNull();
		expect(found('-(t + 0.5)', { ...periods, count: 1 })).toBeNull();
		// t + 0.0343 rounds at some periods: x^0.0343 · x^t would not be the power the formula asks for.
		expect(found('t + 0.0343', { ...periods, count: 30 })).toBeNull();
		expect(found('-(t + 0.0343)', { ...periods, count: 30 })).toBeNull();
		expect(found('t + 0.25', { ...periods, count: 60 })).toEqual({ slope: 1, offset: 0.25 });
		expect(found('year')).toEqual({ slope: 1, offset: 2030 });
	});
});

/** Bases a kernel may meet: ordinary, at the edges of the doubles, and where a power's sign or NaN rule matters. */
const BASES = [1.07, 2, 0.5, 1, 0, -0, -2, -0.5, NaN, Infinity, -Infinity, 1e-310, 1e300, 3e-5];

const def = model({
	id: 'affine-time',
	periods: 8,
	start: 2030,
	params: [param('x', { uncertain: { dist: 'uniform', low: 1, high: 2 } }), param('k', { default: 1 })],
	options: [
		{ id: 'a', label: 'A', description: 'As drawn' },
		{ id: 'b', label: 'B', description: 'Not asked here' }
	],
	series: {
		midYear: 'x ^ (-(t + 0.5))',
		yearEnd: 'x ^ (-(t + 1))',
		calendar: 'x ^ (2030 - year)',
		rising: 'x ^ (t + 2)',
		// Opposite signs: left to Math.pow, whose factors could overflow against each other.
		crossing: 'x ^ (t - 3)',
		inBranch: 'k > 0 ? x ^ (-(t + 0.5)) : 0',
		// A condition on t is settled while unrolled and not while looped: the same numbers either way.
		terminal: 't == periods - 1 ? 1000 * x ^ (-(t + 0.5)) : 0',
		fromSecond: 't == 0 ? 0 : pow(x, -(t + 1))',
		sinceStart: 'x ^ (year - 2030)'
	},
	outputs: { total: 'sum(midYear)' }
});
const exponents: Record<string, (t: number) => number> = {
	midYear: (t) => -(t + 0.5),
	yearEnd: (t) => -(t + 1),
	calendar: (t) => 2030 - (2030 + t),
	rising: (t) => t + 2,
	crossing: (t) => t - 3,
	inBranch: (t) => -(t + 0.5)
};
const scaled: Record<string, (x: number, t: number) => number> = {
	terminal: (x, t) => (t === 7 ? 1000 * Math.pow(x, -(t + 0.5)) : 0),
	fromSecond: (x, t) => (t === 0 ? 0 : Math.pow(x, -(t + 1))),
	sinceStart: (x, t) => Math.pow(x, t)
};

/** Within `ulps` units in the last place of Math.pow's value; the same value where that is not a finite non-zero. */
function near(got: number, want: number, ulps: number): boolean {
	if (!Number.isFinite(want) || want === 0) return Object.is(got, want);
	return Math.abs(got - want) <= ulps * Number.EPSILON * Math.abs(want);
}

afterEach(() => vi.restoreAllMocks());

describe('x ^ (c ± t) in the fused kernel', () => {
	const cm = compileModel(def);
	const draws = new Map([['x', Float64Array.from(BASES)]]);
	const n = BASES.length;

	const runs = [true, false].map((unroll) =>
		buildFusedPlan(cm, 'a', n, new Set(['x']), undefined, unroll).run({ x: 1, k: 1 }, draws)
	);
	runs.forEach((run, k) => {
		it(`agrees with Math.pow at every period and base, ${k === 0 ? 'unrolled' : 'looped'}`, () => {
			for (let t = 0; t < 8; t++) {
				for (let i = 0; i < n; i++) {
					const check = (name: string, want: number) => {
						const got = cell(run.series[name], t, i);
						expect(near(got, want, 4), `${name}[${t}] at ${BASES[i]}: ${got} vs ${want}`).toBe(true);
					};
					for (const [name, exponent] of Object.entries(exponents))
						check(name, Math.pow(BASES[i], exponent(t)));
					for (const [name, value] of Object.entries(scaled)) check(name, value(BASES[i], t));
				}
			}
		});
	});

	it('gives the same bits unrolled as looped, a power under a condition on t included', () => {
		const [unrolled, looped] = runs;
		for (const name of Object.keys(def.series!))
			for (let t = 0; t < 8; t++)
				for (let i = 0; i < n; i++)
					expect(Object.is(cell(unrolled.series[name], t, i), cell(looped.series[name], t, i)), name).toBe(
						true
					);
	});

	it('stays within 16 units in the last place over 60 periods, for discounting bases', () => {
		const long = compileModel({ ...def, id: 'affine-time-long', periods: { ...def.periods, count: 60 } });
		const m = 500;
		const bases = Float64Array.from({ length: m }, (_, i) => 1 + (0.2 * i) / m + 1e-9);
		const run = buildFusedPlan(long, 'a', m, new Set(['x']), undefined, false).run(
			{ x: 1, k: 1 },
			new Map([['x', bases]])
		);
		let worst = 0;
		for (const [name, exponent] of Object.entries(exponents)) {
			if (name === 'crossing') continue;
			for (let t = 0; t < 60; t++) {
				for (let i = 0; i < m; i++) {
					const want = Math.pow(bases[i], exponent(t));
					worst = Math.max(worst, Math.abs(cell(run.series[name], t, i) - want) / (Number.EPSILON * want));
				}
			}
		}
		expect(worst).toBeLessThanOrEqual(16);
	});

	it('calls Math.pow about once a future where it was once a period', () => {
		const one = compileModel({ ...def, id: 'affine-time-one', series: { midYear: def.series!.midYear } });
		const m = 1000;
		const positive = new Map([['x', Float64Array.from({ length: m }, (_, i) => 1 + i / m)]]);
		const plan = buildFusedPlan(one, 'a', m, new Set(['x']), undefined, true);
		const pow = vi.spyOn(Math, 'pow');
		plan.run({ x: 1, k: 1 }, positive);
		expect(pow.mock.calls.length).toBeLessThanOrEqual(m);
		expect(pow.mock.calls.length).toBeGreaterThan(0);
	});
});
