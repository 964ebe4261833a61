/**
 * explain() must say what the engine did: its substituted formulas, evaluated by mathjs itself, give
 * the engine's numbers, and its closure names exactly the parameters that can move the number.
 */
import { describe, expect, it } from 'vitest';
import { evaluate as mathEvaluate } from 'mathjs';
import { evaluator } from './analysis';
import { explain } from './explain';
import { aggregate, numberText } from './explain-print';
import { compileModel, withDefaults } from './model';
import { close, model, param } from './testing/fixtures';
import { cainiaoOwnership as def } from '$lib/decisions/cainiao-ownership/model';

const cm = compileModel(def);
const run = evaluator(cm);
const values = withDefaults(def, { rate: 0.11, uplift: 0.0115 });
const results = run(values);
const T = def.periods.count;

/** What a reader would type into mathjs to check an output: the series as arrays, the aggregates. */
const aggregates = {
	npv: (xs: number[], r: number) => aggregate('npv', xs, [r]),
	sum: (xs: number[]) => aggregate('sum', xs, []),
	first: (xs: number[]) => aggregate('first', xs, []),
	last: (xs: number[]) => aggregate('last', xs, []),
	at: (xs: number[], k: number) => aggregate('at', xs, [k])
};
const num = (text: string, scope: Record<string, unknown> = {}) => Number(mathEvaluate(text, scope));
/** Six significant digits per number written in: agreement to 1e-4 of the scale is what they allow. */
const agrees = (a: number, b: number) => close(a, b, 1e-4);

describe('explain on the Cainiao model', () => {
	it.each(def.options.map((o) => o.id))(
		'writes outputs whose substituted form evaluates to the engine’s value (%s)',
		(id) => {
			for (const name of Object.keys(def.outputs)) {
				const x = explain(cm, id, results[id], values, name);
				const scope = { ...results[id].series, ...aggregates };
				expect(x.value).toBe(results[id].outputs[name]);
				expect(agrees(num(x.substituted, scope), x.value), `${name}: ${x.substituted}`).toBe(true);
				expect(agrees(num(x.reduced!), x.value), `${name}: ${x.reduced}`).toBe(true);
				for (const term of x.terms) expect(agrees(num(term.text, scope), term.value), term.text).toBe(true);
			}
		}
	);

	it('writes every series at every period so that it evaluates to the engine’s value', () => {
		for (const o of def.options) {
			for (const name of cm.order) {
				for (let t = 0; t < T; t++) {
					const x = explain(cm, o.id, results[o.id], values, name, { t });
					expect(x.value).toBe(results[o.id].series[name][t]);
					expect(agrees(num(x.substituted), x.value), `${o.id} ${name}[${t}]: ${x.substituted}`).toBe(true);
				}
			}
		}
	});

	it('shows the current value of a parameter and keeps series names inside aggregates', () => {
		const x = explain(cm, 'own', results.own, values, 'platform');
		expect(x.formula).toBe(def.outputs.platform.formula);
		expect(x.substituted).toBe(
			'npv(benefit, 0.11) + last(benefit) * (1 + 0.03) / (0.11 - 0.03) / (1 + 0.11) ^ (10 - 1)'
		);
		expect(x.terms.map((term) => term.text)).toEqual(['npv(benefit, 0.11)', 'last(benefit)']);
		expect(x.inputs.map((i) => `${i.kind}:${i.name}`)).toEqual([
			'series:benefit',
			'param:rate',
			'param:longGrowth'
		]);
	});

	it('writes prev(x) as x at t − 1, and as its initial value (0) at t = 0', () => {
		const at = (t: number) => explain(cm, 'ipo', results.ipo, values, 'pv', { t });
		const later = at(3);
		expect(later.substituted.startsWith(`${numberText(results.ipo.series.pv[2])} + `)).toBe(true);
		expect(at(0).substituted).toMatch(/^0 \+ /);
		expect(at(0).year).toBe(2024);
		expect(explain(cm, 'ipo', results.ipo, values, 'pv').t).toBe(T - 1);
		expect(at(99).t).toBe(T - 1);
		// pv reads itself only through prev: that is shown in the formula, not as an input to walk to.
		expect(later.inputs.map((i) => i.name)).toEqual(['cash', 'rate']);
	});

	it('gives flags the option’s value', () => {
		const own = explain(cm, 'own', results.own, values, 'share');
		const ipo = explain(cm, 'ipo', results.ipo, values, 'share');
		expect(own.inputs.find((i) => i.name === 'own')).toEqual({ kind: 'flag', name: 'own', value: 1 });
		expect(ipo.inputs.find((i) => i.name === 'own')).toEqual({ kind: 'flag', name: 'own', value: 0 });
		expect(own.substituted.startsWith('1 ? 1 : ')).toBe(true);
	});

	const closureParams = (name: string) =>
		explain(cm, 'own', results.own, values, name)
			.closure.filter((n) => n.kind === 'param')
			.map((n) => n.name)
			.sort();

	it('finds by hand the parameters behind the cash at the deal and the value after 2033', () => {
		// paid = first(upfront); upfront reads stake, valuation, raise, fees and share; share adds discount.
		expect(closureParams('paid')).toEqual(['discount', 'fees', 'raise', 'stake', 'valuation']);
		// continuing reads every cash flow after the deal but not the deal itself: no fees.
		const beyond = closureParams('beyond');
		expect(beyond).not.toContain('fees');
		expect(beyond).toEqual(
			def.params
				.map((p) => p.id)
				.filter((id) => id !== 'fees')
				.sort()
		);
		const paid = explain(cm, 'own', results.own, values, 'paid').closure;
		expect(paid.find((n) => n.name === 'share')).toMatchObject({ depth: 2, via: 'upfront' });
		expect(new Set(paid.map((n) => n.name)).size).toBe(paid.length);
	});

	it('lists in the closure every parameter that moves an output', () => {
		for (const o of def.options) {
			for (const name of Object.keys(def.outputs)) {
				const closure = new Set(closureParams(name));
				for (const p of def.params) {
					const moved = run({ ...values, [p.id]: values[p.id] + p.step * 3 })[o.id].outputs[name];
					if (moved !== results[o.id].outputs[name]) expect(closure, `${name} ← ${p.id}`).toContain(p.id);
				}
			}
		}
	});

	it('refuses a name or an option the model does not have', () => {
		expect(() => explain(cm, 'own', results.own, values, 'nope')).toThrow(/no output or series 'nope'/);
		expect(() => explain(cm, 'nope', results.own, values, 'value')).toThrow(/no option 'nope'/);
	});
});

