/**
 * The fast plans (generated and closure) must give what mathjs itself gives. reference.ts runs mathjs's
 * own evaluate one sample and one period at a time; these tests compare it with buildPlan on random
 * formulas from the whole whitelist, on models that use prev, t, year, periods and running powers, and
 * on every model the app ships, sample by sample for Monte Carlo runs.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { all, create } from 'mathjs/number';
import { compileModel, type CompiledModel } from './model';
import { referenceEvaluator } from './reference';
import { buildPlan } from './simulate';
import type { ModelDef, ParamValues } from './types';
import { cell, close, disagreements, KERNELS, model, param } from './testing/fixtures';
import { models } from '$lib/decisions/testing';

// ---------------------------------------------------------------------------------------------------
// (a) Random formulas
// ---------------------------------------------------------------------------------------------------

const literal = fc
	.oneof(
		fc.constantFrom(0, 1, 2, 3, 10, 0.5, 0.1, 2.5, 1e-3, 1e-7, 1000, 1e6),
		fc.integer({ min: 0, max: 100 }),
		fc
			.double({ min: 0, max: 50, noNaN: true, noDefaultInfinity: true })
			.map((v) => Math.round(v * 1000) / 1000)
	)
	.chain((v) => fc.constantFrom(String(v), `(-${v})`));

const symbolName = fc.constantFrom('a', 'b', 'c');
const leaf = fc.oneof(symbolName, literal);

/** A base for log(x, b) that mathjs and the kernels treat alike (see the log test below for 0 and NaN). */
const logBase = fc.constantFrom('2', '10', '0.5', '3', '1', '1.5', 'e', '(1 + (a) ^ 2)', '(2 + abs(c))');

const UNARY = ['-', '+', 'not '];
const BINARY = ['+', '-', '*', '/', '^', '==', '!=', '<', '>', '<=', '>=', 'and', 'or', 'xor'];
const FN1 = ['exp', 'log', 'log10', 'log2', 'sqrt', 'cbrt', 'abs', 'sign'];

const { expr } = fc.letrec<{ expr: string }>((tie) => {
	const sub = tie('expr');
	return {
		expr: fc.oneof(
			{ maxDepth: 4, depthIdentifier: 'formula', depthSize: 'small' },
			leaf,
			fc.tuple(fc.constantFrom(...UNARY), sub).map(([op, a]) => `${op}(${a})`),
			fc.tuple(sub, fc.constantFrom(...BINARY), sub).map(([a, op, b]) => `(${a}) ${op} (${b})`),
			fc.tuple(sub, fc.constantFrom(...BINARY), sub).map(([a, op, b]) => `(${a}) ${op} (${b})`),
			fc.tuple(fc.constantFrom(...FN1), sub).map(([f, a]) => `${f}(${a})`),
			fc
				.tuple(fc.constantFrom('min', 'max'), fc.array(sub, { minLength: 1, maxLength: 3 }))
				.map(([f, args]) => `${f}(${args.join(', ')})`),
			fc.tuple(sub, sub).map(([a, b]) => `pow(${a}, ${b})`),
			fc.tuple(sub, logBase).map(([a, b]) => `log(${a}, ${b})`),
			fc.tuple(sub, sub, sub).map(([c, a, b]) => `(${c}) ? (${a}) : (${b})`)
		)
	};
});

const value = fc.oneof(
	fc.constantFrom(0, 1, -1, 2, -2, 0.5, -0.5, 3, 1e-9, 100, -100),
	fc
		.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true })
		.map((v) => (Math.abs(v) < 1e-6 ? 0 : v))
);
const SAMPLES = 3;
const samples = fc.array(value, { minLength: SAMPLES, maxLength: SAMPLES });

/** A model whose only series (or only output) is the formula over a, b and c. */
function formulaModel(formula: string, where: 'series' | 'output'): CompiledModel {
	return compileModel(
		model({
			periods: 2,
			params: [param('a'), param('b'), param('c')],
			series: where === 'series' ? { s: formula } : { s: 'a' },
			outputs: where === 'series' ? { o: 'last(s)' } : { o: formula }
		})
	);
}

/**
 * Runs the formula scalar (n = 1) at sample 0 and as a Monte Carlo run with a and b drawn, on both plans,
 * and lists every disagreement with the reference.
 */
