/**
 * Formulas come from model files and, later, from people editing them: nothing in one may reach mathjs's
 * own functions (import, createUnit, evaluate, parse, …) or JavaScript's object model. The attempts below
 * follow mathjs's security notes, which list the functions to disable and the property-access tricks that
 * past exploits used; every one must be refused with a FormulaError that says what was refused.
 */
import { describe, it, expect } from 'vitest';
import { compileModel } from './model';
import { FormulaError, MAX_FORMULA_LENGTH, parseFormula, type Expr, type FormulaContext } from './formula';
import { ModelError } from './validate';
import { formulaError, model, param, thrown } from './testing/fixtures';

const values = new Set(['a', 'b', 'c', 'x', 'rate']);
const series = new Set(['s', 'revenue']);
const SERIES: FormulaContext = { kind: 'series', values, series };
const OUTPUT: FormulaContext = { kind: 'output', values, series };

/** Parses in both places a formula can stand and expects the same refusal naming `fragment`. */
function expectRefused(formula: string, fragment: string, contexts: FormulaContext[] = [SERIES, OUTPUT]) {
	for (const ctx of contexts) {
		const err = formulaError(() => parseFormula(formula, ctx));
		expect(err.message, `${ctx.kind}: ${formula}`).toContain(fragment);
	}
}

describe('mathjs functions that the security notes say to disable', () => {
	const cases: [string, string][] = [
		['import({a: 1})', 'import'],
		['import({evaluate: 1}, {override: true})', 'import'],
		['createUnit("x")', 'createUnit'],
		['evaluate("1")', 'evaluate'],
		['evaluate("import({a: 1})")', 'evaluate'],
		['parse("1")', 'parse'],
		['simplify("x")', 'simplify'],
		['derivative("x", "x")', 'derivative'],
		['resolve(x)', 'resolve'],
		['compile("1")', 'compile'],
		['reviver("a", 1)', 'reviver'],
		['chain(3)', 'chain'],
		['config({})', 'config'],
		['typed("f", {})', 'typed'],
		['help(sqrt)', 'help'],
		['matrix([1])', 'matrix'],
		['unit("5 cm")', 'unit'],
		['format(1)', 'format'],
		['print("$a", {a: 1})', 'print'],
		['random()', 'random'],
		['range(1, 3)', 'range'],
		['map([1], sqrt)', 'map'],
		['typeof(x)', 'typeof'],
		['eval("1")', 'eval'],
		['Function("x")', 'Function'],
		['require("fs")', 'require'],
		['round(x)', 'round'],
		['f(x)', '`f`']
	];
	for (const [formula, fragment] of cases) {
		it(`refuses ${formula}`, () => expectRefused(formula, fragment));
	}

	it('lists the functions that are allowed in the refusal', () => {
		const err = formulaError(() => parseFormula('import({})', SERIES));
		expect(err.message).toContain('Allowed: exp, log, log10, log2, sqrt, cbrt, abs, sign, min, max, pow');
		expect(err.part).toContain('import');
	});
});

describe('names that are not on the whitelist', () => {
	const cases: [string, string][] = [
		['import', 'import'],
		['reviver', 'reviver'],
		['this', 'this'],
		['process', 'process'],
		['globalThis', 'globalThis'],
		['window', 'window'],
		['math', 'math'],
		['foo + 1', 'foo'],
		['2 cm', 'cm'],
		['5 cm^2 to inch', 'to'],
		['1i', '`i`'],
		['sqrt', 'call it with arguments'],
		['npv', 'npv'],
		['prev + 1', 'prev']
	];
	for (const [formula, fragment] of cases) {
		it(`refuses ${formula}`, () => expectRefused(formula, fragment));
	}

	// Object.prototype members once passed an `in` check as constants; names are now looked up as own keys.
	for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
		it(`refuses the bare name ${name}`, () => expectRefused(`${name} + 1`, name));
	}
});

