/**
 * The room's pooled belief as the engine draws it: the linear pool of fitted answers, its quantile table,
 * and a Monte Carlo run with the table in place of the sourced distribution.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitAnswer, type Belief, type Estimate } from './belief-fit';
import { drawInto } from './distributions';
import { linearPool } from './linear-pool';
import { compileModel } from './model';
import { MonteCarlo } from './montecarlo';
import {
	TABLE_POINTS,
	TABLE_PROBS,
	quantise,
	tableBelief,
	tableDensity,
	tableDistribution,
	tableOf,
	tablePlaces,
	tableProblem,
	tableSource
} from './quantile-table';
import { streamOf, uniformStream } from './random';
import { cell, model, param } from './testing/fixtures';
import type { DistributionKind, ParamDef } from './types';

const margin = (dist: DistributionKind): ParamDef =>
	param('x', { default: 10, min: 0, max: 40, step: 0.5, uncertain: { dist, low: 7, high: 14 } });

function fits(p: ParamDef, answers: Estimate[]): Belief[] {
	return answers.map((a) => {
		const f = fitAnswer(p, a);
		if (!f.ok) throw new Error(f.reason);
		return f.belief;
	});
}

/** The mixture's p-quantile by plain bisection on its CDF, independently of linearPool's bracket. */
function mixtureQuantile(beliefs: Belief[], p: number): number {
	const cdf = (x: number) => beliefs.reduce((s, b) => s + b.cdf(x), 0) / beliefs.length;
	let a = 0;
	let b = 40;
	for (let i = 0; i < 200; i++) {
		const m = (a + b) / 2;
		if (cdf(m) >= p) b = m;
		else a = m;
	}
	return b;
}

// Two camps and a doubter: a pool with two modes, which no family of the engine can express.
const ROOM: Estimate[] = [
	{ best: 8, low: 6, high: 10 },
	{ best: 9 },
	{ best: 8.5, low: 7, high: 11 },
	{ best: 20, low: 16, high: 26 },
	{ best: 22, low: 18, high: 25 },
	{ best: 12, low: 5, high: 30 }
];

describe('linearPool', () => {
	it('is the mixture: its quantiles are the bisected quantiles of the mean CDF', () => {
		for (const dist of ['normal', 'triangular', 'pert', 'lognormal', 'uniform'] as const) {
			const beliefs = fits(margin(dist), ROOM);
			const pool = linearPool(beliefs);
			for (const p of [0.001, 0.05, 0.2, 0.5, 0.6, 0.9, 0.999]) {
				expect(Math.abs(pool.quantile(p) - mixtureQuantile(beliefs, p))).toBeLessThan(1e-9);
				expect(pool.cdf(pool.quantile(p))).toBeCloseTo(p, 9);
			}
		}
	});

	it('of one answer is that answer’s fit', () => {
		const [belief] = fits(margin('pert'), [{ best: 11, low: 8, high: 19 }]);
		const pool = linearPool([belief]);
		for (let k = 1; k < 100; k++) expect(pool.quantile(k / 100)).toBe(belief.quantile(k / 100));
	});

	it('refuses to pool nothing', () => {
		expect(() => linearPool([])).toThrow(/at least one/);
	});
});

