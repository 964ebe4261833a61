import { describe, expect, it } from 'vitest';
import { RESERVED_KEYS } from '$lib/state/url';
import { LINK_KEYS } from './link-keys';
import { validateModel } from './validate';
import { model, param } from './testing/fixtures';

/** A valid model with one id of the given kind set to `key`. */
function using(kind: 'parameter' | 'flag' | 'option' | 'series' | 'output', key: string) {
	const ok = () =>
		model({
			params: [param('x')],
			flags: { f: 0 },
			series: { s: 'x + f' },
			outputs: { value: 'last(s)' },
			decide: { by: 'value', higherIsBetter: true },
			chart: 's'
		});
	const def = ok();
	if (kind === 'parameter') def.params.push(param(key));
	if (kind === 'flag') def.flags = { ...def.flags, [key]: 0 };
	if (kind === 'option') def.options[1] = { ...def.options[1], id: key };
	if (kind === 'series') def.series[key] = { label: key, unit: 'x', formula: 'x' };
	if (kind === 'output') def.outputs[key] = { label: key, unit: 'x', formula: 'last(s)' };
	return def;
}

describe('the link’s reserved keys', () => {
	it('are one list, which the link codec uses as it is', () => {
		expect(RESERVED_KEYS).toBe(LINK_KEYS);
		expect([...LINK_KEYS].sort()).toEqual(['lock', 'n', 'name', 'r', 'seed', 'v']);
	});

	it('leave a model valid when no id uses them', () => {
		expect(validateModel(using('parameter', 'y'))).toEqual([]);
	});

	for (const kind of ['parameter', 'flag', 'option', 'series', 'output'] as const) {
		it.each([...LINK_KEYS])(`are refused as a ${kind} id: %s`, (key) => {
			const problems = validateModel(using(kind, key)).join(' ');
			expect(problems).toMatch(new RegExp(`'${key}' uses a reserved name`));
		});
	}
});