describe('property access and the object model', () => {
	const cases: [string, string][] = [
		['a.constructor', 'constructor'],
		['a["constructor"]', 'constructor'],
		['cos.constructor', 'constructor'],
		['(1).constructor', 'constructor'],
		['"".constructor', 'constructor'],
		['a.valueOf()', 'valueOf'],
		['sqrt.toString()', 'toString'],
		['constructor.constructor("return process")(1)', 'not a named function'],
		['[].map.constructor("x")', 'not a named function'],
		['parse("1").compile()', 'not a named function'],
		['a.b', 'a.b'],
		['x[1]', 'x[1]'],
		['a["__proto__"]', '__proto__'],
		['constructor(1)', 'constructor'],
		['__proto__(1)', '__proto__'],
		['toString(a)', 'toString']
	];
	for (const [formula, fragment] of cases) {
		it(`refuses ${formula}`, () => expectRefused(formula, fragment));
	}

	it('refuses constructor.constructor("return process")() as unreadable, quoting it', () => {
		for (const ctx of [SERIES, OUTPUT]) {
			const err = formulaError(() => parseFormula('constructor.constructor("return process")()', ctx));
			expect(err.message).toContain('cannot be read');
			expect(err.part).toContain('constructor.constructor');
		}
	});
});

describe('syntax that is not a single numeric expression', () => {
	const cases: [string, string][] = [
		['x = 5', '='],
		['pi = 3', '='],
		['f(x) = x^2', '='],
		['f(x) = x^2', 'defines a function'],
		['[1, 2]', '[1, 2]'],
		['[1, 2]', 'list'],
		['{a: 1}', 'object'],
		['1:3', '1:3'],
		['1:3', 'range'],
		['a; b', 'one expression'],
		['a\nb', 'one expression'],
		['f = cos.constructor; f("x")', 'one expression'],
		['"text"', '"text"'],
		["'text'", 'not a number'],
		['true', 'true'],
		['null', 'null'],
		['5 mod 2', 'mod'],
		['3!', '!'],
		["x'", "'"],
		['1 to 2', 'to'],
		['a in b', 'in'],
		['a & b', '&'],
		['a | b', '|'],
		['a ^| b', '^|'],
		['~a', '~'],
		['a << 1', '<<'],
		['a >> 1', '>>'],
		['a >>> 1', '>>>'],
		['a .* b', '.*'],
		['a ./ b', './'],
		['a .^ b', '.^'],
		['a % b', '%'],
		['a < b < c', 'chains comparisons'],
		['a == b == c', 'chains comparisons'],
		['1 +', 'cannot be read'],
		['a ? b', 'cannot be read'],
		['a,b', 'cannot be read'],
		['@a', 'cannot be read'],
		['`a`', 'cannot be read'],
		['', 'empty'],
		['   ', 'empty']
	];
	for (const [formula, fragment] of cases) {
		it(`refuses ${JSON.stringify(formula)} naming ${fragment}`, () => expectRefused(formula, fragment));
	}
});

describe('wrong use of allowed functions', () => {
	const cases: [string, string][] = [
		['exp(1, 2)', 'exp takes 1 argument'],
		['log(a, 2, 3)', 'log takes 1 to 2 arguments'],
		['pow(a)', 'pow takes 2 arguments'],
		['min()', 'min takes 1 to 16 arguments'],
		[`max(${Array(17).fill('1').join(', ')})`, 'max takes 1 to 16 arguments'],
		['e(1)', '`e`']
	];
	for (const [formula, fragment] of cases) {
		it(`refuses ${formula}`, () => expectRefused(formula, fragment));
	}
});

describe('where series functions may stand', () => {
	it('refuses prev in an output', () => {
		expectRefused('prev(s)', 'prev', [OUTPUT]);
		expectRefused('prev(s, 1) + 1', 'only be used in a series', [OUTPUT]);
	});
	it('refuses prev of something that is not a series', () => {
		expectRefused('prev(a)', 'prev needs the name of a series', [SERIES]);
		expectRefused('prev(s + 1)', 'prev needs the name of a series', [SERIES]);
		expectRefused('prev(s, 1, 2)', 'prev takes a series', [SERIES]);
		expectRefused('prev()', 'prev takes a series', [SERIES]);
	});
	it('refuses aggregates in a series', () => {
		for (const agg of ['npv(s, rate)', 'sum(s)', 'last(s)', 'first(s)', 'at(s, 1)']) {
			expectRefused(agg, 'belongs in an output', [SERIES]);
		}
		expectRefused('npv(revenue, 0.1) + 1', 'npv', [SERIES]);
	});
	it('refuses aggregates with the wrong arguments', () => {
		expectRefused('npv(s)', 'npv takes a series and one more value', [OUTPUT]);
		expectRefused('sum(s, 1)', 'sum takes a series', [OUTPUT]);
		expectRefused('sum(a)', 'sum needs the name of a series', [OUTPUT]);
		expectRefused('at(s, a)', 'at(series, period)', [OUTPUT]);
	});
	it('refuses a series named bare in an output, suggesting how to sum it up', () => {
		const err = formulaError(() => parseFormula('revenue * 2', OUTPUT));
		expect(err.message).toContain('`revenue` is a series');
		expect(err.message).toContain('last(revenue)');
		expect(err.part).toBe('revenue');
	});
	it('refuses t and year in an output', () => {
		expectRefused('t + 1', '`t` changes from period to period', [OUTPUT]);
		expectRefused('year', '`year`', [OUTPUT]);
	});
});

