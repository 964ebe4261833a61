/**
 * One option written into the fused loop: its series period by period (or for the loop's current
 * period), the series it stores and its outputs. Values the option fixes (flags and `set`) are literals
 * here, so a branch on a flag disappears and constant parts fold while generating.
 *
 * Expressions are written by fused-expr.ts and aggregates by fused-aggregate.ts; this class holds what
 * they share for one option.
 */
import type { Expr } from './expr';
import { emitAggregate, findUnrolledSums, type UnrolledSum } from './fused-aggregate';
import { emitExpr } from './fused-expr';
import type { FusedPart, Layout } from './fused-run';
import { BOTH, type Emitted, type LoopWriter } from './fused-loop';
import { SIMPLE } from './fused-tokens';
import type { CompiledModel } from './compiled-model';
import type { OptionDef } from './types';

/** What every option in one loop shares. */
export interface FusedContext {
	cm: CompiledModel;
	loop: LoopWriter;
	layout: Layout;
	/** Series that aggregates read back from their stored column (see readBackSeries). */
	readBack: ReadonlySet<string>;
	/** Series to store; all when undefined. */
	keep: ReadonlySet<string> | undefined;
	/** Costly calls once per sample written to be kept between runs (Selection.calls). */
	calls: boolean;
	/** Series to compute, those stored and those the outputs read (fused-generate.ts); all when undefined. */
	needed: ReadonlySet<string> | undefined;
	unroll: boolean;
	seriesIndex: ReadonlyMap<string, number>;
	outputNames: readonly string[];
	/** Stored columns so far, over all options: the next one's place in S. */
	storedCount: number;
}

export class OptionWriter {
	/** Flags and the values the option sets, which become literals. */
	readonly values: ReadonlyMap<string, number>;
	/** Parameters drawn per sample for this option. */
	readonly drawn: ReadonlySet<string>;
	/** Each series' value: per period when unrolled, else one entry for the loop's current period. */
	readonly refs: Map<string, Emitted>[] = [];
	/** The period being written out (unrolled), or null inside the period loop. */
	period: number | null = null;
	/** How many conditional branches enclose the expression being written (fused-expr.ts). */
	branches = 0;
	/** Last period's value of each series read through prev or last, in the period loop. */
	private readonly prevVars = new Map<string, string>();
	/** sum and npv when unrolled: updated after each period. */
	readonly unrolledSums: ReadonlyMap<string, UnrolledSum>;
	readonly stored = new Map<string, number>();
	readonly outputs = new Map<string, number>();
	readonly ctx: FusedContext;
	/** The option's place in the loop, which numbers its locals and outputs. */
	readonly o: number;

	constructor(ctx: FusedContext, part: FusedPart, o: number) {
		this.ctx = ctx;
		this.o = o;
		this.values = optionConstants(ctx.cm.def, part.option);
		this.drawn = new Set(part.drawn);
		ctx.layout.stored.push(this.stored);
		ctx.layout.outputs.push(this.outputs);
		// When unrolled, the sums and npvs the outputs need are found first, to be updated period by period.
		this.unrolledSums = ctx.unroll ? findUnrolledSums(this) : new Map();
	}

	get loop(): LoopWriter {
		return this.ctx.loop;
	}

	current(): Map<string, Emitted> {
		return this.refs[this.period ?? 0];
	}

	/** The local holding last period's value of `series` in the period loop. */
	prevOf(series: string): string {
		let v = this.prevVars.get(series);
		if (!v) {
			v = `p${this.o}_${this.ctx.seriesIndex.get(series)}`;
			this.prevVars.set(series, v);
		}
		return v;
	}

	emit(e: Expr): Emitted {
		return emitExpr(this, e);
	}

	aggregate(fn: string, series: string, args: Expr[]): Emitted {
		return emitAggregate(this, fn, series, args);
	}

	/** The series of one period (or of the loop's current period), stored where asked. */
	seriesAt(t: number | null): void {
		const { cm, keep, needed, readBack, loop, seriesIndex } = this.ctx;
		this.period = t;
		this.refs[t ?? 0] = new Map();
		for (const name of cm.order) {
			if (needed && !needed.has(name)) continue;
			const e = this.emit(cm.series[name]);
			let ref: Emitted;
			if (e.value !== undefined || SIMPLE.test(e.code)) ref = e;
			else if (e.level === BOTH) {
				ref = { code: loop.nameInBody(e.code, `s${this.o}_${seriesIndex.get(name)}`), level: BOTH };
			} else ref = { code: loop.hoist(e.level, e.code), level: e.level, timed: e.timed };
			this.current().set(name, ref);
			if (!keep || keep.has(name) || readBack.has(name)) {
				if (!this.stored.has(name)) this.stored.set(name, this.ctx.storedCount++);
				const k = this.stored.get(name)!;
				if (t === null) loop.push('body', `S${k}[ti] = ${ref.code};`);
				else
					loop.push(
						'sample',
						`S${k}[${t === 0 ? 'i' : `${loop.hoist(0, `(${t} * n)`)} + i`}] = ${ref.code};`
					);
			}
		}
		if (t === null) return;
		for (const sum of this.unrolledSums.values()) {
			const s = this.current().get(sum.series)!;
			if (t === 0) loop.push('sample', `let ${sum.acc} = 0;`);
			if (sum.fn === 'sum') loop.push('sample', `${sum.acc} += ${s.code};`);
			else loop.push('sample', `${sum.acc} += ${s.code} / ${loop.powerAt(sum.rate!, t).code};`);
		}
	}

	/** Every output, after the periods; then the period loop's carried values, now that all are known. */
	emitOutputs(): void {
		const { cm, layout, loop, outputNames } = this.ctx;
		this.period = null;
		outputNames.forEach((name, j) => {
			const e = this.emit(cm.outputs[name]);
			const k = this.o * outputNames.length + j;
			this.outputs.set(name, k);
			if (e.level === 0) {
				layout.constant.add(k);
				loop.push('run', `O${k}[0] = ${e.code};`);
			} else loop.push('after', `O${k}[i] = ${e.code};`);
		});
		for (const [series, v] of this.prevVars) {
			loop.push('sample', `let ${v} = 0;`);
			loop.push('end', `${v} = ${this.refs[0].get(series)!.code};`);
		}
	}
}

/** Flags and the values an option sets: the same for every run of the option, so they become literals. */
function optionConstants(def: CompiledModel['def'], option: OptionDef): Map<string, number> {
	return new Map(Object.entries({ ...(def.flags ?? {}), ...(option.set ?? {}) }));
}