describe('quantile tables', () => {
	const p = margin('normal');
	const beliefs = fits(p, ROOM);
	const pool = linearPool(beliefs);
	const table = tableOf(pool, p);
	const quantum = 10 ** -tablePlaces(p);

	it('rounds to a tenth of the order of magnitude of the parameter’s step', () => {
		expect(tablePlaces(p)).toBe(2);
		expect(tablePlaces({ step: 0.005, min: 0, max: 1 })).toBe(4);
		expect(tablePlaces({ step: 0.01, min: 0, max: 1 })).toBe(3);
		expect(tablePlaces({ step: 1, min: 0, max: 500 })).toBe(1);
		expect(tablePlaces({ step: 1000, min: 5000, max: 300000 })).toBe(-2);
		for (const v of table) expect(v).toBe(Number(v.toFixed(2)));
		const big = quantise([5012.3, 123456.78, 299999], { step: 1000, min: 5000, max: 300000 });
		expect(big).toEqual([5000, 123500, 300000]);
		expect(quantise(big, { step: 1000, min: 5000, max: 300000 })).toEqual(big);
	});

	it('holds the mixture’s quantiles at its grid, to half a quantum (the tolerance)', () => {
		expect(table).toHaveLength(TABLE_POINTS);
		for (let k = 0; k < TABLE_POINTS; k++) {
			expect(Math.abs(table[k] - mixtureQuantile(beliefs, tableSource(k)))).toBeLessThanOrEqual(
				quantum / 2 + 1e-9
			);
		}
	});

	it('between grid points, never leaves the mixture’s quantiles at the neighbouring grid points', () => {
		const d = tableDistribution(table);
		for (let i = 1; i < 1000; i++) {
			const q = i / 1000;
			const k = Math.min(TABLE_POINTS - 2, Math.floor(q * (TABLE_POINTS - 1)));
			const x = d.quantile(q);
			expect(x).toBeGreaterThanOrEqual(mixtureQuantile(beliefs, tableSource(k)) - quantum / 2 - 1e-9);
			expect(x).toBeLessThanOrEqual(mixtureQuantile(beliefs, tableSource(k + 1)) + quantum / 2 + 1e-9);
			// Inside the inner grid, the table's CDF stays within one grid step of the mixture's.
			if (q >= 0.025 && q <= 0.975) expect(Math.abs(pool.cdf(x) - q)).toBeLessThanOrEqual(1 / 40 + 1e-3);
		}
	});

	it('is a distribution: its CDF inverts its quantile, and its density holds all of the mass', () => {
		const d = tableDistribution(table);
		for (let k = 1; k < 200; k++) expect(d.cdf(d.quantile(k / 200))).toBeCloseTo(k / 200, 12);
		expect(d.cdf(table[0] - 1)).toBe(0);
		expect(d.cdf(table[TABLE_POINTS - 1])).toBe(1);
		const { pieces, pointMass } = tableDensity(table);
		const mass = pieces.reduce((s, piece) => s + piece.density * (piece.x1 - piece.x0), 0) + pointMass;
		expect(mass).toBeCloseTo(1, 12);
		const mean = pieces.reduce((s, c) => s + (c.density * (c.x1 ** 2 - c.x0 ** 2)) / 2, 0);
		expect(d.mean).toBeCloseTo(mean, 9);
		expect(d.kind).toBe('table');
	});

	it('handles runs of equal values (a room that agrees exactly) as point masses', () => {
		// 20 values of 10, then 21 of 12: 19 segments (47.5 %) at 10, one (2.5 %) from 10 to 12, 20 at 12.
		const flat = TABLE_PROBS.map((q) => (q < 0.5 ? 10 : 12));
		const d = tableDistribution(flat);
		expect(d.cdf(10)).toBe(0.475);
		expect(d.cdf(11)).toBeCloseTo(0.475 + 0.5 / 40, 12);
		expect(d.cdf(12)).toBe(1);
		expect(d.quantile(0.25)).toBe(10);
		expect(tableDensity(flat).pointMass).toBeCloseTo(39 / 40, 12);
	});

	it('says why something is not a table', () => {
		expect(tableProblem(table)).toBeNull();
		expect(tableProblem(table.slice(1))).toMatch(/has 41 values, this one has 40/);
		expect(tableProblem([...table.slice(0, 40), Number.NaN])).toMatch(/value 41 .* not a number/);
		const dip = [...table];
		dip[20] = dip[19] - 1;
		expect(tableProblem(dip)).toMatch(/value 21 is below value 20/);
		expect(() => tableDistribution(dip)).toThrow(RangeError);
	});

	it('stays non-decreasing and inside the range for any room (property)', () => {
		const kinds = fc.constantFrom<DistributionKind>('normal', 'lognormal', 'uniform', 'triangular', 'pert');
		const estimate = fc
			.tuple(fc.double({ min: 0.5, max: 39.5, noNaN: true }), fc.double({ min: 0.1, max: 15, noNaN: true }))
			.chain(([best, spread]) =>
				fc.oneof(
					fc.constant<Estimate>({ best }),
					fc.record({
						best: fc.constant(best),
						low: fc.double({ min: Math.max(0.01, best - spread), max: best, noNaN: true }),
						high: fc.double({ min: best + 0.01, max: best + spread, noNaN: true })
					})
				)
			);
		fc.assert(
			fc.property(kinds, fc.array(estimate, { minLength: 1, maxLength: 30 }), (dist, answers) => {
				const pp = margin(dist);
				const got = answers.map((a) => fitAnswer(pp, a)).filter((f) => f.ok);
				fc.pre(got.length > 0);
				const t = tableOf(linearPool(got.map((f) => f.belief)), pp);
				expect(tableProblem(t)).toBeNull();
				expect(t[0]).toBeGreaterThanOrEqual(pp.min);
				expect(t[TABLE_POINTS - 1]).toBeLessThanOrEqual(pp.max);
			}),
			{ seed: 41, numRuns: 150 }
		);
	});

	it('of a pool of one is that fit’s table', () => {
		const [one] = fits(p, [{ best: 11, low: 8, high: 19 }]);
		expect(tableOf(linearPool([one]), p)).toEqual(tableOf(one, p));
		expect(tableBelief(tableOf(one, p)).quantile(0.5)).toBeCloseTo(one.quantile(0.5), 2);
	});
});