function compareFormula(
	formula: string,
	as: number[],
	bs: number[],
	c: number,
	where: 'series' | 'output' = 'series'
): string[] {
	const cm = formulaModel(formula, where);
	const ref = referenceEvaluator(cm, 'a');
	const values = as.map((a, i) => ({ a, b: bs[i], c }));
	const expected = values.map((v) => ref(v));
	const problems: string[] = [];
	for (const kernel of KERNELS) {
		const scalar = buildPlan(cm, 'a', 1, new Set(), kernel);
		// Runs once per sample, last first, so a value cached from an earlier run would show.
		for (let i = SAMPLES - 1; i >= 0; i--) {
			const r = scalar.run(values[i], new Map());
			problems.push(...disagreements(cm, r, expected[i]).map((p) => `${kernel} n=1 ${p}`));
		}
		// Runs the Monte Carlo plan twice, on the samples reversed and then in order, for the same reason.
		const vector = buildPlan(cm, 'a', SAMPLES, new Set(['a', 'b']), kernel);
		for (const reversed of [true, false]) {
			const order = reversed ? [...values.keys()].reverse() : [...values.keys()];
			const drawn = new Map([
				['a', Float64Array.from(order, (k) => as[k])],
				['b', Float64Array.from(order, (k) => bs[k])]
			]);
			const v = vector.run({ a: 123, b: 456, c }, drawn);
			order.forEach((k, i) => {
				const found = disagreements(cm, v, expected[k], i);
				problems.push(...found.map((p) => `${kernel} n=${SAMPLES} ${p}`));
			});
		}
	}
	return problems;
}

/**
 * mathjs's min and max compare with its tolerances (relTol 1e-12, absTol 1e-15) and keep the earlier of
 * two nearly equal arguments, so min(0, -5e-324) is 0 and max(-0, 0) is -0; the kernels use Math.min and
 * Math.max (see the it.fails below). Random formulas reach such near-ties easily (pow(2, -60) against 0),
 * so a disagreement in a formula with min or max is accepted only when the fast plan agrees exactly with
 * mathjs in which min and max are Math.min and Math.max, i.e. when the tie-break is the whole difference.
 */
const plainMinMax = create(all, { predictable: true });
plainMinMax.import(
	{
		min: (...xs: unknown[]) => Math.min(...xs.map(Number)),
		max: (...xs: unknown[]) => Math.max(...xs.map(Number))
	},
	{ override: true }
);

