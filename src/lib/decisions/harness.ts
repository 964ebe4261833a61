/**
 * The model-test harness every decision's model.test.ts can share: a model is data, so the checks a
 * specialist runs on one (it compiles, its quotes stand, its sourced defaults follow from their figures,
 * its numbers match a hand calculation, a closed form and the expected direction of each assumption, its
 * break-even matches the algebra) are the same code for every decision, given the decision's own facts.
 *
 * It registers Vitest tests, so it is for test files only.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advantage, breakEven, evaluator, type Evaluate } from '$lib/engine/analysis';
import { compileModel, type CompiledModel } from '$lib/engine/model';
import { isAssumption, type ModelDef, type ParamDef, type ParamValues } from '$lib/engine/types';
import { checkDerivations } from '$lib/sources/derive';
import { checkCitations } from '$lib/sources/quotes';

export interface Harness {
	def: ModelDef;
	cm: CompiledModel;
	evaluate: Evaluate;
	/** Every parameter at its default. */
	defaults: ParamValues;
	/** Any values inside every parameter's range, for properties that must hold everywhere. */
	anyValues: fc.Arbitrary<ParamValues>;
	/** Output `output` of option `option` at the defaults with `changes` applied. */
	output: (option: string, output: string, changes?: ParamValues) => number;
	/** How far `a` is ahead of `b` on the deciding output (positive: a is better). */
	lead: (a: string, b: string) => (values: ParamValues) => number;
	/** The compiled parameter `id` (its range, default and interval). */
	param: (id: string) => ParamDef;
	/** `steps + 1` evenly spaced values across parameter `id`'s range, ends included. */
	grid: (id: string, steps: number) => number[];
}

export function harness(def: ModelDef): Harness {
	const cm = compileModel(def);
	const evaluate = evaluator(cm);
	const defaults = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
	const anyValues = fc.record(
		Object.fromEntries(def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })]))
	);
	const param = (id: string) => {
		const p = cm.params.get(id);
		if (!p) throw new Error(`${def.id} has no parameter ${id}`);
		return p;
	};
	return {
		def,
		cm,
		evaluate,
		defaults,
		anyValues,
		output: (option, output, changes = {}) => evaluate({ ...defaults, ...changes })[option].outputs[output],
		lead: (a, b) => advantage(cm, evaluate, a, b),
		param,
		grid: (id, steps) => {
			const { min, max } = param(id);
			return Array.from({ length: steps + 1 }, (_, k) => min + ((max - min) * k) / steps);
		}
	};
}

/**
 * Equal to a relative 1e-9 unless a check asks for less slack: the engine and the algebra agree to rounding,
 * not by a tolerance chosen to pass.
 */
export const close = (actual: number, expected: number, what: string, tolerance = 1e-9) =>
	expect(Math.abs(actual - expected), `${what}: ${actual} against ${expected}`).toBeLessThanOrEqual(
		tolerance * Math.max(1, Math.abs(expected))
	);

/** What every model must be before its economics are looked at. */
export function checkAsData(h: Harness): void {
	describe(`${h.def.id} as data`, () => {
		it('compiles and passes the model checks', () => expect(h.cm.def).toBe(h.def));

		it('quotes every seed passage verbatim', () => expect(checkCitations([h.def])).toEqual([]));

		it('derives every sourced default from the figure in its quote', () =>
			expect(checkDerivations([h.def])).toEqual([]));

		it('says of every quoted source whether it gives the value or only the context', () => {
			for (const p of h.def.params)
				for (const s of p.sources)
					if (!isAssumption(s)) expect(s.role, `${p.id}: ${s.quote}`).toMatch(/^(value|context)$/);
		});

		it('gives every parameter a value source or an assumption with its reason', () => {
			for (const p of h.def.params) {
				const supported = p.sources.some((s) => !isAssumption(s) && s.role === 'value');
				const assumed = p.sources.some((s) => isAssumption(s) && s.assumption.trim().length > 10);
				expect(supported || assumed, p.id).toBe(true);
			}
		});

		it('names in its card only parameters it has', () => {
			for (const id of h.def.card?.carries ?? []) expect(h.cm.params.has(id), id).toBe(true);
		});
	});
}

export interface HandCheck {
	/** The arithmetic in words: what a reader redoes on paper. */
	name: string;
	option: string;
	output: string;
	expected: number;
	/** Changes from the defaults, if the check is not at them. */
	at?: ParamValues;
	/** Relative slack, when a check holds to less than the default 1e-9. */
	tolerance?: number;
}

/** Figures at the defaults (or near them) that a reader can redo by hand. */
export function checkByHand(h: Harness, checks: HandCheck[]): void {
	describe(`${h.def.id} by hand`, () => {
		it.each(checks.map((c) => [c.name, c] as const))('%s', (name, c) =>
			close(h.output(c.option, c.output, c.at), c.expected, name, c.tolerance)
		);
	});
}