describe('a Monte Carlo run on a room’s belief', () => {
	const def = model({
		periods: 1,
		params: [
			param('x', {
				default: 10,
				min: 0,
				max: 40,
				step: 0.5,
				uncertain: { dist: 'normal', low: 7, high: 13 }
			}),
			param('y', { default: 3, min: 0, max: 10, uncertain: { dist: 'triangular', low: 1, high: 5 } }),
			param('k', { default: 2, min: 0, max: 10 })
		],
		options: [
			{ id: 'a', label: 'A', description: '' },
			{ id: 'b', label: 'B', description: '' }
		],
		series: { s: 'x + y * k' },
		outputs: { value: 'last(s)', ox: 'x', oy: 'y' },
		decide: { by: 'value', higherIsBetter: true }
	});
	const cm = compileModel(def);
	const table = tableOf(linearPool(fits(def.params[0], ROOM)), def.params[0]);
	const column = (r: ReturnType<MonteCarlo['run']>, out: string) =>
		Array.from({ length: r.a.n }, (_, i) => cell(r.a.outputs[out], 0, i));

	it('draws the table by inversion of the parameter’s own uniforms, and leaves the others alone', () => {
		const mc = new MonteCarlo(cm, { samples: 500, seed: 7 });
		const sourced = column(mc.run({}), 'oy');
		const run = mc.run({}, { x: table });
		const u = uniformStream(7, streamOf('x'), 500);
		const expected = new Float64Array(500);
		drawInto(tableDistribution(table), u, expected, 0, 40);
		expect(column(run, 'ox')).toEqual(Array.from(expected));
		for (let i = 0; i < 500; i++)
			expect(cell(run.a.outputs.ox, 0, i)).toBe(tableDistribution(table).quantile(u[i]));
		expect(column(run, 'oy')).toEqual(sourced);
	});

	it('is reproducible from its seed, in a new instance, and goes back to the sources without the belief', () => {
		const mc = new MonteCarlo(cm, { samples: 500, seed: 7 });
		const sourced = column(mc.run({}), 'ox');
		const first = column(mc.run({ x: 30 }, { x: table }), 'value');
		expect(
			column(new MonteCarlo(cm, { samples: 500, seed: 7 }).run({ x: 30 }, { x: table }), 'value')
		).toEqual(first);
		expect(column(mc.run({}), 'ox')).toEqual(sourced);
		// A different table redraws, though the value did not move.
		const shifted = table.map((v) => Math.min(40, v + 1));
		expect(column(mc.run({}, { x: shifted }), 'ox')).not.toEqual(column(mc.run({}, { x: table }), 'ox'));
	});

	it('matches the table’s quantiles in its samples', () => {
		const run = new MonteCarlo(cm, { samples: 20000, seed: 3 }).run({}, { x: table });
		const xs = column(run, 'ox').sort((a, b) => a - b);
		const d = tableDistribution(table);
		// The standard error of a sample quantile here is well under 0.5.
		for (const q of [0.1, 0.25, 0.5, 0.75, 0.9])
			expect(Math.abs(xs[Math.floor(q * xs.length)] - d.quantile(q))).toBeLessThan(0.5);
	});

	it('refuses a belief for a parameter the model does not draw', () => {
		const mc = new MonteCarlo(cm, { samples: 100, seed: 1 });
		expect(() => mc.run({}, { k: table })).toThrow(/no uncertain parameter 'k'/);
	});
});
