/**
 * The profile (an output of every option across one parameter's range) on a model where the answer has
 * a closed form: cost per unit = fixed ÷ volume + variable, for three options that trade fixed cost
 * against variable cost. The cheapest option changes where two lines meet: volume = Δfixed ÷ Δvariable.
 */
import { describe, expect, it } from 'vitest';
import { overtake, evaluator } from './analysis';
import { compileModel } from './model';
import { Profiler } from './profile';
import { Reporter } from './report';
import { model, param } from './testing/fixtures';
import { validateModel } from './validate';

const costs = model({
	params: [param('volume', { default: 100, min: 10, max: 1000, step: 1 })],
	flags: { fixed: 0, variable: 5 },
	options: [
		{ id: 'partner', label: 'Partner', description: 'No fixed cost', set: { fixed: 0, variable: 5 } },
		{ id: 'buy', label: 'Buy', description: 'Some fixed cost', set: { fixed: 100, variable: 3 } },
		{ id: 'robots', label: 'Robots', description: 'Most fixed cost', set: { fixed: 400, variable: 1 } }
	],
	series: { cost: 'fixed / volume + variable' },
	outputs: { perUnit: 'first(cost)' },
	decide: { by: 'perUnit', higherIsBetter: false }
});
const cm = compileModel(costs);
const values = { volume: 100 };

describe('a profile across a log-scaled volume', () => {
	const p = new Profiler(cm).profile('volume', 'perUnit', values, 'log');

	it('spans the parameter’s range evenly on a log scale, ends exact', () => {
		expect(p.xs[0]).toBe(10);
		expect(p.xs.at(-1)).toBe(1000);
		const ratios = p.xs.slice(1).map((x, k) => x / p.xs[k]);
		for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 10);
	});

	it('draws each option’s line by its own formula', () => {
		p.xs.forEach((x, k) => {
			expect(p.lines.partner[k]).toBeCloseTo(5, 12);
			expect(p.lines.buy[k]).toBeCloseTo(100 / x + 3, 12);
			expect(p.lines.robots[k]).toBeCloseTo(400 / x + 1, 12);
		});
	});

	it('finds where the cheapest option changes: 100 ÷ 2 = 50 and 300 ÷ 2 = 150', () => {
		expect(p.switches.map((s) => [s.from, s.to])).toEqual([
			['partner', 'buy'],
			['buy', 'robots']
		]);
		expect(p.switches[0].at).toBeCloseTo(50, 3);
		expect(p.switches[1].at).toBeCloseTo(150, 3);
		expect(p.best[0]).toBe('partner');
		expect(p.best.at(-1)).toBe('robots');
	});

	it('reports no switch when one option is best across the whole range', () => {
		const q = new Profiler(cm).profile('volume', 'perUnit', values);
		const narrow = compileModel({
			...costs,
			params: [param('volume', { default: 500, min: 200, max: 1000 })]
		});
		const r = new Profiler(narrow).profile('volume', 'perUnit', { volume: 500 });
		expect(q.switches).toHaveLength(2);
		expect(r.switches).toEqual([]);
		expect(new Set(r.best)).toEqual(new Set(['robots']));
	});

	it('names an unknown parameter instead of drawing nothing', () => {
		expect(() => new Profiler(cm).profile('speed', 'perUnit', values)).toThrow(/'speed' is not a parameter/);
	});
});

describe('a declared profile is checked with the model', () => {
	it('must name a parameter and an output, and a log scale needs a positive range', () => {
		const bad = { ...costs, profile: { param: 'speed', output: 'perUnit' } };
		expect(validateModel(bad)).toContain("profile.param names 'speed', which is not a parameter.");
		const neg = { ...costs, params: [param('volume', { default: 1, min: -5, max: 5 })] };
		expect(
			validateModel({ ...neg, profile: { param: 'volume', output: 'perUnit', scale: 'log' } })
		).toContain("profile.param 'volume' needs a positive min for a log scale.");
		expect(validateModel({ ...costs, profile: { param: 'volume', output: 'nope' } })).toContain(
			"profile.output names 'nope', which is not an output."
		);
		expect(
			validateModel({ ...costs, profile: { param: 'volume', output: 'perUnit', scale: 'log' } })
		).toEqual([]);
	});
});

