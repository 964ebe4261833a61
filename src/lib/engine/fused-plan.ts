/**
 * The fast plan: one generated loop, samples outside and periods inside, so that prev(x) is a local
 * variable, x ^ t a running product, and each part of a formula is computed only as often as it can
 * change (once per run, per period, per sample, or per sample and period).
 *
 * One loop can run several options of a model on the same draws (MonteCarlo runs them all at once):
 * a part of a formula that does not depend on the option, such as revenue, is then computed once per
 * sample for all of them. Values an option fixes (its flags and `set`) are written into the code as
 * literals, so a branch on a flag disappears and constant parts are folded before the loop starts.
 *
 * Only the series asked for are stored (all of them by default); aggregates of series (last, first, sum,
 * npv, at) are accumulated inside the loop, so a series nobody reads is never written to memory.
 *
 * Arithmetic is the formula's own, operation for operation, with two exceptions that are each within
 * one unit in the last place: x ^ t is a running product (as in the closure kernel), and x ^ k for a
 * whole k ≥ 3 is integerPower's correctly rounded power, where mathjs calls Math.pow (which is itself
 * only within one unit, and costs several times as much).
 *
 * The code is generated only from fixed tokens, numeric literals and index-named slots (V[3], s2, P0):
 * no name or text from a model or a user ever enters it, and a final check refuses any source with a
 * character outside that vocabulary. Where 'unsafe-eval' is forbidden, simulate.ts falls back to the
 * closure kernel.
 */
import type { BinaryOp, Expr } from './formula';
import { CONSTANTS } from './formula';
import type { CompiledModel } from './model';
import { planOption } from './model';
import { BINARY, FUNCTION_IMPL, UNARY } from './ops';
import { integerPower } from './special';
import type { Column, Plan, RunResult } from './simulate';
import type { OptionDef, ParamValues } from './types';

/** Which loop a value belongs to: bit 1 = varies by sample, bit 2 = varies by period. */
type Level = 0 | 1 | 2 | 3;
const SAMPLE = 1;
const PERIOD = 2;
const BOTH = 3;

const JS_FN: Record<string, string> = {
	exp: 'Math.exp',
	log10: 'Math.log10',
	log2: 'Math.log2',
	sqrt: 'Math.sqrt',
	cbrt: 'Math.cbrt',
	abs: 'Math.abs',
	sign: 'Math.sign',
	min: 'Math.min',
	max: 'Math.max',
	pow: 'H.pow'
};
const JS_BIN: Record<string, (a: string, b: string) => string> = {
	add: (a, b) => `(${a} + ${b})`,
	sub: (a, b) => `(${a} - ${b})`,
	mul: (a, b) => `(${a} * ${b})`,
	div: (a, b) => `(${a} / ${b})`,
	pow: (a, b) => `H.pow(${a}, ${b})`,
	eq: (a, b) => `H.eq(${a}, ${b})`,
	ne: (a, b) => `H.ne(${a}, ${b})`,
	lt: (a, b) => `H.lt(${a}, ${b})`,
	gt: (a, b) => `H.gt(${a}, ${b})`,
	le: (a, b) => `H.le(${a}, ${b})`,
	ge: (a, b) => `H.ge(${a}, ${b})`,
	and: (a, b) => `(${a} && ${b} ? 1 : 0)`,
	or: (a, b) => `(${a} || ${b} ? 1 : 0)`,
	xor: (a, b) => `(!${a} !== !${b} ? 1 : 0)`
};

/**
 * A comparison with 0, written out: with mathjs's tolerance (absTol 1e-15; relTol cannot matter next to
 * 0), a > 0 is exactly a > 1e-15, a == 0 is |a| ≤ 1e-15, and so on; NaN compares false as in ops.ts.
 * The key is the operator with the zero on the right.
 */
