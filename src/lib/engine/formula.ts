/**
 * Formulas are written in mathjs syntax, and mathjs only parses them: the tree is checked against a
 * whitelist and turned into a small expression type (Expr) that the kernel compiles. Anything not on the
 * whitelist is rejected with a message that quotes the offending part, so no user text ever reaches an
 * evaluator with access to mathjs's own functions (import, evaluate, parse, createUnit, …).
 */
import { create, parseDependencies } from 'mathjs/number';
import type { MathNode } from 'mathjs';
import {
	AGGREGATES,
	CONSTANTS,
	FUNCTIONS,
	type AggName,
	type BinaryOp,
	type Expr,
	type FnName,
	type UnaryOp
} from './expr';

// The language itself (Expr, its functions, constants and reserved names) lives in expr.ts, apart from
// the parser; it is re-exported here for code that reads and parses formulas.
export * from './expr';

const math = create({ parseDependencies }, { predictable: true });

/** mathjs operator function names mapped to ours; every other operator (mod, !, ', to, bit ops, …) is refused. */
const OPERATORS: Record<string, UnaryOp | BinaryOp> = {
	unaryMinus: 'neg',
	unaryPlus: 'pos',
	not: 'not',
	add: 'add',
	subtract: 'sub',
	multiply: 'mul',
	divide: 'div',
	pow: 'pow',
	equal: 'eq',
	unequal: 'ne',
	smaller: 'lt',
	larger: 'gt',
	smallerEq: 'le',
	largerEq: 'ge',
	and: 'and',
	or: 'or',
	xor: 'xor'
};
const UNARY = new Set<string>(['neg', 'pos', 'not']);

/** The longest formula accepted: long enough for any readable formula, short enough that a hostile one
 * cannot exhaust the parser's stack. It also bounds the depth of the tree (each level of it takes at least
 * one character), so the recursive passes over a tree (kernels, explanation) never go deeper than this. */
export const MAX_FORMULA_LENGTH = 2000;
/**
 * How deeply a formula may nest, counted as a reader counts: each parenthesis, function call, sign and
 * branch of a condition opens a level, and so does an operand of another precedence (the product inside
 * a sum), but a flat run of one operator (a + b + c …, a * b / c …) is one level however long it is,
 * although the parser builds it as a chain of pairs.
 */
const MAX_DEPTH = 60;

/** Operators that chain from the left at one precedence: the left operand continues the reader's line. */
const CHAINS: Record<string, string> = {
	add: 'sum',
	subtract: 'sum',
	multiply: 'product',
	divide: 'product',
	and: 'and',
	or: 'or',
	xor: 'xor'
};

export class FormulaError extends Error {
	/** The part of the formula that was refused, as text. */
	readonly part: string;
	constructor(message: string, part: string) {
		super(message);
		this.name = 'FormulaError';
		this.part = part;
	}
}

export interface FormulaContext {
	/** Where the formula is used: a series (per period) or an output (once, over whole series). */
	kind: 'series' | 'output';
	/** Parameter and flag names. */
	values: ReadonlySet<string>;
	/** Series names. */
	series: ReadonlySet<string>;
}

const show = (node: MathNode): string => {
	const text = node.toString();
	return text.length > 60 ? text.slice(0, 57) + '…' : text;
};

const REFUSED_NODES: Record<string, string> = {
	AssignmentNode: 'assigns a value; a formula can only compute one (use == to compare)',
	FunctionAssignmentNode: 'defines a function; formulas cannot define functions',
	AccessorNode: 'reads a property or an index; formulas work with single numbers',
	IndexNode: 'reads an index; formulas work with single numbers',
	ArrayNode: 'is a list or matrix; formulas work with single numbers',
	ObjectNode: 'is an object; formulas work with single numbers',
	RangeNode: 'is a range; formulas work with single numbers',
	BlockNode: 'holds several statements; a formula is one expression',
	RelationalNode: 'chains comparisons; compare two values at a time and join them with and',
	ParenthesisNode: ''
};

export function parseFormula(text: string, ctx: FormulaContext): Expr {
	if (typeof text !== 'string' || text.trim() === '') throw new FormulaError('The formula is empty.', '');
	if (text.length > MAX_FORMULA_LENGTH) {
		throw new FormulaError(
			`The formula is longer than ${MAX_FORMULA_LENGTH} characters.`,
			text.slice(0, 40) + '…'
		);
	}
	let root: MathNode;
	try {
		root = math.parse(text);
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		throw new FormulaError(`The formula cannot be read: ${reason}.`, text);
	}
	return convert(root, ctx, 0);
}

