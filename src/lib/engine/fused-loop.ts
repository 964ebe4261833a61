/**
 * The loop the fused kernel is written into, shared by every option in it. The loop has one section per
 * level of change (once per run, per period, per sample, per sample and period), and a value is hoisted
 * into the outermost section where it can change. Hoisting is keyed by level and code, so a part that
 * several formulas or options share is computed once.
 */
import { MemoWriter } from './fused-memo';
import { pruneDead } from './fused-prune';
import { literal, SIMPLE } from './fused-tokens';

/** Which loop a value belongs to: bit 1 = varies by sample, bit 2 = varies by period. */
export type Level = 0 | 1 | 2 | 3;
export const SAMPLE = 1;
export const PERIOD = 2;
export const BOTH = 3;

/** Code for a value, with the loop it belongs to. */
export interface Emitted {
	code: string;
	level: Level;
	/** The value, when it is known while generating (literals, flags, values an option sets). */
	value?: number;
	/** Written out period by period: the value may differ from one period to the next. */
	timed?: boolean;
}

export const known = (value: number): Emitted => ({ code: literal(value), level: 0, value });

/** How many columns of each kind the generated code reads and writes, for its preamble. */
export interface Columns {
	stored: number;
	outputs: number;
	drawn: number;
}

/**
 * The loop's sections, outermost first: once per run, per period (tables of T values), per sample, the
 * period loop's body, the end of each period, the advance of running products, and after the periods.
 */
type Section = 'run' | 'period' | 'sample' | 'body' | 'end' | 'advance' | 'after';

export class LoopWriter {
	private readonly sec: Record<Section, string[]> = {
		run: [],
		period: [],
		sample: [],
		body: [],
		/** End of each period: accumulators and last period's values. */
		end: [],
		/** Then running products move on to the next power. */
		advance: [],
		after: []
	};
	private tmp = 0;
	/** Hoisted values by level and code. */
	private readonly hoisted = new Map<string, string>();
	/** Accumulated aggregates by function, series code and argument, shared between options. */
	readonly accumulators = new Map<string, string>();
	/** Running products x^t in the period loop, by the base's level and code. */
	private readonly powers = new Map<string, string>();
	/** x^t period by period when unrolled, by the base's level and code. */
	private readonly chains = new Map<string, Emitted[]>();
	/** Costly calls once per sample, kept between runs (fused-memo.ts). */
	readonly memo = new MemoWriter();

	/** A new local name. */
	fresh(prefix: string): string {
		return `${prefix}${this.tmp++}`;
	}

	/** Adds statements to the end of one section. */
	push(section: Section, ...lines: string[]): void {
		this.sec[section].push(...lines);
	}

	/** `code` computed once in the section of `level`; returns how to read it there and inside. */
	hoist(level: Level, code: string): string {
		const { sec } = this;
		if (SIMPLE.test(code) || (level === PERIOD && /^\w+\[t\]$/.test(code))) return code;
		const key = `${level}|${code}`;
		const found = this.hoisted.get(key);
		if (found) return found;
		const id = this.fresh('h');
		let ref = id;
		if (level === 0) sec.run.push(`const ${id} = ${code};`);
		else if (level === SAMPLE) sec.sample.push(`const ${id} = ${code};`);
		else if (level === PERIOD) {
			sec.period.push(`const ${id} = new Float64Array(T); for (let t = 0; t < T; t++) ${id}[t] = ${code};`);
			ref = `${id}[t]`;
		} else sec.body.push(`const ${id} = ${code};`);
		this.hoisted.set(key, ref);
		return ref;
	}

	/** A series' value in the period loop under `name`, unless the same code already has a name. */
	nameInBody(code: string, name: string): string {
		const key = `${BOTH}|${code}`;
		let v = this.hoisted.get(key);
		if (!v) {
			v = name;
			this.sec.body.push(`const ${v} = ${code};`);
			this.hoisted.set(key, v);
		}
		return v;
	}

	/** base^t in the period loop, for a base that is the same in every period: a running product. */
	runningPower(base: Emitted): Emitted {
		const key = `${base.level}|${base.code}`;
		const found = this.powers.get(key);
		if (found) return { code: found, level: base.level === 0 ? PERIOD : BOTH };
		let ref: string;
		if (base.level === 0) {
			const id = this.fresh('r');
			const b = this.hoist(0, base.code);
			this.sec.period.push(
				`const ${id} = new Float64Array(T); for (let t = 0; t < T; t++) ${id}[t] = t === 0 ? 1 : ${id}[t - 1] * ${b};`
			);
			ref = `${id}[t]`;
		} else {
			ref = this.fresh('r');
			const b = this.hoist(SAMPLE, base.code);
			this.sec.sample.push(`let ${ref} = 1;`);
			// After period t the product is b^(t + 1): the same multiplications, in the same order, as before.
			this.sec.advance.push(`${ref} *= ${b};`);
		}
		this.powers.set(key, ref);
		return { code: ref, level: base.level === 0 ? PERIOD : BOTH };
	}

	/** base^t at the literal period t when unrolled: the running product's t-th step, each step named once. */
	powerAt(base: Emitted, t: number): Emitted {
		const key = `${base.level}|${base.code}`;
		let chain = this.chains.get(key);
		if (!chain) {
			chain = [known(1)];
			this.chains.set(key, chain);
		}
		const b =
			base.value !== undefined ? base : { code: this.hoist(base.level, base.code), level: base.level };
		while (chain.length <= t) {
			const last = chain[chain.length - 1];
			// 1 · b is b, as the loop's first multiplication gives.
			if (chain.length === 1) chain.push(b);
			else if (last.value !== undefined && b.value !== undefined) chain.push(known(last.value * b.value));
			else chain.push({ code: this.hoist(b.level, `(${last.code} * ${b.code})`), level: b.level });
		}
		return { ...chain[t], timed: true };
	}

	/**
	 * The whole function body: columns unpacked from S, O and D, then the sections in loop order. When
	 * unrolled, the periods were written into the sample section and there is no period loop.
	 */
	source(columns: Columns, unroll: boolean): string {
		const { sec } = this;
		const periodLoop = unroll
			? []
			: [
					'for (let t = 0; t < T; t++) {',
					...(columns.stored ? ['const ti = t * n + i;'] : []),
					...sec.body,
					...sec.end,
					...sec.advance,
					'}'
				];
		const lines = pruneDead([
			'"use strict";',
			...Array.from({ length: columns.stored }, (_, k) => `const S${k} = S[${k}];`),
			...Array.from({ length: columns.outputs }, (_, k) => `const O${k} = O[${k}];`),
			...Array.from({ length: columns.drawn }, (_, d) => `const D${d} = D[${d}];`),
			...sec.run,
			...sec.period,
			...this.memo.preamble(),
			'for (let i = i0; i < i1; i++) {',
			...this.memo.sampleStart(),
			...sec.sample,
			...periodLoop,
			...sec.after,
			'}'
		]);
		return this.memo.compact(lines).join('\n');
	}
}
