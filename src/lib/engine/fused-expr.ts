/**
 * Code for one expression of an option in the fused loop. Each operation is folded while generating
 * when all its operands are known, and otherwise written at the joint level of its operands (the loop
 * where it can first change), with operands that change less often hoisted to their own loops.
 *
 * Arithmetic is the formula's own, operation for operation, with three exceptions: x ^ t is a running
 * product (as in the closure kernel), and x ^ (c ± t) (a discount to mid-year) is x^c times or divided by
 * it (here only: the closure kernel calls Math.pow), each within about half a unit in the last place a
 * period; and x ^ k for a whole k ≥ 3 is integerPower's correctly rounded power, where mathjs calls
 * Math.pow (which is itself only within one unit, and costs several times as much).
 */
import { affineInTime } from './affine-time';
import type { BinaryOp, Expr } from './expr';
import { CONSTANTS } from './expr';
import { BOTH, known, PERIOD, SAMPLE, type Emitted, type Level } from './fused-loop';
import type { OptionWriter } from './fused-option';
import { AGAINST_ZERO, CALL, JS_BIN, JS_FN, MAX_INTEGER_POWER, MIRROR } from './fused-tokens';
import { BINARY, FUNCTION_IMPL, UNARY } from './ops';

/** The same value, marked as written out for one period. */
const atPeriod = (e: Emitted): Emitted => ({ ...e, timed: true });

/**
 * Code for an operation on emitted operands: folded when all are known, else at their joint level.
 * `inline` marks operands written where they are used even when they call a function: a conditional's
 * branches, which then run only when taken.
 */
function combine(
	w: OptionWriter,
	operands: Emitted[],
	fold: (...x: number[]) => number,
	build: (codes: string[], level: Level, timed: boolean) => string,
	inline?: readonly boolean[]
): Emitted {
	const timed = operands.some((c) => c.timed);
	if (operands.every((c) => c.value !== undefined)) {
		return { ...known(fold(...operands.map((c) => c.value!))), timed };
	}
	const level = operands.reduce<Level>((acc, c) => (acc | c.level) as Level, 0);
	// An operand that changes less often than the whole is computed in its own, outer loop, and a
	// call (a power, a logarithm) gets a name of its own, so that repeating it costs nothing; but not
	// inside a conditional's branch, where a name would compute it whichever branch is taken. Except
	// with the periods written out, for a call that is the same in every period, in a kernel that keeps
	// no calls: written in the branch, it would be computed again in every period the branch is taken
	// (a period loop computes it once per sample, whichever branch is taken, as its operands' loop).
	const once = (c: Emitted) => w.period !== null && !c.timed && !w.ctx.calls;
	const named = (c: Emitted, k: number) =>
		level < PERIOD && CALL.test(c.code) && (once(c) || (w.branches === 0 && !inline?.[k]));
	const codes = operands.map((c, k) =>
		c.level !== level || named(c, k) ? w.loop.hoist(c.level, c.code) : c.code
	);
	return { code: build(codes, level, timed), level, timed };
}

/**
 * x ^ y with y known only when the kernel runs, by mathjs's rule. Inside a period loop, or in one period
 * written out by a kernel that keeps no calls, it is H.mpow, which returns the power of a pair computed
 * before from a table (pow-memo.ts): a sweep runs 65 values of one parameter, and a power its parameter
 * does not reach has the same pair in every one of them. Once
 * per sample, it is kept per sample from the plan's last run (fused-memo.ts): the draws are the same from
 * press to press, and a press moves one parameter.
 */
const power =
	(w: OptionWriter) =>
	([x, y]: string[], level: Level, timed: boolean): string =>
		keeps(w, level)
			? w.loop.memo.call([x, y], ([a, b]) => `H.pow(${a}, ${b})`)
			: level === BOTH || (level === SAMPLE && timed)
				? `H.mpow(${x}, ${y})`
				: `H.pow(${x}, ${y})`;