export interface ClosedForm {
	name: string;
	option: string;
	output: string;
	/** The formula, written independently of the model's, at any values in range. */
	formula: (v: ParamValues) => number;
	/** Values at which the closed form is meant to hold (e.g. a switch off); everywhere when omitted. */
	where?: ParamValues;
	/** Relative slack, when the form holds to less than the default 1e-9. */
	tolerance?: number;
}

/** The model agrees with its algebra at any values in range, not only at the defaults. */
export function checkClosedForms(h: Harness, forms: ClosedForm[], numRuns = 100): void {
	describe(`${h.def.id} closed forms`, () => {
		it.each(forms.map((f) => [f.name, f] as const))('%s', (name, f) =>
			fc.assert(
				fc.property(h.anyValues, (any) => {
					const v = { ...any, ...f.where };
					close(h.evaluate(v)[f.option].outputs[f.output], f.formula(v), name, f.tolerance);
				}),
				{ numRuns }
			)
		);
	});
}

export interface Direction {
	/** Why the direction must hold, in words. */
	name: string;
	param: string;
	/** The quantity that must move: an option's output, or the lead of one option over another. */
	of: { option: string; output: string } | { lead: [string, string] };
	/** 'up': never falls as the parameter rises; 'down': never rises. */
	moves: 'up' | 'down';
	/** Values held fixed while the rest are drawn (e.g. a switch off). */
	where?: ParamValues;
	/** Values drawn from another set than the whole ranges (e.g. only where a unit earns a margin). */
	among?: fc.Arbitrary<ParamValues>;
	/** Where the direction is meant to hold, at the drawn values; a draw outside it is skipped. */
	given?: (v: ParamValues) => boolean;
	/** Relative slack, when the direction holds to less than the default 1e-9. */
	tolerance?: number;
}

/** Which way each assumption pushes the answer, at any values: the direction a specialist expects. */
export function checkDirections(h: Harness, directions: Direction[], numRuns = 100): void {
	describe(`${h.def.id} directions`, () => {
		it.each(directions.map((d) => [d.name, d] as const))('%s', (name, d) => {
			const p = h.cm.params.get(d.param)!;
			const of =
				'lead' in d.of
					? h.lead(...d.of.lead)
					: (v: ParamValues) =>
							h.evaluate(v)[(d.of as { option: string }).option].outputs[(d.of as { output: string }).output];
			fc.assert(
				fc.property(
					d.among ?? h.anyValues,
					fc.double({ min: p.min, max: p.max, noNaN: true }),
					(drawn, x) => {
						const v = { ...drawn, ...d.where };
						if (d.given) fc.pre(d.given(v));
						const [lo, hi] = [Math.min(v[p.id], x), Math.max(v[p.id], x)];
						const change = of({ ...v, [p.id]: hi }) - of({ ...v, [p.id]: lo });
						const slack = (d.tolerance ?? 1e-9) * Math.max(1, Math.abs(of({ ...v, [p.id]: lo })));
						if (d.moves === 'up') expect(change, name).toBeGreaterThanOrEqual(-slack);
						else expect(change, name).toBeLessThanOrEqual(slack);
					}
				),
				{ numRuns }
			);
		});
	});
}

/** The engine's break-even search finds the value the algebra gives, and the verdict flips across it. */
export function checkBreakEven(
	h: Harness,
	param: string,
	pair: [string, string],
	algebra: (v: ParamValues) => number,
	/**
	 * once: the lead must cross zero exactly once in the range; tolerance: the relative agreement asked
	 * for, when the parameter's range is narrow enough for the search to do better than 1e-6.
	 */
	options: { once?: boolean; tolerance?: number } = {}
): void {
	it(`${h.def.id}: the break-even of ${param} is where the algebra puts it`, () => {
		const p = h.cm.params.get(param)!;
		const lead = h.lead(...pair);
		const found = breakEven(p, lead, h.defaults);
		expect(found.value, 'a break-even in range').not.toBeNull();
		if (options.once) expect(found.crossings, 'one crossing in range').toHaveLength(1);
		// The search bisects to about 1e-9 of the range, so the agreement asked for is a little looser.
		const expected = algebra(h.defaults);
		expect(Math.abs(found.value! - expected), `${found.value} against ${expected}`).toBeLessThan(
			(options.tolerance ?? 1e-6) * Math.max(1, Math.abs(expected))
		);
		const d = (p.max - p.min) / 100;
		expect(Math.sign(lead({ ...h.defaults, [param]: found.value! - d }))).toBe(
			-Math.sign(lead({ ...h.defaults, [param]: found.value! + d }))
		);
	});
}