describe('size limits', () => {
	it('refuses a formula longer than the limit without parsing it', () => {
		const long = Array(700).fill('a').join(' + ');
		expect(long.length).toBeGreaterThan(MAX_FORMULA_LENGTH);
		expectRefused(long, `longer than ${MAX_FORMULA_LENGTH} characters`);
	});

	it('accepts a formula of exactly the limit', () => {
		const body = Array(50).fill('a').join(' + ');
		const text = body + ' '.repeat(MAX_FORMULA_LENGTH - body.length);
		expect(text.length).toBe(MAX_FORMULA_LENGTH);
		expect(parseFormula(text, SERIES).k).toBe('bin');
	});

	it('refuses 10,000 nested parentheses with a FormulaError, not a stack overflow', () => {
		const deep = '('.repeat(10_000) + 'a' + ')'.repeat(10_000);
		const err = thrown(() => parseFormula(deep, SERIES));
		expect(err).toBeInstanceOf(FormulaError);
		expect(err).not.toBeInstanceOf(RangeError);
	});

	it('refuses deep nesting that fits within the length limit with a FormulaError', () => {
		const cases = [
			'('.repeat(990) + 'a' + ')'.repeat(990),
			'-'.repeat(1999) + 'a',
			'not '.repeat(499) + 'a',
			'sqrt('.repeat(330) + 'a' + ')'.repeat(330),
			'a + ('.repeat(330) + 'a' + ')'.repeat(330)
		];
		for (const text of cases) {
			expect(text.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
			const err = thrown(() => parseFormula(text, SERIES));
			expect(err, text.slice(0, 20)).toBeInstanceOf(FormulaError);
		}
	});

	it('names the nesting limit when the parser itself copes', () => {
		expectRefused('-'.repeat(200) + 'a', 'nests deeper than');
	});

	it('counts nesting as a reader does: a long flat sum or product is one level, not one per term', () => {
		for (const terms of [62, 200, 500]) {
			for (const op of [' + ', ' - ', ' * ', ' / ']) {
				const text = Array(terms).fill('a').join(op);
				expect(text.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
				expect(() => parseFormula(text, SERIES), `${terms} terms of ${op}`).not.toThrow();
			}
		}
		expect(() => parseFormula(Array(200).fill('a * b').join(' + '), SERIES)).not.toThrow();
		expect(() => parseFormula(Array(150).fill('a and b').join(' or '), SERIES)).not.toThrow();
	});

	it('still counts parentheses, calls and signs that a reader must keep open at once', () => {
		const nested = (k: number) => 'a + ('.repeat(k) + 'a' + ')'.repeat(k);
		expect(() => parseFormula(nested(59), SERIES)).not.toThrow();
		expectRefused(nested(61), 'nests deeper than 60 levels');
		expectRefused('max(a, '.repeat(61) + 'a' + ')'.repeat(61), 'nests deeper than 60 levels');
		// A right-leaning chain is nested as written: a ^ a ^ a … is a ^ (a ^ (a …)).
		expectRefused(Array(70).fill('a').join(' ^ '), 'nests deeper than 60 levels');
	});
});

describe('at(series, period)', () => {
	it('refuses a period that is not a whole number, at compile time, saying why', () => {
		expectRefused('at(s, 1.5)', 'at(series, period): the period 1.5 is not a whole number', [OUTPUT]);
		expectRefused('at(s, 1e400)', 'is not a whole number', [OUTPUT]);
		expect(parseFormula('at(s, 0)', OUTPUT)).toEqual({
			k: 'agg',
			fn: 'at',
			series: 's',
			args: [{ k: 'num', v: 0 }]
		});
	});

	it('refuses a fractional period in a model, naming the output', () => {
		const def = (k: string) =>
			model({ periods: 3, params: [param('a')], series: { s: 'a * t' }, outputs: { val: `at(s, ${k})` } });
		expect(compileModel(def('2'))).toBeDefined();
		const err = thrown(() => compileModel(def('2.5')));
		expect(err).toBeInstanceOf(ModelError);
		expect((err as ModelError).problems).toEqual([
			"output 'val': at(series, period): the period 2.5 is not a whole number; periods are counted 0, 1, 2…"
		]);
	});
});

describe('formulas that must parse', () => {
	const sym = (name: string): Expr => ({ k: 'sym', name });
	const num = (v: number): Expr => ({ k: 'num', v });

	it('builds the expected tree for arithmetic with precedence', () => {
		expect(parseFormula('a + b * c', SERIES)).toEqual({
			k: 'bin',
			op: 'add',
			a: sym('a'),
			b: { k: 'bin', op: 'mul', a: sym('b'), b: sym('c') }
		});
		expect(parseFormula('-a^2', SERIES)).toEqual({
			k: 'un',
			op: 'neg',
			a: { k: 'bin', op: 'pow', a: sym('a'), b: num(2) }
		});
		expect(parseFormula('2a', SERIES)).toEqual({ k: 'bin', op: 'mul', a: num(2), b: sym('a') });
		expect(parseFormula('((a))', SERIES)).toEqual(sym('a'));
	});

	it('reads prev with and without an initial value', () => {
		expect(parseFormula('prev(s)', SERIES)).toEqual({ k: 'prev', series: 's', init: null });
		expect(parseFormula('prev(s, a * 2)', SERIES)).toEqual({
			k: 'prev',
			series: 's',
			init: { k: 'bin', op: 'mul', a: sym('a'), b: num(2) }
		});
	});

	it('reads aggregates in outputs', () => {
		expect(parseFormula('npv(s, rate)', OUTPUT)).toEqual({
			k: 'agg',
			fn: 'npv',
			series: 's',
			args: [sym('rate')]
		});
		expect(parseFormula('at(s, 2)', OUTPUT)).toEqual({ k: 'agg', fn: 'at', series: 's', args: [num(2)] });
	});

	const seriesFormulas = [
		'a + b - c * x / 2',
		'a ^ 2 + pow(a, 3)',
		'-a + +b',
		'a ? b : c',
		'a > 0 ? (b > 0 ? 1 : 2) : 3',
		'not a',
		'a and b or c xor x',
		'(a >= b) and (b != c) or (a <= c) and (a == b) or (a < b) or (a > c)',
		'exp(a) + log(b) + log(b, 2) + log10(c) + log2(x)',
		'sqrt(a) + cbrt(b) + abs(c) + sign(x)',
		'min(a, b, c) + max(a, 1) + min(a)',
		'pi * e',
		'1e-3 + .5 + 2.5e2 + 0',
		'prev(s) + prev(revenue, 100) * (1 + rate)',
		'revenue * (1 + rate)^t',
		't + year + periods',
		'a # a comment',
		'(((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))'
	];
	for (const formula of seriesFormulas) {
		it(`accepts the series formula ${formula}`, () => {
			expect(() => parseFormula(formula, SERIES)).not.toThrow();
		});
	}

	const outputFormulas = [
		'npv(s, rate) + sum(s) + last(s) + first(s) + at(s, 2)',
		'last(revenue) * (1 + rate) / (rate - 0.02) / (1 + rate)^(periods - 1)',
		'a > b ? sum(s) : sum(revenue)',
		'max(last(s), 0)'
	];
	for (const formula of outputFormulas) {
		it(`accepts the output formula ${formula}`, () => {
			expect(() => parseFormula(formula, OUTPUT)).not.toThrow();
		});
	}
});

describe('refusals reach the model author with the formula they are in', () => {
	it('reports the series and the output that hold refused formulas, all at once', () => {
		const def = model({
			params: [param('a')],
			series: { good: 'a * 2', bad: 'import({a: 1})' },
			outputs: { val: 'last(good)', leak: 'a.constructor' }
		});
		const err = thrown(() => compileModel(def));
		expect(err).toBeInstanceOf(ModelError);
		const problems = (err as ModelError).problems;
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^series 'bad': .*import/);
		expect(problems[1]).toMatch(/^output 'leak': .*constructor/);
	});
});
