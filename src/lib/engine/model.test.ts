/**
 * compileModel is where a model author learns what is wrong with a model: series must be put in an
 * order in which each is computed after what it reads, a cycle must be named, and every problem must be
 * reported at once with where it is.
 */
import { describe, it, expect } from 'vitest';
import { evaluator } from './analysis';
import { compileModel, optionValues, withDefaults } from './model';
import { referenceEvaluator } from './reference';
import type { ModelDef } from './types';
import { ModelError } from './validate';
import { model, param, thrown } from './testing/fixtures';
import { models } from '$lib/decisions/testing';

function problemsOf(def: ModelDef): string[] {
	const err = thrown(() => compileModel(def));
	expect(err).toBeInstanceOf(ModelError);
	return (err as ModelError).problems;
}

describe('series order', () => {
	it('puts every series after the series it reads in the same period, whatever the declared order', () => {
		const cm = compileModel(
			model({
				periods: 3,
				params: [param('x', { default: 2 })],
				series: { d: 'c + b', c: 'b * a', b: 'a + 1', a: 'x * t' },
				outputs: { val: 'sum(d)' }
			})
		);
		const at = (name: string) => cm.order.indexOf(name);
		expect([...cm.order].sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(at('a')).toBeLessThan(at('b'));
		expect(at('b')).toBeLessThan(at('c'));
		expect(at('c')).toBeLessThan(at('d'));
		// And the values are the ones the formulas say: a = 2t, b = 2t + 1, c = b·a, d = c + b.
		const r = evaluator(cm)({})['a'].series;
		expect(r.d).toEqual([0, 2, 4, 6].slice(0, 3).map((a) => (a + 1) * a + a + 1));
	});

	it('does not order by prev, so two series may read each other across periods', () => {
		const cm = compileModel(
			model({
				periods: 4,
				series: { a: 'prev(b, 1) * 2', b: 'a + 1' },
				outputs: { val: 'last(b)' }
			})
		);
		expect(cm.order).toEqual(['a', 'b']);
		// a0 = 2, b0 = 3, a1 = 6, b1 = 7, a2 = 14, b2 = 15, a3 = 30, b3 = 31.
		expect(evaluator(cm)({})['a'].series.b).toEqual([3, 7, 15, 31]);
	});

	it('accepts prev of the series itself', () => {
		const cm = compileModel(
			model({
				periods: 5,
				series: { count: 'prev(count) + 1', g: 'prev(g, 100) * 1.5' },
				outputs: { val: 'last(count)' }
			})
		);
		const r = evaluator(cm)({})['a'].series;
		expect(r.count).toEqual([1, 2, 3, 4, 5]);
		expect(r.g).toEqual([150, 225, 337.5, 506.25, 759.375]);
	});

	it('names a two-series cycle', () => {
		const problems = problemsOf(model({ series: { a: 'b + 1', b: 'a * 2' }, outputs: { val: 'last(a)' } }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('a → b → a');
		expect(problems[0]).toContain('prev(');
	});

	it('names only the series on a longer cycle, not those leading into it', () => {
		const problems = problemsOf(
			model({
				series: { lead: 'c + 1', c: 'd * 2', d: 'f - 1', f: 'c / 2', free: '1' },
				outputs: { val: 'last(lead)' }
			})
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('c → d → f → c');
		expect(problems[0]).not.toContain('lead');
		expect(problems[0]).not.toContain('free');
	});

	it('names a series that reads itself in the same period', () => {
		const problems = problemsOf(model({ series: { a: 'a + 1' }, outputs: { val: 'last(a)' } }));
		expect(problems[0]).toContain('a → a');
	});

	it('counts a series read in prev’s initial value as a same-period read', () => {
		const cm = compileModel(
			model({ periods: 2, series: { a: 'prev(a, b) + 1', b: '10' }, outputs: { val: 'last(a)' } })
		);
		expect(cm.order).toEqual(['b', 'a']);
		expect(evaluator(cm)({})['a'].series.a).toEqual([11, 12]);
		expect(problemsOf(model({ series: { a: 'prev(a, a)' }, outputs: { val: 'last(a)' } }))[0]).toContain(
			'a → a'
		);
	});
});

describe('invalid models report every problem at once', () => {
	const bad: ModelDef = {
		...model({
			periods: 0,
			flags: { prev: 0, on: 0 },
			params: [
				param('x'),
				param('x'),
				param('t'),
				param('exp'),
				param('my-rate'),
				param('seed'),
				param('y', { default: 5, min: 0, max: 1 }),
				param('z', { sources: [] }),
				param('w', { default: 5, min: 0, max: 10, uncertain: { dist: 'triangular', low: 6, high: 8 } }),
				param('pv', { default: 5, min: 0, max: 10, uncertain: { dist: 'pert', low: 1, high: 5 } }),
				param('ln', { default: 1, min: 0, max: 10, uncertain: { dist: 'lognormal', low: 0, high: 2 } }),
				param('u', { default: 1, min: 0, max: 10, uncertain: { dist: 'normal', low: 3, high: 2 } }),
				param('r', { min: 2, max: 2, default: 2, step: 0 }),
				param('q', { label: '' }),
				param('g', { default: 0.05, min: 0, max: 1, step: 0.003 }),
				param('total')
			],
			options: [
				{ id: 'a', label: 'A', description: '', set: { ghost: 1 } },
				{ id: 'a', label: 'A again', description: '', set: { x: Number.NaN } }
			],
			series: { s: 'x + 1', total: 's', bad: 'foo + 1', agg: 'sum(s)' },
			outputs: { val: 'last(s)', o2: 'prev(s)', o3: 's * 2' },
			decide: { by: 'nope', higherIsBetter: true },
			chart: 'missing'
		})
	};

	const expected: [string, RegExp][] = [
		['periods out of range', /periods\.count/],
		['duplicate parameter', /Parameter 'x' has the same name as parameter 'x'/],
		['reserved name t', /Parameter 't' uses a reserved name/],
		['reserved name exp', /Parameter 'exp' uses a reserved name/],
		['reserved link key', /Parameter 'seed' uses a reserved name/],
		['reserved flag name', /Flag 'prev' uses a reserved name/],
		['invalid name', /Parameter 'my-rate' is not a valid name/],
		['series with a parameter’s name', /Series 'total' has the same name as parameter 'total'/],
		['default outside range', /Parameter 'y': the default lies outside min…max/],
		['missing sources', /Parameter 'z' has no source/],
		[
			'triangular interval without the default',
			/Parameter 'w': a triangular interval must contain the default/
		],
		['pert interval without the default', /Parameter 'pv': a pert interval must contain the default/],
		['lognormal interval not positive', /Parameter 'ln': a lognormal interval must be positive/],
		['low above high', /Parameter 'u': the uncertainty's low must be below its high/],
		['min not below max', /Parameter 'r': min must be below max/],
		['step not positive', /Parameter 'r': step must be positive/],
		['missing label', /Parameter 'q' needs a label and a unit/],
		['default off the slider’s grid', /Parameter 'g': the default is not min plus a whole number of steps/],
		['option setting an unknown name', /Option 'a' sets 'ghost', which is neither a parameter nor a flag/],
		['option setting a non-number', /Option 'a' sets 'x' to a value that is not a number/],
		['duplicate option', /Option 'a' appears twice/],
		['decide.by not an output', /decide\.by names 'nope', which is not an output/],
		['chart.series not a series', /chart\.series names 'missing', which is not a series/],
		['unknown name in a series formula', /^series 'bad': .*`foo`/],
		['aggregate in a series', /^series 'agg': sum\(…\)/],
		['prev in an output', /^output 'o2': prev\(…\) can only be used in a series/],
		['series named bare in an output', /^output 'o3': `s` is a series/]
	];

	const problems = problemsOf(bad);
	for (const [what, pattern] of expected) {
		it(`reports ${what}`, () => {
			expect(
				problems.some((p) => pattern.test(p)),
				problems.join('\n')
			).toBe(true);
		});
	}

	it('reports nothing twice and nothing that is fine', () => {
		expect(new Set(problems).size).toBe(problems.length);
		expect(problems.some((p) => p.includes("'on'"))).toBe(false);
		expect(problems.some((p) => p.includes("series 's'"))).toBe(false);
	});

	it('lists every problem in the error message, under the model id', () => {
		const err = thrown(() => compileModel(bad)) as ModelError;
		expect(err.message).toContain(`Model 'test-model' is not valid:`);
		for (const p of problems) expect(err.message).toContain(`\n- ${p}`);
	});

	it('needs at least two options', () => {
		const one = model({ series: { s: '1' }, outputs: { val: 'last(s)' } });
		one.options = one.options.slice(0, 1);
		expect(problemsOf(one)).toContain('A decision needs at least two options.');
	});

	it('refuses a periods count that is not a whole number from 1 to 200', () => {
		for (const count of [0, 201, 2.5, Number.NaN]) {
			const def = model({ periods: count, series: { s: '1' }, outputs: { val: 'last(s)' } });
			expect(problemsOf(def)).toEqual(['periods.count must be a whole number from 1 to 200.']);
		}
		for (const count of [1, 200]) {
			expect(() =>
				compileModel(model({ periods: count, series: { s: '1' }, outputs: { val: 'last(s)' } }))
			).not.toThrow();
		}
	});

	it('says which output holds an unknown name', () => {
		const problems = problemsOf(
			model({ params: [param('x')], series: { s: 'x' }, outputs: { val: 'last(s)', w: 'npv(s, rte)' } })
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^output 'w': `rte` is not a parameter/);
	});
});

describe('values an option runs with', () => {
	const def = model({
		flags: { own: 0, extra: 7 },
		params: [param('x', { default: 3 }), param('y', { default: 4 })],
		options: [
			{ id: 'a', label: 'A', description: '' },
			{ id: 'b', label: 'B', description: '', set: { own: 1, y: 10 } }
		],
		series: { s: 'x + y + own + extra' },
		outputs: { val: 'last(s)' }
	});

	it('takes defaults for missing parameters and drops names that are not parameters', () => {
		expect(withDefaults(def, { x: 5, ghost: 1 })).toEqual({ x: 5, y: 4 });
	});

	it('puts the option’s overrides over the person’s values and flags under both', () => {
		expect(optionValues(def, def.options[0], { y: 6 })).toEqual({ own: 0, extra: 7, x: 3, y: 6 });
		expect(optionValues(def, def.options[1], { y: 6 })).toEqual({ own: 1, extra: 7, x: 3, y: 10 });
		const ev = evaluator(compileModel(def))({ y: 6 });
		expect(ev.a.outputs.val).toBe(3 + 6 + 0 + 7);
		expect(ev.b.outputs.val).toBe(3 + 10 + 1 + 7);
	});
});

describe('names that JavaScript objects already have', () => {
	// Such names once compiled and computed NaN (an inherited function read as a value). A model must
	// either be refused for the name or compute with it.
	for (const name of ['valueOf', 'toString', 'constructor']) {
		it(`a parameter named ${name} is refused or works`, () => {
			const def = model({
				params: [param(name, { default: 3, min: 0, max: 10 })],
				series: { s: `${name} * 2` },
				outputs: { val: 'last(s)' }
			});
			const err = thrown(() => compileModel(def));
			if (err instanceof ModelError) {
				expect(err.problems.join(' ')).toContain(`'${name}' uses a reserved name`);
				return;
			}
			const cm = compileModel(def);
			expect(evaluator(cm)({}).a.outputs.val).toBe(6);
			expect(referenceEvaluator(cm, 'a')({}).outputs.val).toBe(6);
		});
	}
});

describe('the shipped models', () => {
	for (const def of models) {
		it(`${def.id} compiles, every series in a valid order`, () => {
			const cm = compileModel(def);
			expect(cm.order).toHaveLength(Object.keys(def.series).length);
			for (const [k, name] of cm.order.entries()) {
				for (const dep of cm.reads[name].now) expect(cm.order.indexOf(dep)).toBeLessThan(k);
			}
		});
	}
});