/** Whether a call at `level` is kept between runs: once per sample, in a kernel asked to (Selection.calls). */
const keeps = (w: OptionWriter, level: Level): boolean => level === SAMPLE && w.ctx.calls;

/** A costly call of `fn` on its first argument, `rest` fixed: kept per sample when once per sample. */
const kept = (w: OptionWriter, fn: string, level: Level, x: string, rest = ''): string =>
	keeps(w, level) ? w.loop.memo.call([x], ([a]) => `${fn}(${a}${rest})`) : `${fn}(${x}${rest})`;

/** Functions costly enough to keep per sample: a check and a load cost less than computing them. */
const COSTLY = new Set(['exp', 'log2', 'log10']);

export function emitExpr(w: OptionWriter, e: Expr): Emitted {
	const { period } = w;
	const { def } = w.ctx.cm;
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
			if (name === 'periods') return known(def.periods.count);
			if (Object.hasOwn(CONSTANTS, name)) return known(CONSTANTS[name]);
			const series = w.current()?.get(name);
			if (series) return series;
			if (w.values.has(name)) return known(w.values.get(name)!);
			const { layout } = w.ctx;
			if (w.drawn.has(name))
				return { code: w.loop.hoist(SAMPLE, `D${layout.drawn.get(name)}[i]`), level: SAMPLE };
			return { code: w.loop.hoist(0, `V[${layout.slots.get(name)}]`), level: 0 };
		}
		case 'prev': {
			if (period !== null) {
				if (period > 0) return atPeriod(w.refs[period - 1].get(e.series)!);
				return atPeriod(e.init ? w.emit(e.init) : known(0));
			}
			const p = w.prevOf(e.series);
			if (!e.init) return { code: p, level: BOTH };
			const init = w.emit(e.init);
			const code =
				init.level === 0 || init.level === SAMPLE ? w.loop.hoist(init.level, init.code) : init.code;
			return { code: `(t === 0 ? ${code} : ${p})`, level: BOTH };
		}
		case 'agg':
			return w.aggregate(e.fn, e.series, e.args);
		case 'un':
			return combine(w, [w.emit(e.a)], UNARY[e.op], ([a]) =>
				e.op === 'neg' ? `(-${a})` : e.op === 'pos' ? `(+${a})` : `(${a} ? 0 : 1)`
			);
		case 'cond': {
			const c = w.emit(e.c);
			// A condition known while generating (a flag, or t when unrolled) picks its branch now.
			if (c.value !== undefined) {
				const branch = w.emit(c.value ? e.a : e.b);
				return c.timed ? atPeriod(branch) : branch;
			}
			// The branches stay inside the conditional, so only the one taken runs: a costly power in
			// the branch a flag or a share switches off is then never computed. Every operation is
			// pure, so which operations run changes no value.
			w.branches++;
			const [a, b] = [w.emit(e.a), w.emit(e.b)];
			w.branches--;
			return combine(
				w,
				[c, a, b],
				(x, y, z) => (x ? y : z),
				([cc, a, b]) => `(${cc} ? ${a} : ${b})`,
				[false, true, true]
			);
		}
		case 'fn': {
			const args = e.args.map((a) => w.emit(a));
			if (e.fn === 'log') {
				return combine(w, args, FUNCTION_IMPL.log, (a, level) =>
					a.length === 1
						? kept(w, 'Math.log', level, a[0])
						: keeps(w, level)
							? w.loop.memo.call(a, ([x, b]) => `(Math.log(${x}) / Math.log(${b}))`)
							: `(Math.log(${a[0]}) / Math.log(${a[1]}))`
				);
			}
			if (e.fn === 'pow') {
				const p = args.length === 2 ? timePower(w, args[0], e.args[1]) : null;
				return p ?? combine(w, args, FUNCTION_IMPL.pow, power(w));
			}
			if (COSTLY.has(e.fn) && args.length === 1) {
				return combine(w, args, FUNCTION_IMPL[e.fn], ([a], level) => kept(w, JS_FN[e.fn], level, a));
			}
			return combine(w, args, FUNCTION_IMPL[e.fn], (a) => `${JS_FN[e.fn]}(${a.join(', ')})`);
		}
		case 'bin':
			return binary(w, e.op, w.emit(e.a), e.b);
	}
}

