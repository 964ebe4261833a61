/**
 * The printer writes an expression back as mathjs text: parsed again, it must give the same expression,
 * or a substituted formula would show a person a different computation from the one the engine ran.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { print } from './explain-print';
import { parseFormula, type Expr } from './formula';
import { compileModel } from './model';
import { models } from '$lib/decisions/testing';

describe('the printer', () => {
	it('writes every registry formula so that it parses back to the same expression', () => {
		for (const m of models) {
			const c = compileModel(m);
			const ctx = (kind: 'series' | 'output') => ({
				kind,
				values: new Set([...m.params.map((p) => p.id), ...Object.keys(m.flags ?? {})]),
				series: new Set(Object.keys(m.series))
			});
			for (const [name, e] of Object.entries(c.series))
				expect(parseFormula(print(e, {}, 17), ctx('series')), name).toEqual(e);
			for (const [name, e] of Object.entries(c.outputs))
				expect(parseFormula(print(e, {}, 17), ctx('output')), name).toEqual(e);
		}
	});

	/** (a ^ b) ^ c, (a < b) == c, (-a) ^ c: an outer operator over an inner one that binds as tightly. */
	const tricky = (outer: 'pow' | 'eq', inner: 'pow' | 'lt' | 'neg'): Expr => {
		const [a, b, c] = (['a', 'b', 'c'] as const).map((name): Expr => ({ k: 'sym', name }));
		const left: Expr = inner === 'neg' ? { k: 'un', op: 'neg', a } : { k: 'bin', op: inner, a, b };
		return { k: 'bin', op: outer, a: left, b: c };
	};

	it('puts parentheses wherever precedence needs them', () => {
		const ctx = { kind: 'series' as const, values: new Set(['a', 'b', 'c']), series: new Set<string>() };
		const leaf: fc.Arbitrary<Expr> = fc.oneof(
			fc.integer({ min: 0, max: 9 }).map((v): Expr => ({ k: 'num', v })),
			fc.constantFrom('a', 'b', 'c').map((name): Expr => ({ k: 'sym', name }))
		);
		const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
			expr: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				leaf,
				fc
					.tuple(fc.constantFrom('neg', 'not') as fc.Arbitrary<'neg' | 'not'>, tie('expr'))
					.map(([op, a]): Expr => ({ k: 'un', op, a })),
				fc
					.tuple(
						fc.constantFrom(
							'add',
							'sub',
							'mul',
							'div',
							'pow',
							'lt',
							'eq',
							'and',
							'or',
							'xor'
						) as fc.Arbitrary<'add' | 'sub' | 'mul' | 'div' | 'pow' | 'lt' | 'eq' | 'and' | 'or' | 'xor'>,
						tie('expr'),
						tie('expr')
					)
					.map(([op, a, b]): Expr => ({ k: 'bin', op, a, b })),
				fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]): Expr => ({ k: 'cond', c, a, b }))
			)
		}));
		fc.assert(
			fc.property(expr, (e) => {
				expect(parseFormula(print(e), ctx)).toEqual(e);
			}),
			{ numRuns: 1000, examples: [[tricky('pow', 'pow')], [tricky('eq', 'lt')], [tricky('pow', 'neg')]] }
		);
	});
});
