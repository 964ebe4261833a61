/**
 * Aggregates of series in outputs (last, first, at, sum, npv), accumulated inside the fused loop as the
 * periods go by, so that a series nobody stores is never written to memory. An aggregate whose
 * arguments are themselves aggregates cannot be accumulated that way: its series is stored and read
 * back after the periods (readBackSeries).
 */
import type { Expr } from './expr';
import { BOTH, known, SAMPLE, type Emitted } from './fused-loop';
import type { OptionWriter } from './fused-option';
import type { CompiledModel } from './compiled-model';

/** A sum or npv accumulated period by period when unrolled. */
export interface UnrolledSum {
	acc: string;
	fn: string;
	series: string;
	args: Expr[];
	/** 1 + rate, for npv. */
	rate?: Emitted;
}

/** Every sub-expression of `e` for which `visit` returns true is searched further. */
function walk(e: Expr, visit: (e: Expr) => boolean): void {
	if (!visit(e)) return;
	if (e.k === 'agg') e.args.forEach((a) => walk(a, visit));
	else if (e.k === 'un') walk(e.a, visit);
	else if (e.k === 'bin') [e.a, e.b].forEach((x) => walk(x, visit));
	else if (e.k === 'fn') e.args.forEach((a) => walk(a, visit));
	else if (e.k === 'cond') [e.c, e.a, e.b].forEach((x) => walk(x, visit));
}

function containsAgg(e: Expr): boolean {
	let found = false;
	walk(e, (x) => !(found ||= x.k === 'agg'));
	return found;
}

/**
 * Series an aggregate cannot accumulate in the loop (an argument that is itself an aggregate, as in
 * npv(x, last(r))): they are stored, and the aggregate reads them back afterwards.
 */
export function readBackSeries(cm: CompiledModel, outputNames: readonly string[]): Set<string> {
	const readBack = new Set<string>();
	const scan = (e: Expr, inAgg: boolean): void =>
		walk(e, (x) => {
			if (x.k !== 'agg') return true;
			if (inAgg) return false;
			if (x.args.some(containsAgg)) readBack.add(x.series);
			x.args.forEach((a) => scan(a, true));
			return false;
		});
	for (const name of outputNames) scan(cm.outputs[name], false);
	return readBack;
}

const sumKey = (fn: string, series: string, args: Expr[]) => `${fn}|${series}|${JSON.stringify(args)}`;

/** The sums and npvs an option's outputs need when unrolled, each with its accumulator. */
export function findUnrolledSums(w: OptionWriter): Map<string, UnrolledSum> {
	const { cm, readBack, outputNames } = w.ctx;
	const sums = new Map<string, UnrolledSum>();
	for (const name of outputNames) {
		walk(cm.outputs[name], (e) => {
			if (e.k !== 'agg') return true;
			if ((e.fn === 'sum' || e.fn === 'npv') && !readBack.has(e.series)) {
				const key = sumKey(e.fn, e.series, e.args);
				if (!sums.has(key))
					sums.set(key, { acc: w.loop.fresh('a'), fn: e.fn, series: e.series, args: e.args });
			}
			return false;
		});
	}
	for (const sum of sums.values()) {
		if (sum.fn === 'npv') sum.rate = w.emit({ k: 'bin', op: 'add', a: { k: 'num', v: 1 }, b: sum.args[0] });
	}
	return sums;
}

/** An aggregate of a series in an output, accumulated period by period inside the loop. */
export function emitAggregate(w: OptionWriter, fn: string, series: string, args: Expr[]): Emitted {
	const { loop, readBack, unroll } = w.ctx;
	const T = w.ctx.cm.def.periods.count;
	if (readBack.has(series)) {
		const codes = args.map((a) => {
			const x = w.emit(a);
			return x.level === 0 || x.level === SAMPLE ? loop.hoist(x.level, x.code) : x.code;
		});
		const tail = codes.map((c) => `, ${c}`).join('');
		return { code: `H.${fn}(S${w.stored.get(series)}, i, n, T${tail})`, level: BOTH };
	}
	const arg = args[0] ? w.emit(args[0]) : undefined;
	let at = 0;
	if (fn === 'at') {
		const k = arg!.value!;
		at = k < 0 ? T + k : k;
		if (!(Number.isInteger(at) && at >= 0 && at < T)) return known(NaN);
	}
	const { refs } = w;
	if (unroll) {
		// Unrolled: every period's value is at hand, and sums were accumulated as periods went by.
		const plain = (x: Emitted): Emitted => ({ code: x.code, level: x.level, value: x.value });
		if (fn === 'last') return plain(refs[T - 1].get(series)!);
		if (fn === 'first') return plain(refs[0].get(series)!);
		if (fn === 'at') return plain(refs[at].get(series)!);
		return { code: w.unrolledSums.get(sumKey(fn, series, args))!.acc, level: BOTH };
	}
	const s = refs[0].get(series)!;
	// A series that is the same in every period is its own first, last and at(k) (k in range).
	const steady = s.level === 0 || s.level === SAMPLE;
	if (fn === 'last') return steady ? s : { code: w.prevOf(series), level: BOTH };
	if (fn === 'first' && steady) return s;
	if (fn === 'at' && steady) return s;
	const argCode = arg ? loop.hoist(arg.level, arg.code) : '';
	const key = `${fn}|${s.code}|${argCode}`;
	let acc = loop.accumulators.get(key);
	if (acc) return { code: acc, level: BOTH };
	acc = loop.fresh('a');
	loop.accumulators.set(key, acc);
	loop.push('sample', `let ${acc} = 0;`);
	if (fn === 'sum') loop.push('end', `${acc} += ${s.code};`);
	else if (fn === 'first') loop.push('end', `if (t === 0) ${acc} = ${s.code};`);
	else if (fn === 'at') loop.push('end', `if (t === ${at}) ${acc} = ${s.code};`);
	else {
		// npv: the same divisions, by the same running discount factor, as the helpers' npv; the factor
		// is the running product (1 + rate)^t, shared with any series that uses it.
		const d = loop.runningPower(w.emit({ k: 'bin', op: 'add', a: { k: 'num', v: 1 }, b: args[0] }));
		loop.push('end', `${acc} += ${s.code} / ${d.code};`);
	}
	return { code: acc, level: BOTH };
}
