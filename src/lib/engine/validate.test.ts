/**
 * Names that every JavaScript object already has (toString, constructor, __proto__, valueOf) must not
 * pass validation by being found on Object.prototype: a model that names one as its decision output, its
 * chart series, an option's override or a breakdown part would compile and then crash the report.
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from './model';
import type { ModelDef, OutputDef } from './types';
import { validateModel } from './validate';
import { model, param, thrown } from './testing/fixtures';
import { ModelError } from './validate';

const INHERITED = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];

const base = (): ModelDef =>
	model({
		params: [param('x')],
		series: { s: 'x * 2' },
		outputs: { v: 'last(s)' }
	});

/** An object with `name` as an own key, even __proto__ (which a literal would take as the prototype). */
function withOwn<T>(record: Record<string, T>, name: string, value: T): Record<string, T> {
	const out = { ...record };
	Object.defineProperty(out, name, { value, enumerable: true, configurable: true, writable: true });
	return out;
}

describe('names found on Object.prototype', () => {
	for (const name of INHERITED) {
		it(`refuses ${name} where the decision, chart, breakdown or profile names an output or series`, () => {
			const def = base();
			const problems = validateModel({
				...def,
				decide: { by: name, higherIsBetter: true },
				chart: { series: name },
				breakdown: { add: [name] },
				profile: { param: 'x', output: name }
			});
			expect(problems).toEqual(
				expect.arrayContaining([
					`decide.by names '${name}', which is not an output.`,
					`chart.series names '${name}', which is not a series.`,
					`breakdown names '${name}', which is not an output.`,
					`profile.output names '${name}', which is not an output.`
				])
			);
		});

		it(`refuses an option that sets ${name}`, () => {
			const def = base();
			const set = withOwn<number>({}, name, 1);
			const problems = validateModel({
				...def,
				options: [{ ...def.options[0], set }, def.options[1]]
			});
			expect(problems).toContain(`Option 'a' sets '${name}', which is neither a parameter nor a flag.`);
		});

		it(`refuses ${name} as the name of an output or an option`, () => {
			const def = base();
			const output: OutputDef = { label: 'o', unit: 'x', formula: 'last(s)' };
			const problems = validateModel({
				...def,
				outputs: withOwn(def.outputs, name, output),
				options: [{ ...def.options[0], id: name }, def.options[1]]
			});
			expect(problems).toContain(`Output '${name}' uses a reserved name.`);
			expect(problems).toContain(`Option '${name}' uses a reserved name.`);
		});
	}

	it('refuses output and option ids that are not names, as for parameters', () => {
		const def = base();
		const output: OutputDef = { label: 'o', unit: 'x', formula: 'last(s)' };
		const problems = validateModel({
			...def,
			outputs: { ...def.outputs, 'not a name': output },
			options: [{ ...def.options[0], id: 'a b' }, def.options[1]]
		});
		expect(problems).toContain("Output 'not a name' is not a valid name (letters, digits, _).");
		expect(problems).toContain("Option 'a b' is not a valid name (letters, digits, _).");
	});

	it('stops such a model at compile time, before any report runs', () => {
		const err = thrown(() => compileModel({ ...base(), decide: { by: 'toString', higherIsBetter: true } }));
		expect(err).toBeInstanceOf(ModelError);
	});
});