function convert(node: MathNode, ctx: FormulaContext, depth: number): Expr {
	if (depth > MAX_DEPTH)
		throw new FormulaError(`The formula nests deeper than ${MAX_DEPTH} levels.`, show(node));
	const here = (n: MathNode) => convert(n, ctx, depth + 1);
	switch (node.type) {
		case 'ParenthesisNode':
			return here((node as unknown as { content: MathNode }).content);
		case 'ConstantNode': {
			const value = (node as unknown as { value: unknown }).value;
			if (typeof value !== 'number') {
				throw new FormulaError(
					`\`${show(node)}\` is not a number; formulas work with numbers only.`,
					show(node)
				);
			}
			return { k: 'num', v: value };
		}
		case 'SymbolNode':
			return symbol((node as unknown as { name: string }).name, ctx, node);
		case 'OperatorNode': {
			const { fn, args, op } = node as unknown as { fn: string; args: MathNode[]; op: string };
			const mapped = OPERATORS[fn];
			if (!mapped)
				throw new FormulaError(`The operator \`${op}\` in \`${show(node)}\` is not allowed.`, show(node));
			if (UNARY.has(mapped)) return { k: 'un', op: mapped as UnaryOp, a: here(args[0]) };
			// A parenthesis counts its own level; the left operand of a chain stays on the reader's line.
			const operand = (n: MathNode, left: boolean) => {
				const chained = left && n.type === 'OperatorNode' && sameChain(fn, n);
				return convert(n, ctx, chained || n.type === 'ParenthesisNode' ? depth : depth + 1);
			};
			return { k: 'bin', op: mapped as BinaryOp, a: operand(args[0], true), b: operand(args[1], false) };
		}
		case 'ConditionalNode': {
			const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
			return { k: 'cond', c: here(c.condition), a: here(c.trueExpr), b: here(c.falseExpr) };
		}
		case 'FunctionNode':
			return call(node, ctx, depth);
		default: {
			const why = REFUSED_NODES[node.type] ?? 'is not part of the formula language';
			throw new FormulaError(`\`${show(node)}\` ${why}.`, show(node));
		}
	}
}

function sameChain(fn: string, node: MathNode): boolean {
	const inner = node as unknown as { fn: string; args: MathNode[] };
	return inner.args.length === 2 && Object.hasOwn(CHAINS, fn) && CHAINS[inner.fn] === CHAINS[fn];
}

function symbol(name: string, ctx: FormulaContext, node: MathNode): Expr {
	if (Object.hasOwn(CONSTANTS, name) || ctx.values.has(name)) return { k: 'sym', name };
	if (ctx.kind === 'series') {
		if (ctx.series.has(name) || name === 't' || name === 'year' || name === 'periods')
			return { k: 'sym', name };
	} else {
		if (name === 'periods') return { k: 'sym', name };
		if (ctx.series.has(name)) {
			throw new FormulaError(
				`\`${name}\` is a series; an output must say how to sum it up, e.g. last(${name}) or npv(${name}, rate).`,
				name
			);
		}
		if (name === 't' || name === 'year') {
			throw new FormulaError(`\`${name}\` changes from period to period; outputs are computed once.`, name);
		}
	}
	if (Object.hasOwn(FUNCTIONS, name) || Object.hasOwn(AGGREGATES, name) || name === 'prev') {
		throw new FormulaError(`\`${name}\` is a function; call it with arguments, e.g. ${name}(…).`, name);
	}
	throw new FormulaError(
		`\`${name}\` is not a parameter, series or built-in name of this model.`,
		show(node)
	);
}

function call(node: MathNode, ctx: FormulaContext, depth: number): Expr {
	const f = node as unknown as { fn: MathNode; args: MathNode[] };
	const here = (n: MathNode) => convert(n, ctx, depth + 1);
	if (f.fn.type !== 'SymbolNode') {
		throw new FormulaError(`\`${show(node)}\` calls something that is not a named function.`, show(node));
	}
	const name = (f.fn as unknown as { name: string }).name;
	const args = f.args;
	if (name === 'prev') {
		if (ctx.kind !== 'series') throw new FormulaError('prev(…) can only be used in a series.', show(node));
		if (args.length < 1 || args.length > 2) {
			throw new FormulaError(
				'prev takes a series and, optionally, its value before the first period.',
				show(node)
			);
		}
		return { k: 'prev', series: seriesArg(args[0], ctx, 'prev', node), init: args[1] ? here(args[1]) : null };
	}
	if (Object.hasOwn(AGGREGATES, name)) {
		const agg = name as AggName;
		if (ctx.kind !== 'output') {
			throw new FormulaError(`${name}(…) sums up a whole series, so it belongs in an output.`, show(node));
		}
		const extra = AGGREGATES[agg];
		if (args.length !== extra + 1) {
			throw new FormulaError(`${name} takes a series${extra ? ' and one more value' : ''}.`, show(node));
		}
		const rest = args.slice(1).map(here);
		if (agg === 'at') checkPeriod(rest[0], node);
		return { k: 'agg', fn: agg, series: seriesArg(args[0], ctx, name, node), args: rest };
	}
	if (Object.hasOwn(FUNCTIONS, name)) {
		const [lo, hi] = FUNCTIONS[name as FnName];
		if (args.length < lo || args.length > hi) {
			const count = lo === hi ? `${lo}` : `${lo} to ${hi}`;
			throw new FormulaError(`${name} takes ${count} argument${hi === 1 ? '' : 's'}.`, show(node));
		}
		return { k: 'fn', fn: name as FnName, args: args.map(here) };
	}
	throw new FormulaError(
		`\`${name}\` is not a function formulas may use. Allowed: ${Object.keys(FUNCTIONS).join(', ')}.`,
		show(node)
	);
}

/** at(series, k): k must be a whole number, known when the formula is read (a fraction would give NaN). */
function checkPeriod(k: Expr, node: MathNode): void {
	if (k.k !== 'num')
		throw new FormulaError('at(series, period) needs the period as a plain whole number.', show(node));
	if (!Number.isInteger(k.v)) {
		throw new FormulaError(
			`at(series, period): the period ${k.v} is not a whole number; periods are counted 0, 1, 2…`,
			show(node)
		);
	}
}

function seriesArg(arg: MathNode, ctx: FormulaContext, fn: string, node: MathNode): string {
	const name = arg.type === 'SymbolNode' ? (arg as unknown as { name: string }).name : '';
	if (!ctx.series.has(name)) throw new FormulaError(`${fn} needs the name of a series first.`, show(node));
	return name;
}
