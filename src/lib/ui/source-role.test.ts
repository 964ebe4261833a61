import { describe, expect, it } from 'vitest';
import type { ParamDef, Source } from '$lib/engine/types';
import { bySupport, derivationOf, hasValueSource, roleOf, supportLine } from './source-role';

const value: Source = {
	doc: 'a.txt',
	quote: 'revenue of $10.3 billion',
	role: 'value',
	derive: { figure: '$10.3 billion', formula: 'x', says: 'in USD bn, as stated' }
};
const context: Source = { doc: 'a.txt', quote: 'the market matters', role: 'context' };
const silent: Source = { url: 'https://example.com', title: 'T', date: '2024', quote: 'q' };
const judged: Source = { assumption: 'No public figure.' };

describe('a source’s role on the page', () => {
	it('reads a quote without a role, or a value role without its arithmetic, as context', () => {
		expect(roleOf(silent)).toBe('context');
		expect(roleOf({ ...value, derive: undefined })).toBe('context');
		expect(roleOf(value)).toBe('value');
		expect(roleOf(judged)).toBe('assumption');
	});

	it('orders what supports the value first, then the assumption, then context', () => {
		expect(bySupport([context, judged, value])).toEqual([value, judged, context]);
		// With no value source the assumption leads.
		expect(bySupport([context, silent, judged])[0]).toBe(judged);
	});

	it('says how the default follows from the figure, with the default in its unit', () => {
		const p: Pick<ParamDef, 'default' | 'unit' | 'step'> = { default: 10.3, unit: 'USD bn', step: 0.1 };
		expect(supportLine(derivationOf(value)!, p)).toBe(
			'Supports the value: $10.3 billion → in USD bn, as stated → USD\u00a010.3\u00a0bn'
		);
		expect(supportLine(derivationOf(value)!)).toBe(
			'Supports the value: $10.3 billion → in USD bn, as stated'
		);
		expect(derivationOf(context)).toBeNull();
	});

	it('knows a parameter no source supports', () => {
		expect(hasValueSource({ sources: [context, judged] })).toBe(false);
		expect(hasValueSource({ sources: [value, context] })).toBe(true);
	});
});