function explainedByMinMaxTies(
	formula: string,
	as: number[],
	bs: number[],
	c: number,
	where: 'series' | 'output'
): boolean {
	if (!/\b(min|max)\(/.test(formula)) return false;
	const cm = formulaModel(formula, where);
	const compiled = plainMinMax.compile(formula);
	const draws = new Map([
		['a', Float64Array.from(as)],
		['b', Float64Array.from(bs)]
	]);
	for (const kernel of KERNELS) {
		const vector = buildPlan(cm, 'a', SAMPLES, new Set(['a', 'b']), kernel).run({ c }, draws);
		for (let i = 0; i < SAMPLES; i++) {
			const values = { a: as[i], b: bs[i], c };
			const expected = Number(compiled.evaluate({ ...values }));
			const scalar = buildPlan(cm, 'a', 1, new Set(), kernel).run(values, new Map());
			const got = [
				cell(scalar.outputs.o, 0),
				cell(vector.outputs.o, 0, i),
				...(where === 'series' ? [cell(scalar.series.s, 0), cell(vector.series.s, 1, i)] : [])
			];
			if (!got.every((x) => close(x, expected))) return false;
		}
	}
	return true;
}

function agreesOnRandomFormulas(where: 'series' | 'output', numRuns: number) {
	let runs = 0;
	let ties = 0;
	fc.assert(
		fc.property(expr, samples, samples, value, (formula, as, bs, c) => {
			fc.pre(formula.length <= 2000);
			runs++;
			const problems = compareFormula(formula, as, bs, c, where);
			if (problems.length === 0) return;
			if (explainedByMinMaxTies(formula, as, bs, c, where)) {
				ties++;
				return;
			}
			throw new Error(`${formula}\n${problems.slice(0, 6).join('\n')}`);
		}),
		{ numRuns }
	);
	// The tie-break allowance must stay an exception, or it would hide a broken min or max.
	expect(ties).toBeLessThanOrEqual(Math.max(2, runs * 0.01));
}

// FUZZ_RUNS=20000 npx vitest run … runs a deeper search; the defaults keep this file to a few seconds.
describe('random formulas: the fast plans agree with mathjs', () => {
	it('agrees on 2500 random series formulas over the whole whitelist', () => {
		agreesOnRandomFormulas('series', Number(process.env.FUZZ_RUNS ?? 2500));
	}, 60_000);

	it('agrees on 500 random output formulas over the whole whitelist', () => {
		agreesOnRandomFormulas('output', Number(process.env.FUZZ_RUNS ?? 500));
	}, 60_000);

	// Edge cases the generator reaches only by luck, checked on every run.
	const edges: string[] = [
		'1 / a',
		'1 / (a - a)',
		'(-1) / (a - a)',
		'0 / (a - a)',
		'(a - a) ^ 0',
		'0 ^ (-1)',
		'(-8) ^ (1 / 3)',
		'pow(-2, 0.5)',
		'(0.5) ^ (1 / 0)',
		'(2) ^ (-1 / 0)',
		'(-1) ^ (1 / 0)',
		'exp(1000) - exp(1000)',
		'sqrt(-1) == sqrt(-1)',
		'sqrt(-1) != sqrt(-1)',
		'not sqrt(-1)',
		'sqrt(-1) ? 1 : 2',
		'(sqrt(-1)) and (1)',
		'(1) xor (sqrt(-1))',
		'0.1 + 0.2 == 0.3',
		'0.1 + 0.2 != 0.3',
		'1 + 1e-13 > 1',
		'1 + 1e-13 >= 1',
		'1 <= 1 - 1e-13',
		'1e-16 == 0',
		'1e-14 == 0',
		'(1 / 0) == (1 / 0)',
		'(1 / 0) > 1e308',
		'log(0)',
		'log(-1)',
		'log10(0)',
		'log2(-1)',
		'log(8, 2)',
		'log(8, 1)',
		'log(8, -2)',
		'log(0, 10)',
		'sign(-0)',
		'sign(a - a)',
		'abs(-3)',
		'cbrt(-27)',
		'min(a)',
		'max(a, b, c)',
		'min(a, sqrt(-1))',
		'max(sqrt(-1), a)',
		'min(a, b, c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)',
		'-a ^ 2',
		'2 ^ 3 ^ 2',
		'-2 ^ 0.5',
		'not a and b',
		'not (a and b)',
		'a or b and c',
		'a ? (b ? 1 : 2) : 3',
		'(a > b) + (b > c) * 2',
		'-(a > b)',
		'sqrt(a > b)',
		'5%',
		'Infinity - a',
		'NaN * a',
		'pi * e',
		'1e308 * 10',
		'2a + 3b',
		'a # a comment'
	];
	const valueSets: [number, number, number][] = [
		[0, 0, 0],
		[1, 2, 3],
		[-1, -2, -3],
		[2, 2, 2],
		[-0.5, 0.5, 1e-9]
	];
	for (const formula of edges) {
		it(`agrees on ${formula}`, () => {
			for (const [a, b, c] of valueSets) {
				const problems = compareFormula(formula, [a, b, a + b], [b, a, -b], c);
				expect(problems, `a=${a}, b=${b}, c=${c}`).toEqual([]);
			}
		});
	}

	// ops.ts and fused-expr.ts compute log(x, b) as ln x / ln b. mathjs's logNumber(x, y) is
	// `if (y) return Math.log(x) / Math.log(y); return Math.log(x)`, so a base that is 0 or NaN is
	// ignored and log(8, 0) is ln 8 = 2.0794…; the kernels give ln 8 / −∞ = −0.
	it.fails('agrees on log(x, b) for a base of 0 (BUG: kernels give -0, mathjs gives ln x)', () => {
		expect(compareFormula('log(8, a)', [0, 0, 0], [1, 1, 1], 1)).toEqual([]);
	});
	// mathjs's max(-1e-16, 0) keeps -1e-16, because larger(0, -1e-16) is false within absTol 1e-15, and
	// max(-0, 0) keeps -0; the kernels' Math.max returns 0. Dividing by the result shows it.
	it.fails('agrees on max of nearly equal arguments (BUG: kernels use Math.max, mathjs a tolerance)', () => {
		expect(compareFormula('1 / max(a, 0)', [-1e-16, -1e-16, -1e-16], [1, 1, 1], 1)).toEqual([]);
	});
	it.fails('agrees on min of nearly equal arguments (BUG: kernels use Math.min, mathjs a tolerance)', () => {
		expect(compareFormula('1 / min(a, 0)', [1e-16, 1e-16, 1e-16], [1, 1, 1], 1)).toEqual([]);
	});
	it.fails('agrees on log(x, b) for a base of NaN (BUG: kernels give NaN, mathjs gives ln x)', () => {
		expect(compareFormula('log(8, sqrt(-1))', [1, 1, 1], [1, 1, 1], 1)).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------------
// (b) Models over time: prev, t, year, periods, running powers; scalar and Monte Carlo
// ---------------------------------------------------------------------------------------------------

const timeModel: ModelDef = model({
	id: 'time',
	periods: 8,
	start: 2030,
	flags: { boost: 0 },
	params: [
		param('g', { default: 0.05, min: -0.5, max: 0.5, uncertain: { dist: 'normal', low: 0, high: 0.1 } }),
		param('x0', { default: 2, min: 0.1, max: 10, uncertain: { dist: 'lognormal', low: 1, high: 4 } }),
		param('k', { default: 0.1, min: 0, max: 0.5 }),
		param('q', { default: 1.5, min: -3, max: 3, uncertain: { dist: 'uniform', low: 1, high: 2 } })
	],
	options: [
		{ id: 'a', label: 'A', description: 'Plain' },
		{ id: 'b', label: 'B', description: 'Boosted, with x0 fixed', set: { boost: 1, x0: 3 } }
	],
	series: {
		level: 'prev(level, x0) * (1 + g) + boost',
		power: '(1 + g) ^ t',
		fixedPower: '(1 + k) ^ t',
		negPower: '(-q) ^ t',
		calendar: 'year - 2030 + t / periods',
		counter: 'prev(counter) + 1',
		seeded: 't == 0 ? x0 : prev(seeded) + level * power / (1 + k) ^ t',
		branch: 'g > 0.05 ? level : -level',
		powerInBranch: 'q > 1.5 ? (1 + g) ^ t : (1 + k) ^ t',
		mixed: 'max(level, power) + min(x0, 3) - abs(g) * sign(x0 - 1) + log(level, 2)',
		chained: 'prev(mixed, q) + counter * fixedPower',
		lagged: 'prev(branch, k * t) + prev(calendar, 7)'
	},
	outputs: {
		pv: 'npv(seeded, k)',
		pvDrawn: 'npv(level, g)',
		total: 'sum(level) + sum(counter)',
		start: 'first(power)',
		end: 'last(seeded) / periods',
		third: 'at(calendar, 3) + at(chained, 7)',
		flat: 'k * 2 + q',
		beyond: 'at(level, 99)'
	}
});

describe('models over time: the fast plans agree with mathjs', () => {
	const cm = compileModel(timeModel);
	const uncertain = new Set(['g', 'x0', 'q']);

	it('agrees for single runs at random values, option by option', () => {
		const plans = KERNELS.flatMap((kernel) =>
			timeModel.options.map((o) => ({ kernel, o: o.id, plan: buildPlan(cm, o.id, 1, new Set(), kernel) }))
		);
		const refs = Object.fromEntries(timeModel.options.map((o) => [o.id, referenceEvaluator(cm, o.id)]));
		fc.assert(
			fc.property(
				fc.record({
					g: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
					x0: fc.double({ min: 0.1, max: 10, noNaN: true }),
					k: fc.double({ min: 0, max: 0.5, noNaN: true }),
					q: fc.double({ min: -3, max: 3, noNaN: true })
				}),
				(values) => {
					for (const { kernel, o, plan } of plans) {
						const problems = disagreements(cm, plan.run(values, new Map()), refs[o](values));
						if (problems.length) throw new Error(`${kernel}/${o}: ${problems.slice(0, 5).join('\n')}`);
					}
				}
			),
			{ numRuns: 60 }
		);
		expect(plans).toHaveLength(4);
	});

	it('agrees sample by sample for Monte Carlo runs of 50 draws', () => {
		const n = 50;
		const drawsFor = (seed: number) => {
			let s = seed;
			const next = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
			return new Map([
				['g', Float64Array.from({ length: n }, () => -0.2 + 0.4 * next())],
				['x0', Float64Array.from({ length: n }, () => 0.1 + 5 * next())],
				['q', Float64Array.from({ length: n }, () => -3 + 6 * next())]
			]);
		};
		for (const kernel of KERNELS) {
			for (const option of timeModel.options) {
				const plan = buildPlan(cm, option.id, n, uncertain, kernel);
				const ref = referenceEvaluator(cm, option.id);
				for (const [seed, k] of [
					[1, 0.1],
					[2, 0.3],
					[3, 0]
				]) {
					const draws = drawsFor(seed);
					const result = plan.run({ g: 99, x0: 99, k, q: 99 }, draws);
					for (let i = 0; i < n; i++) {
						const values: ParamValues = { k };
						for (const [id, d] of draws) values[id] = d[i];
						const problems = disagreements(cm, result, ref(values), i);
						expect(problems, `${kernel}/${option.id} seed ${seed} sample ${i}`).toEqual([]);
					}
				}
			}
		}
	});

	it('keeps an option’s fixed value even when that parameter is drawn', () => {
		for (const kernel of KERNELS) {
			const plan = buildPlan(cm, 'b', 4, uncertain, kernel);
			const draws = new Map([
				['g', Float64Array.of(0, 0.1, 0.2, 0.3)],
				['x0', Float64Array.of(5, 6, 7, 8)],
				['q', Float64Array.of(1, 1, 1, 1)]
			]);
			const r = plan.run({ k: 0.1 }, draws);
			for (let i = 0; i < 4; i++) {
				// level(0) = x0 · (1 + g) + 1 with x0 = 3 from option b, not the drawn 5…8.
				expect(cell(r.series.level, 0, i)).toBeCloseTo(3 * (1 + 0.1 * i) + 1, 12);
			}
		}
	});

	it('computes the running power (1 + g)^t exactly as a power would', () => {
		for (const kernel of KERNELS) {
			const r = buildPlan(cm, 'a', 1, new Set(), kernel).run({ g: 0.07, k: 0.2 }, new Map());
			for (let t = 0; t < 8; t++) {
				expect(close(cell(r.series.power, t), Math.pow(1.07, t), 1e-14)).toBe(true);
				expect(close(cell(r.series.fixedPower, t), Math.pow(1.2, t), 1e-14)).toBe(true);
				expect(cell(r.series.counter, t)).toBe(t + 1);
				expect(cell(r.series.calendar, t)).toBeCloseTo(t + t / 8, 12);
			}
		}
	});
});

// ---------------------------------------------------------------------------------------------------
// (c) Every model the app ships
// ---------------------------------------------------------------------------------------------------

describe('every registered model: the fast plans agree with mathjs', () => {
	for (const def of models) {
		const cm = compileModel(def);
		const defaults: ParamValues = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
		const randomValues = fc.record(
			Object.fromEntries(
				def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })] as const)
			)
		);
		for (const option of def.options) {
			it(`${def.id} / ${option.id}: at defaults and 20 random value sets within range`, () => {
				const ref = referenceEvaluator(cm, option.id);
				const plans = KERNELS.map(
					(kernel) => [kernel, buildPlan(cm, option.id, 1, new Set(), kernel)] as const
				);
				const check = (values: ParamValues) => {
					const expected = ref(values);
					for (const [kernel, plan] of plans) {
						const problems = disagreements(cm, plan.run(values, new Map()), expected);
						if (problems.length) throw new Error(`${kernel}: ${problems.slice(0, 5).join('\n')}`);
					}
				};
				check(defaults);
				check({});
				fc.assert(fc.property(randomValues, check), { numRuns: 20 });
				expect(plans.length).toBe(KERNELS.length);
			});

			it(`${def.id} / ${option.id}: Monte Carlo samples agree with single runs at the drawn values`, () => {
				const uncertain = new Set(def.params.filter((p) => p.uncertain).map((p) => p.id));
				const n = 20;
				const draws = new Map(
					def.params
						.filter((p) => p.uncertain)
						.map((p, j) => [
							p.id,
							Float64Array.from(
								{ length: n },
								(_, i) => p.min + ((p.max - p.min) * ((i * 7 + j * 3) % n)) / (n - 1)
							)
						])
				);
				const ref = referenceEvaluator(cm, option.id);
				for (const kernel of KERNELS) {
					const r = buildPlan(cm, option.id, n, uncertain, kernel).run(defaults, draws);
					for (let i = 0; i < n; i++) {
						const values = { ...defaults };
						for (const [id, d] of draws) values[id] = d[i];
						expect(disagreements(cm, r, ref(values), i), `${kernel} sample ${i}`).toEqual([]);
					}
				}
			});
		}
	}
});