describe('the best value of a choice one option makes', () => {
	// Choosing x is worth 10 − (x − c)², best at x = c; not choosing sets x = 0. c is uncertain, 2 to 6.
	const choice = model({
		params: [
			param('x', { default: 1, min: 0, max: 10, step: 0.01, label: 'Depth' }),
			param('c', {
				default: 4,
				min: 0,
				max: 10,
				label: 'Target',
				uncertain: { dist: 'normal', low: 2, high: 6 }
			})
		],
		options: [
			{ id: 'none', label: 'None', description: 'No choice', set: { x: 0 } },
			{ id: 'choose', label: 'Choose', description: 'Chooses x' }
		],
		series: { worth: '10 - (x - c)^2' },
		outputs: { value: 'first(worth)' },
		decide: { by: 'value', higherIsBetter: true }
	});
	const withOptimum = {
		...choice,
		profile: { param: 'x', output: 'value', optimum: { option: 'choose', follows: 'c' } }
	};
	const cmChoice = compileModel(withOptimum);

	it('finds the peak between grid points, far finer than the grid', () => {
		// The grid steps by 10 ÷ 64; c = 4.3 lies between two of its points.
		const best = new Profiler(cmChoice).bestValue('choose', 'x', { x: 1, c: 4.3 });
		expect(best.at).toBeCloseTo(4.3, 3);
		expect(best.value).toBeCloseTo(10, 6);
	});

	it('gives the option’s value there, the best other option, and the peak at the ends of the assumption it follows', () => {
		const o = new Profiler(cmChoice).optimum({ x: 1, c: 4 })!;
		expect(o).toMatchObject({ option: 'choose', paramId: 'x', rival: 'none' });
		expect(o.at).toBeCloseTo(4, 3);
		expect(o.rivalValue).toBeCloseTo(10 - 16, 9);
		// The 90 % interval of c about its value: 2 to 6 at the default, moved with the value when it moves.
		expect(o.follows!.low).toBeCloseTo(2, 9);
		expect(o.follows!.high).toBeCloseTo(6, 9);
		expect(o.follows!.atLow).toBeCloseTo(2, 3);
		expect(o.follows!.atHigh).toBeCloseTo(6, 3);
		const moved = new Profiler(cmChoice).optimum({ x: 1, c: 5 })!.follows!;
		expect([moved.low, moved.high, moved.atHigh]).toEqual([
			expect.closeTo(3, 9),
			expect.closeTo(7, 9),
			expect.closeTo(7, 3)
		]);
	});

	it('stays at a bound when the peak lies beyond the range, and is absent when none is declared', () => {
		expect(new Profiler(cmChoice).bestValue('choose', 'x', { x: 1, c: 12 }).at).toBe(10);
		expect(new Profiler(compileModel(choice)).optimum({ x: 1, c: 4 })).toBeNull();
	});

	it('is in the full report and not in the quick one', () => {
		const reporter = new Reporter(cmChoice);
		expect(reporter.quick({}).optimum).toBeNull();
		expect(reporter.report({}, null).optimum!.at).toBeCloseTo(4, 3);
	});

	it('must name an option that leaves the parameter free, and an uncertain parameter to follow', () => {
		const declare = (optimum: object) =>
			validateModel({ ...choice, profile: { param: 'x', output: 'value', optimum } } as typeof withOptimum);
		expect(declare({ option: 'choose', follows: 'c' })).toEqual([]);
		expect(declare({ option: 'nope' })).toContain(
			"profile.optimum.option names 'nope', which is not an option."
		);
		expect(declare({ option: 'none' })).toContain(
			"profile.optimum.option 'none' sets 'x' itself, so it has no best value of it."
		);
		expect(declare({ option: 'choose', follows: 'x' })).toContain(
			"profile.optimum.follows names 'x', which is not another uncertain parameter."
		);
	});
});

describe('the year one option overtakes another', () => {
	// Cumulative value: b pays 30 upfront and earns 10 a year more than a, so it is ahead from t = 3 on.
	const pay = compileModel(
		model({
			periods: 6,
			start: 2024,
			params: [param('upfront', { default: 30, min: 0, max: 100 })],
			flags: { own: 0 },
			options: [
				{ id: 'a', label: 'A', description: 'Keep', set: { own: 0 } },
				{ id: 'b', label: 'B', description: 'Invest', set: { own: 1 } }
			],
			series: { cum: 'prev(cum, 0) + own * (t == 0 ? -upfront : 10)' },
			outputs: { value: 'last(cum)' },
			decide: { by: 'value', higherIsBetter: true },
			chart: 'cum'
		})
	);
	const evaluate = evaluator(pay);

	it('is the first period from which the leader stays ahead, as a calendar year', () => {
		expect(overtake(pay, evaluate({ upfront: 25 }), 'b', 'a')).toEqual({ period: 3, year: 2027 });
		expect(overtake(pay, evaluate({ upfront: 0 }), 'b', 'a')).toEqual({ period: 1, year: 2025 });
	});

	it('is null when the leader is not ahead at the end', () => {
		expect(overtake(pay, evaluate({ upfront: 60 }), 'b', 'a')).toBeNull();
	});
});

describe('options equal at a point of the range', () => {
	// A cut of depth 0 is keeping the price: both options are equal at the start of the range, then the
	// cut leads until the depth at which it costs more than it wins.
	const cut = model({
		params: [param('depth', { default: 0.1, min: 0, max: 0.5, step: 0.01 })],
		flags: { isCut: 0 },
		options: [
			{ id: 'hold', label: 'Hold', description: 'Keep the price' },
			{ id: 'cut', label: 'Cut', description: 'Cut it', set: { isCut: 1 } }
		],
		series: { gain: 'isCut * (depth - 5 * depth^2)' },
		outputs: { value: 'first(gain)' },
		decide: { by: 'value', higherIsBetter: true }
	});
	const p = new Profiler(compileModel(cut)).profile('depth', 'value', { depth: 0.1 });

	it('find no switch where they are equal at the end of the range, only where one overtakes', () => {
		expect(p.best[0]).toBe('cut');
		expect(p.switches).toHaveLength(1);
		expect(p.switches[0]).toMatchObject({ from: 'cut', to: 'hold' });
		expect(p.switches[0].at).toBeCloseTo(0.2, 6);
	});
});

describe('Reporter.flip', () => {
	it('keeps its last profile for the same parameter and values, and computes anew for others', () => {
		const reporter = new Reporter(cm);
		const first = reporter.flip('volume', {});
		// The values as the page holds them (only the changed ones) or whole: the same scenario.
		expect(reporter.flip('volume', { volume: 100 })).toBe(first);
		const moved = reporter.flip('volume', { volume: 200 });
		expect(moved).not.toBe(first);
		expect(moved).toEqual(new Reporter(cm).flip('volume', { volume: 200 }));
		expect(reporter.flip('volume', {})).toEqual(first);
	});
});