describe('explain on a hand-made model', () => {
	const small = model({
		periods: 3,
		params: [param('start', { default: 5 }), param('k', { default: -2 }), param('cut', { default: 0.25 })],
		flags: { on: 0 },
		options: [
			{ id: 'a', label: 'A', description: 'Off', set: { cut: 0 } },
			{ id: 'b', label: 'B', description: 'On', set: { on: 1 } }
		],
		series: {
			stock: 'prev(stock, start * 2) + k',
			flow: 'on ? -(stock - k) ^ 2 : stock / (1 - cut)',
			late: 'prev(flow, 1) * 2'
		},
		outputs: { total: 'sum(flow) - at(stock, 2) * npv(late, cut + 0.1)', tail: 'at(late, 1)' }
	});
	const scm = compileModel(small);
	const v = withDefaults(small, {});
	const r = evaluator(scm)(v);

	it('writes the initial value of prev at t = 0, and a negative value in parentheses', () => {
		expect(explain(scm, 'a', r.a, v, 'stock', { t: 0 }).substituted).toBe('(5 * 2) + (-2)');
		expect(explain(scm, 'a', r.a, v, 'stock', { t: 1 }).substituted).toBe('8 + (-2)');
		expect(explain(scm, 'a', r.a, v, 'late', { t: 0 }).substituted).toBe('1 * 2');
	});

	it('keeps the grouping of the formula, and a value the option sets marks its parameter fixed', () => {
		const b = explain(scm, 'b', r.b, v, 'flow', { t: 1 });
		expect(b.substituted).toBe('1 ? -(6 - (-2)) ^ 2 : 6 / (1 - 0.25)');
		expect(num(b.substituted)).toBe(r.b.series.flow[1]);
		const a = explain(scm, 'a', r.a, v, 'flow', { t: 1 });
		expect(a.inputs.find((i) => i.name === 'cut')).toMatchObject({ kind: 'param', value: 0, fixed: true });
		expect(b.inputs.find((i) => i.name === 'cut')).toMatchObject({
			kind: 'param',
			value: 0.25,
			fixed: false
		});
	});

	it('marks a series read only through prev as lagged, and sums an output to its value', () => {
		const late = explain(scm, 'b', r.b, v, 'late');
		expect(late.inputs).toEqual([expect.objectContaining({ kind: 'series', name: 'flow', lagged: true })]);
		const total = explain(scm, 'b', r.b, v, 'total');
		expect(total.substituted).toBe('sum(flow) - at(stock, 2) * npv(late, 0.25 + 0.1)');
		expect(total.terms.map((x) => x.text)).toEqual(['sum(flow)', 'at(stock, 2)', 'npv(late, 0.25 + 0.1)']);
		expect(agrees(num(total.reduced!), r.b.outputs.total)).toBe(true);
		expect(explain(scm, 'b', r.b, v, 'tail').value).toBe(r.b.series.late[1]);
		const names = total.closure.map((n) => n.name);
		expect(names).toEqual(['flow', 'stock', 'late', 'cut', 'on', 'k', 'start']);
	});
});