/**
 * x ^ (c ± t) for a base that is the same in every period: x^c (once per sample) times, or divided by, the
 * running product x^t, where Math.pow would run once a period; x ^ (year − start) is x ^ t itself. Only
 * where c and ±t have one sign (the factors then cannot overflow against each other). Inside a
 * conditional's branch too, as x ^ t, so that a condition on t, settled when unrolled and not when looped,
 * gives the same numbers both ways. A base that is not above zero takes Math.pow: −0's and a negative
 * base's powers depend on the whole exponent.
 */
function timePower(w: OptionWriter, a: Emitted, right: Expr): Emitted | null {
	const { period } = w;
	if (a.value !== undefined) return null;
	if (period === null ? (a.level & PERIOD) !== 0 : a.timed) return null;
	const affine = affineInTime(right, w.ctx.cm.def.periods);
	if (!affine || affine.slope * affine.offset < 0) return null;
	const x: Emitted = { code: w.loop.hoist(a.level, a.code), level: a.level };
	const run = period === null ? w.loop.runningPower(x) : w.loop.powerAt(x, period);
	// As x ^ t: a running product for every base.
	if (affine.slope === 1 && affine.offset === 0) return run;
	// x^c hoisted even from a branch, so that it is computed once a sample, not once a period.
	const pow = binary(w, 'pow', x, { k: 'num', v: affine.offset });
	const xc: Emitted = { code: w.loop.hoist(pow.level, pow.code), level: pow.level };
	// Dividing by x^t rather than multiplying by (1 / x)^t: 1 / x's rounding is not raised to the t.
	const product =
		affine.slope === 1
			? combine(w, [xc, run], BINARY.mul, ([p, q]) => `(${p} * ${q})`)
			: combine(w, [xc, run], BINARY.div, ([p, q]) => `(${p} / ${q})`);
	return combine(
		w,
		[x, product, w.emit(right)],
		(b, p, k) => (b > 0 ? p : Math.pow(b, k)),
		([b, p, k]) => `(${b} > 0 ? ${p} : Math.pow(${b}, ${k}))`,
		[false, true, true]
	);
}

function binary(w: OptionWriter, op: BinaryOp, a: Emitted, right: Expr): Emitted {
	const { period } = w;
	if (op === 'pow') {
		const p = timePower(w, a, right);
		if (p) return p;
	}
	if (op === 'pow' && right.k === 'sym' && right.name === 't') {
		if (period === null && !(a.level & PERIOD)) return w.loop.runningPower(a);
		if (period !== null && !a.timed) return w.loop.powerAt(a, period);
		// A base that changes over time, raised to the literal t: Math.pow, as H.pow would do.
		if (period !== null) {
			return combine(w, [a, atPeriod(known(period))], BINARY.pow, ([x, y], level) =>
				kept(w, 'Math.pow', level, x, `, ${y}`)
			);
		}
	}
	const b = w.emit(right);
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
			// mathjs's pow differs from Math.pow only for an exponent of ±Infinity. An exponent known only
			// because the period is written out (timed) takes Math.pow, as the loop's H.mpow would.
			const k = b.value;
			const whole = Number.isInteger(k) && k >= 3 && k <= MAX_INTEGER_POWER && !b.timed;
			const fn = whole ? 'H.ipow' : 'Math.pow';
			return combine(w, [a, b], BINARY.pow, ([x, y], level) => kept(w, fn, level, x, `, ${y}`));
		}
	}
	if (op === 'pow') return combine(w, [a, b], BINARY.pow, power(w));
	return combine(w, [a, b], BINARY[op], ([x, y]) => JS_BIN[op](x, y));
}