const AGAINST_ZERO: Record<string, (a: string) => string> = {
	gt: (a) => `(${a} > 1e-15 ? 1 : 0)`,
	ge: (a) => `(${a} >= -1e-15 ? 1 : 0)`,
	lt: (a) => `(${a} < -1e-15 ? 1 : 0)`,
	le: (a) => `(${a} <= 1e-15 ? 1 : 0)`,
	eq: (a) => `(Math.abs(${a}) <= 1e-15 ? 1 : 0)`,
	ne: (a) => `(Math.abs(${a}) <= 1e-15 ? 0 : 1)`
};
/** The same comparison with the operands swapped: 0 < a is a > 0. */
const MIRROR: Record<string, string> = { gt: 'lt', lt: 'gt', ge: 'le', le: 'ge', eq: 'eq', ne: 'ne' };

/** Whole exponents from 3 up to this are raised by integerPower (special.ts), faster than Math.pow. */
const MAX_INTEGER_POWER = 1024;

/** Code that calls a function. */
const CALL = /[A-Za-z]\(/;
/** Code cheap enough to repeat where it is used rather than hoist: a local, a literal. */
const SIMPLE = /^\(?-?[\w.]+\)?$/;
const SAFE_SOURCE = /^[A-Za-z0-9_\s.,;:()[\]{}+\-*/=<>!?&|"]*$/;

/** A double written so that it reads back as itself (−0 included). */
const literal = (v: number): string =>
	Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '(-0)' : `(${String(v)})`;

interface Emitted {
	code: string;
	level: Level;
	/** The value, when it is known while generating (literals, flags, values an option sets). */
	value?: number;
	/** Written out period by period: the value may differ from one period to the next. */
	timed?: boolean;
}

const known = (value: number): Emitted => ({ code: literal(value), level: 0, value });

/** One option in a generated loop. */
export interface FusedPart {
	option: OptionDef;
	/** Parameters drawn per sample for this option (planOption's list). */
	drawn: readonly string[];
}

interface Layout {
	/** Parameters and flags read from V, by slot. */
	slots: Map<string, number>;
	/** Drawn parameters, by their place in D (the union over all parts). */
	drawn: Map<string, number>;
	/** Per part: the series stored, each with its place in S. */
	stored: Map<string, number>[];
	/** Per part: each output's place in O. */
	outputs: Map<string, number>[];
	/** Places in O of outputs that are the same for every sample: a column of width 1, set once per run. */
	constant: Set<number>;
}

/** The generated source and where its inputs and results go. */
export interface Generated {
	source: string;
	layout: Layout;
}

/** Models with at most this many periods get their periods written out one by one (see generateFused). */
export const UNROLL_LIMIT = 16;

/**
 * Generates the loop for `parts` (options of `cm`), storing the series in `keep` (all when omitted) and
 * every output.
 *
 * With `unroll` (the default for up to UNROLL_LIMIT periods) the periods are written out one after the
 * other inside the sample loop, with t a literal in each: a condition on t (t == 0, t == periods − 1)
 * is decided while generating, prev(x) is the previous period's value itself, and a period loop, its
 * branches and its bookkeeping disappear. Otherwise periods run in a loop of their own.
 */
export function generateFused(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	keep?: ReadonlySet<string>,
	unroll = cm.def.periods.count <= UNROLL_LIMIT
): Generated {
	const { def } = cm;
	const T = def.periods.count;
	const seriesIndex = new Map(cm.order.map((name, k) => [name, k]));
	const outputNames = Object.keys(cm.outputs);

	const names = [...def.params.map((p) => p.id), ...Object.keys(def.flags ?? {})];
	const slots = new Map(names.map((name, k) => [name, k]));
	const drawnAll = new Map<string, number>();
	for (const part of parts)
		for (const id of part.drawn) if (!drawnAll.has(id)) drawnAll.set(id, drawnAll.size);

	// Series an aggregate cannot accumulate in the loop (an argument that is itself an aggregate, as in
	// npv(x, last(r))) are stored, and the aggregate reads them back afterwards.
	const readBack = new Set<string>();
	const scanOutputs = (e: Expr, inAgg: boolean): void => {
		switch (e.k) {
			case 'agg':
				if (inAgg) return;
				if (e.args.some((a) => containsAgg(a))) readBack.add(e.series);
				return e.args.forEach((a) => scanOutputs(a, true));
			case 'un':
				return scanOutputs(e.a, inAgg);
			case 'bin':
				scanOutputs(e.a, inAgg);
				return scanOutputs(e.b, inAgg);
			case 'fn':
				return e.args.forEach((a) => scanOutputs(a, inAgg));
			case 'cond':
				scanOutputs(e.c, inAgg);
				scanOutputs(e.a, inAgg);
				return scanOutputs(e.b, inAgg);
			default:
				return;
		}
	};
	for (const e of Object.values(cm.outputs)) scanOutputs(e, false);

	const layout: Layout = { slots, drawn: drawnAll, stored: [], outputs: [], constant: new Set() };
	const sec = {
		run: [] as string[],
		period: [] as string[],
		sample: [] as string[],
		body: [] as string[],
		/** End of each period: accumulators and last period's values. */
		end: [] as string[],
		/** Then running products move on to the next power. */
		advance: [] as string[],
		after: [] as string[]
	};
	let tmp = 0;
	const fresh = (prefix: string) => `${prefix}${tmp++}`;

	// Hoisted values by level and code, so that a part shared by options or formulas is computed once.
	const hoisted = new Map<string, string>();
	const hoist = (level: Level, code: string): string => {
		if (SIMPLE.test(code) || (level === PERIOD && /^\w+\[t\]$/.test(code))) return code;
		const key = `${level}|${code}`;
		const found = hoisted.get(key);
		if (found) return found;
		const id = fresh('h');
		let ref = id;
		if (level === 0) sec.run.push(`const ${id} = ${code};`);
		else if (level === SAMPLE) sec.sample.push(`const ${id} = ${code};`);
		else if (level === PERIOD) {
			sec.period.push(`const ${id} = new Float64Array(T); for (let t = 0; t < T; t++) ${id}[t] = ${code};`);
			ref = `${id}[t]`;
		} else sec.body.push(`const ${id} = ${code};`);
		hoisted.set(key, ref);
		return ref;
	};
	/** Accumulated aggregates by function, series code and argument, shared between options. */
	const accumulators = new Map<string, string>();
	const powers = new Map<string, string>();
	const runningPower = (base: Emitted): Emitted => {
		const key = `${base.level}|${base.code}`;
		const found = powers.get(key);
		if (found) return { code: found, level: base.level === 0 ? PERIOD : BOTH };
		let ref: string;
		if (base.level === 0) {
			const id = fresh('r');
			const b = hoist(0, base.code);
			sec.period.push(
				`const ${id} = new Float64Array(T); for (let t = 0; t < T; t++) ${id}[t] = t === 0 ? 1 : ${id}[t - 1] * ${b};`
			);
			ref = `${id}[t]`;
		} else {
			ref = fresh('r');
			const b = hoist(SAMPLE, base.code);
			sec.sample.push(`let ${ref} = 1;`);
			// After period t the product is b^(t + 1): the same multiplications, in the same order, as before.
			sec.advance.push(`${ref} *= ${b};`);
		}
		powers.set(key, ref);
		return { code: ref, level: base.level === 0 ? PERIOD : BOTH };
	};

	/** x^t, period by period, for a base that is the same in every period: the loop's running product. */
	const chains = new Map<string, Emitted[]>();
	const powerAt = (base: Emitted, t: number): Emitted => {
		const key = `${base.level}|${base.code}`;
		let chain = chains.get(key);
		if (!chain) {
			chain = [known(1)];
			chains.set(key, chain);
		}
		const b = base.value !== undefined ? base : { code: hoist(base.level, base.code), level: base.level };
		while (chain.length <= t) {
			const last = chain[chain.length - 1];
			// 1 · b is b, as the loop's first multiplication gives.
			if (chain.length === 1) chain.push(b);
			else if (last.value !== undefined && b.value !== undefined) chain.push(known(last.value * b.value));
			else chain.push({ code: hoist(b.level, `(${last.code} * ${b.code})`), level: b.level });
		}
		return { ...chain[t], timed: true };
	};
	const storeAll = !keep;
	let storedCount = 0;

	const option = (part: FusedPart, o: number) => {
		const values = optionConstants(def, part.option);
		const drawn = new Set(part.drawn);
		const stored = new Map<string, number>();
		const outputs = new Map<string, number>();
		layout.stored.push(stored);
		layout.outputs.push(outputs);

		/** Each series' value: per period when unrolled, else one entry for the loop's current period. */
		const refs: Map<string, Emitted>[] = [];
		/** The period being written out (unrolled), or null inside the period loop. */
		let period: number | null = null;
		const current = () => refs[period ?? 0];
		/** Last period's value of each series read through prev or last, in the period loop. */
		const prevVars = new Map<string, string>();
		const prevOf = (series: string): string => {
			let v = prevVars.get(series);
			if (!v) {
				v = `p${o}_${seriesIndex.get(series)}`;
				prevVars.set(series, v);
			}
			return v;
		};
		/** Code for an operation on emitted operands: folded when all are known, else at their joint level. */
		const combine = (
			operands: Emitted[],
			fold: (...x: number[]) => number,
			build: (codes: string[]) => string
		): Emitted => {
			const timed = operands.some((c) => c.timed);
			if (operands.every((c) => c.value !== undefined)) {
				return { ...known(fold(...operands.map((c) => c.value!))), timed };
			}
			const level = operands.reduce<Level>((acc, c) => (acc | c.level) as Level, 0);
			// An operand that changes less often than the whole is computed in its own, outer loop, and a
			// call (a power, a logarithm) gets a name of its own, so that repeating it costs nothing.
			const codes = operands.map((c) =>
				c.level !== level || (level < PERIOD && CALL.test(c.code)) ? hoist(c.level, c.code) : c.code
			);
			return { code: build(codes), level, timed };
		};
		const atPeriod = (e: Emitted): Emitted => ({ ...e, timed: true });

		const emit = (e: Expr): Emitted => {
			switch (e.k) {
				case 'num':
					return known(e.v);
				case 'sym': {
					const { name } = e;
					if (name === 't') return period === null ? { code: 't', level: PERIOD } : atPeriod(known(period));
					if (name === 'year') {
						return period === null
							? { code: '(Y0 + t)', level: PERIOD }
							: atPeriod(known(def.periods.start + period));
					}
					if (name === 'periods') return known(T);
					if (Object.hasOwn(CONSTANTS, name)) return known(CONSTANTS[name]);
					const series = current()?.get(name);
					if (series) return series;
					if (values.has(name)) return known(values.get(name)!);
					if (drawn.has(name)) return { code: hoist(SAMPLE, `D${drawnAll.get(name)}[i]`), level: SAMPLE };
					return { code: hoist(0, `V[${slots.get(name)}]`), level: 0 };
				}
				case 'prev': {
					if (period !== null) {
						if (period > 0) return atPeriod(refs[period - 1].get(e.series)!);
						return atPeriod(e.init ? emit(e.init) : known(0));
					}
					const p = prevOf(e.series);
					if (!e.init) return { code: p, level: BOTH };
					const init = emit(e.init);
					const code = init.level === 0 || init.level === SAMPLE ? hoist(init.level, init.code) : init.code;
					return { code: `(t === 0 ? ${code} : ${p})`, level: BOTH };
				}
				case 'agg':
					return aggregate(e.fn, e.series, e.args);
				case 'un':
					return combine([emit(e.a)], UNARY[e.op], ([a]) =>
						e.op === 'neg' ? `(-${a})` : e.op === 'pos' ? `(+${a})` : `(${a} ? 0 : 1)`
					);
				case 'cond': {
					const c = emit(e.c);
					// A condition known while generating (a flag, or t when unrolled) picks its branch now.
					if (c.value !== undefined) {
						const branch = emit(c.value ? e.a : e.b);
						return c.timed ? atPeriod(branch) : branch;
					}
					return combine(
						[c, emit(e.a), emit(e.b)],
						(x, y, z) => (x ? y : z),
						([cc, a, b]) => `(${cc} ? ${a} : ${b})`
					);
				}
				case 'fn': {
					const args = e.args.map(emit);
					if (e.fn === 'log') {
						return combine(args, FUNCTION_IMPL.log, (a) =>
							a.length === 1 ? `Math.log(${a[0]})` : `(Math.log(${a[0]}) / Math.log(${a[1]}))`
						);
					}
					return combine(args, FUNCTION_IMPL[e.fn], (a) => `${JS_FN[e.fn]}(${a.join(', ')})`);
				}
				case 'bin':
					return binary(e.op, emit(e.a), e.b);
			}
		};

		const binary = (op: BinaryOp, a: Emitted, right: Expr): Emitted => {
			if (op === 'pow' && right.k === 'sym' && right.name === 't') {
				if (period === null && !(a.level & PERIOD)) return runningPower(a);
				if (period !== null && !a.timed) return powerAt(a, period);
				// A base that changes over time, raised to the literal t: Math.pow, as H.pow would do.
				if (period !== null)
					return combine([a, atPeriod(known(period))], BINARY.pow, ([x, y]) => `Math.pow(${x}, ${y})`);
			}
			const b = emit(right);
			if (a.value === undefined || b.value === undefined) {
				// A comparison with a known 0 (either side), written out.
				const timed = a.timed || b.timed;
				if (b.value === 0 && op in MIRROR) return { code: AGAINST_ZERO[op](a.code), level: a.level, timed };
				if (a.value === 0 && op in MIRROR) {
					return { code: AGAINST_ZERO[MIRROR[op]](b.code), level: b.level, timed };
				}
				// x · 1, 1 · x, x / 1 and x − (+0) are x for every double (NaN, ±0 and ±Infinity included).
				if (b.value === 1 && (op === 'mul' || op === 'div')) return b.timed ? atPeriod(a) : a;
				if (a.value === 1 && op === 'mul') return a.timed ? atPeriod(b) : b;
				if (op === 'sub' && Object.is(b.value, 0)) return b.timed ? atPeriod(a) : a;
				if (op === 'pow' && b.value !== undefined && Number.isFinite(b.value)) {
					// mathjs's pow differs from Math.pow only for an exponent of ±Infinity.
					const k = b.value;
					const fn = Number.isInteger(k) && k >= 3 && k <= MAX_INTEGER_POWER ? 'H.ipow' : 'Math.pow';
					return combine([a, b], BINARY.pow, ([x, y]) => `${fn}(${x}, ${y})`);
				}
			}
			return combine([a, b], BINARY[op], ([x, y]) => JS_BIN[op](x, y));
		};

		/** sum and npv when unrolled: updated after each period; key → accumulator. */
		const unrolledSums = new Map<
			string,
			{ acc: string; fn: string; series: string; args: Expr[]; rate?: Emitted }
		>();
		const sumKey = (fn: string, series: string, args: Expr[]) => `${fn}|${series}|${JSON.stringify(args)}`;

		/** An aggregate of a series in an output, accumulated period by period inside the loop. */
		const aggregate = (fn: string, series: string, args: Expr[]): Emitted => {
			if (readBack.has(series)) {
				const codes = args.map((a) => {
					const x = emit(a);
					return x.level === 0 || x.level === SAMPLE ? hoist(x.level, x.code) : x.code;
				});
				const tail = codes.map((c) => `, ${c}`).join('');
				return { code: `H.${fn}(S${stored.get(series)}, i, n, T${tail})`, level: BOTH };
			}
			const arg = args[0] ? emit(args[0]) : undefined;
			let at = 0;
			if (fn === 'at') {
				const k = arg!.value!;
				at = k < 0 ? T + k : k;
				if (!(Number.isInteger(at) && at >= 0 && at < T)) return known(NaN);
			}
			if (unroll) {
				// Unrolled: every period's value is at hand, and sums were accumulated as periods went by.
				const plain = (x: Emitted): Emitted => ({ code: x.code, level: x.level, value: x.value });
				if (fn === 'last') return plain(refs[T - 1].get(series)!);
				if (fn === 'first') return plain(refs[0].get(series)!);
				if (fn === 'at') return plain(refs[at].get(series)!);
				return { code: unrolledSums.get(sumKey(fn, series, args))!.acc, level: BOTH };
			}
			const s = refs[0].get(series)!;
			// A series that is the same in every period is its own first, last and at(k) (k in range).
			const steady = s.level === 0 || s.level === SAMPLE;
			if (fn === 'last') return steady ? s : { code: prevOf(series), level: BOTH };
			if (fn === 'first' && steady) return s;
			if (fn === 'at' && steady) return s;
			const argCode = arg ? hoist(arg.level, arg.code) : '';
			const key = `${fn}|${s.code}|${argCode}`;
			let acc = accumulators.get(key);
			if (acc) return { code: acc, level: BOTH };
			acc = fresh('a');
			accumulators.set(key, acc);
			sec.sample.push(`let ${acc} = 0;`);
			if (fn === 'sum') sec.end.push(`${acc} += ${s.code};`);
			else if (fn === 'first') sec.end.push(`if (t === 0) ${acc} = ${s.code};`);
			else if (fn === 'at') sec.end.push(`if (t === ${at}) ${acc} = ${s.code};`);
			else {
				// npv: the same divisions, by the same running discount factor, as HELPERS.npv below; the
				// factor is the running product (1 + rate)^t, shared with any series that uses it.
				const d = runningPower(emit({ k: 'bin', op: 'add', a: { k: 'num', v: 1 }, b: args[0] }));
				sec.end.push(`${acc} += ${s.code} / ${d.code};`);
			}
			return { code: acc, level: BOTH };
		};

		// When unrolled, the sums and npvs the outputs need are found first, to be updated period by period.
		if (unroll) {
			const scan = (e: Expr): void => {
				if (e.k === 'agg') {
					if ((e.fn === 'sum' || e.fn === 'npv') && !readBack.has(e.series)) {
						const key = sumKey(e.fn, e.series, e.args);
						if (!unrolledSums.has(key)) {
							unrolledSums.set(key, { acc: fresh('a'), fn: e.fn, series: e.series, args: e.args });
						}
					}
					return;
				}
				if (e.k === 'un') scan(e.a);
				else if (e.k === 'bin') [e.a, e.b].forEach(scan);
				else if (e.k === 'fn') e.args.forEach(scan);
				else if (e.k === 'cond') [e.c, e.a, e.b].forEach(scan);
			};
			for (const name of outputNames) scan(cm.outputs[name]);
			for (const sum of unrolledSums.values()) {
				if (sum.fn === 'npv') sum.rate = emit({ k: 'bin', op: 'add', a: { k: 'num', v: 1 }, b: sum.args[0] });
			}
		}

		/** The series of one period (or of the loop's current period), stored where asked. */
		const seriesAt = (t: number | null) => {
			period = t;
			refs[t ?? 0] = new Map();
			for (const name of cm.order) {
				const e = emit(cm.series[name]);
				let ref: Emitted;
				if (e.value !== undefined || SIMPLE.test(e.code)) ref = e;
				else if (e.level === BOTH) {
					const key = `${BOTH}|${e.code}`;
					let v = hoisted.get(key);
					if (!v) {
						v = `s${o}_${seriesIndex.get(name)}`;
						sec.body.push(`const ${v} = ${e.code};`);
						hoisted.set(key, v);
					}
					ref = { code: v, level: BOTH };
				} else ref = { code: hoist(e.level, e.code), level: e.level, timed: e.timed };
				current().set(name, ref);
				if (storeAll || keep.has(name) || readBack.has(name)) {
					if (!stored.has(name)) stored.set(name, storedCount++);
					const k = stored.get(name)!;
					if (t === null) sec.body.push(`S${k}[ti] = ${ref.code};`);
					else sec.sample.push(`S${k}[${t === 0 ? 'i' : `${hoist(0, `(${t} * n)`)} + i`}] = ${ref.code};`);
				}
			}
			if (t === null) return;
			for (const sum of unrolledSums.values()) {
				const s = current().get(sum.series)!;
				if (t === 0) sec.sample.push(`let ${sum.acc} = 0;`);
				if (sum.fn === 'sum') sec.sample.push(`${sum.acc} += ${s.code};`);
				else sec.sample.push(`${sum.acc} += ${s.code} / ${powerAt(sum.rate!, t).code};`);
			}
		};

		const emitOutputs = () => {
			period = null;
			outputNames.forEach((name, j) => {
				const e = emit(cm.outputs[name]);
				const k = o * outputNames.length + j;
				outputs.set(name, k);
				if (e.level === 0) {
					layout.constant.add(k);
					sec.run.push(`O${k}[0] = ${e.code};`);
				} else sec.after.push(`O${k}[i] = ${e.code};`);
			});
			for (const [series, v] of prevVars) {
				sec.sample.push(`let ${v} = 0;`);
				sec.end.push(`${v} = ${refs[0].get(series)!.code};`);
			}
		};
		return { seriesAt, emitOutputs };
	};

	const options = parts.map(option);
	if (unroll) for (let t = 0; t < T; t++) for (const opt of options) opt.seriesAt(t);
	else for (const opt of options) opt.seriesAt(null);
	for (const opt of options) opt.emitOutputs();

	const periodLoop = unroll
		? []
		: [
				'for (let t = 0; t < T; t++) {',
				...(storedCount ? ['const ti = t * n + i;'] : []),
				...sec.body,
				...sec.end,
				...sec.advance,
				'}'
			];
	const source = [
		'"use strict";',
		...Array.from({ length: storedCount }, (_, k) => `const S${k} = S[${k}];`),
		...Array.from({ length: parts.length * outputNames.length }, (_, k) => `const O${k} = O[${k}];`),
		...[...drawnAll.values()].map((d) => `const D${d} = D[${d}];`),
		...sec.run,
		...sec.period,
		'for (let i = 0; i < n; i++) {',
		...sec.sample,
		...periodLoop,
		...sec.after,
		'}'
	].join('\n');
	if (!SAFE_SOURCE.test(source)) throw new Error('Generated kernel contains an unexpected character.');
	return { source, layout };
}

function containsAgg(e: Expr): boolean {
	switch (e.k) {
		case 'agg':
			return true;
		case 'un':
			return containsAgg(e.a);
		case 'bin':
			return containsAgg(e.a) || containsAgg(e.b);
		case 'fn':
			return e.args.some(containsAgg);
		case 'cond':
			return containsAgg(e.c) || containsAgg(e.a) || containsAgg(e.b);
		default:
			return false;
	}
}

/** Flags and the values an option sets: the same for every run of the option, so they become literals. */
function optionConstants(def: CompiledModel['def'], option: OptionDef): Map<string, number> {
	return new Map(Object.entries({ ...(def.flags ?? {}), ...(option.set ?? {}) }));
}

type Kernel = (
	V: Float64Array,
	D: Float64Array[],
	S: Float64Array[],
	O: Float64Array[],
	n: number,
	T: number,
	Y0: number,
	H: typeof HELPERS
) => void;

const HELPERS = {
	pow: FUNCTION_IMPL.pow,
	ipow: integerPower,
	eq: BINARY.eq,
	ne: BINARY.ne,
	lt: BINARY.lt,
	gt: BINARY.gt,
	le: BINARY.le,
	ge: BINARY.ge,
	sum: (s: Float64Array, i: number, n: number, T: number) => {
		let acc = 0;
		for (let t = 0; t < T; t++) acc += s[t * n + i];
		return acc;
	},
	npv: (s: Float64Array, i: number, n: number, T: number, rate: number) => {
		let acc = 0;
		for (let t = 0, d = 1; t < T; t++, d *= 1 + rate) acc += s[t * n + i] / d;
		return acc;
	},
	first: (s: Float64Array, i: number) => s[i],
	last: (s: Float64Array, i: number, n: number, T: number) => s[(T - 1) * n + i],
	at: (s: Float64Array, i: number, n: number, T: number, k: number) => {
		const t = k < 0 ? T + k : k;
		return Number.isInteger(t) && t >= 0 && t < T ? s[t * n + i] : NaN;
	}
};

// Compiled loops by source. A loop depends only on its source, so a new plan for the same model and
// options (a new MonteCarlo after the sample count or seed changed) reuses the loop V8 has already
// compiled and optimised instead of compiling it again.
const compiled = new Map<string, Kernel>();
const COMPILED_LIMIT = 64;

function compile(source: string): Kernel {
	let kernel = compiled.get(source);
	if (!kernel) {
		kernel = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', source) as Kernel;
		if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
		compiled.set(source, kernel);
	}
	return kernel;
}

// Generated loops by model and by what they run, so that a new plan for the same model (a new
// MonteCarlo) does not generate its source again.
const sources = new WeakMap<CompiledModel, Map<string, Generated>>();

function generated(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	keep?: ReadonlySet<string>,
	unroll?: boolean
): Generated {
	const key = JSON.stringify([parts.map((p) => [p.option.id, p.drawn]), keep ? [...keep] : null, unroll]);
	let byKey = sources.get(cm);
	if (!byKey) {
		byKey = new Map();
		sources.set(cm, byKey);
	}
	let g = byKey.get(key);
	if (!g) {
		g = generateFused(cm, parts, keep, unroll);
		if (byKey.size >= COMPILED_LIMIT) byKey.delete(byKey.keys().next().value!);
		byKey.set(key, g);
	}
	return g;
}

/** A plan for several options at once: run() returns one result per option. */
export interface MultiPlan {
	run(values: ParamValues, draws: ReadonlyMap<string, Float64Array>): Record<string, RunResult>;
}

/**
 * Builds one loop for the given options on the same draws; throws if the environment forbids generated
 * code. `keep` names the series to store (all when omitted); every output is computed.
 */
export function buildFusedMultiPlan(
	cm: CompiledModel,
	optionIds: readonly string[],
	n: number,
	uncertain: ReadonlySet<string>,
	keep?: ReadonlySet<string>,
	unroll?: boolean
): MultiPlan {
	const { def } = cm;
	const parts = optionIds.map((id) => {
		const { option, drawn } = planOption(cm, id, uncertain);
		return { option, drawn };
	});
	const { source, layout } = generated(cm, parts, keep, unroll);
	const kernel = compile(source);

	const T = def.periods.count;
	// V holds the person's value of every parameter (and each flag's default, which the loop does not
	// read: flags and the values an option sets are literals in its code).
	const names = [...layout.slots.keys()];
	const V = new Float64Array(names.length);
	const fallback = names.map((name) => cm.params.get(name)?.default ?? def.flags?.[name] ?? 0);
	const drawnIds = [...layout.drawn.keys()];
	// Columns by their place in S and O, as the generated code numbers them.
	const S: Float64Array[] = [];
	for (const m of layout.stored) for (const k of m.values()) S[k] = new Float64Array(T * n);
	const O: Float64Array[] = [];
	for (const m of layout.outputs)
		for (const k of m.values()) O[k] = new Float64Array(layout.constant.has(k) ? 1 : n);
	const D: Float64Array[] = new Array<Float64Array>(drawnIds.length);
	// The result objects are built once: each run overwrites the same columns.
	const results: Record<string, RunResult> = {};
	parts.forEach((part, o) => {
		const col = (data: Float64Array): Column => ({ width: n, data });
		results[part.option.id] = {
			n,
			periods: T,
			series: Object.fromEntries([...layout.stored[o]].map(([name, k]) => [name, col(S[k])])),
			outputs: Object.fromEntries(
				[...layout.outputs[o]].map(([name, k]) => [name, { width: O[k].length, data: O[k] }])
			)
		};
	});
	return {
		run(values, draws) {
			for (let k = 0; k < names.length; k++) {
				const name = names[k];
				V[k] = cm.params.has(name) && Object.hasOwn(values, name) ? values[name] : fallback[k];
			}
			for (let k = 0; k < drawnIds.length; k++) {
				const d = draws.get(drawnIds[k]);
				if (!d || d.length < n) throw new Error(`Missing draws for '${drawnIds[k]}'.`);
				D[k] = d;
			}
			kernel(V, D, S, O, n, T, def.periods.start, HELPERS);
			return results;
		}
	};
}

/** Builds the fused plan for one option; throws if the environment forbids generated code. */
export function buildFusedPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>,
	keep?: ReadonlySet<string>,
	unroll?: boolean
): Plan {
	const plan = buildFusedMultiPlan(cm, [optionId], n, uncertain, keep, unroll);
	return { run: (values, draws) => plan.run(values, draws)[optionId] };
}
