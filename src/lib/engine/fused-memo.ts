/**
 * Costly calls (powers, exponentials, logarithms) computed once per sample, kept from one run of a plan
 * to the next. A key press moves one parameter and the draws stay the same (same seed, same count), so
 * most of a sample's calls get the same arguments as at the last press: the kernel keeps, per call site
 * and sample, the last arguments and result in M (owned by the plan, fused-run.ts), and returns that
 * result when every argument is equal. The same function of the same doubles gives the same bits.
 *
 * The check is written into the code: a helper function per call cost more than it saved. A kept value
 * matches only when the first argument is not zero (0 and −0 are equal, and x ^ y differs in sign for
 * an odd y, as sqrt does); NaN equals nothing, so it is computed each time. ±0 for any other argument
 * gives the same result (x ^ ±0 is 1). M starts zeroed, which no call matches.
 *
 * Every site's slots hold arguments and the result of its call on them, so a site may also take its
 * result from another site of the same call: on a miss it first checks the SIBLINGS sites written just
 * before it with the same other arguments (the same exponent, say). Two options often reach the same base
 * in the same sample (an option's share that has ramped up to 1, as another option's is from the start).
 *
 * With M too short for a row of slots per sample (fused-run.ts, keptSamples) the samples past its rows
 * share its last one: they check the same slots, almost never match, and the results are the same.
 */
import { SIMPLE } from './fused-tokens';

/** Sites of the same call checked on a miss: the last ones written, most recent first. */
const SIBLINGS = 2;

export class MemoWriter {
	/** Doubles each sample keeps: per site, its compared arguments and its result. */
	width = 0;
	/** Each site's code by its call, so that the same call shares one slot (and one name once hoisted). */
	private readonly sites = new Map<string, string>();
	private readonly temps: string[] = [];
	/** Slot offsets of the sites of each call, by its text with the first argument left out. */
	private readonly shapes = new Map<string, number[]>();

	/**
	 * `call` on `keyed` arguments, from M when they equal the last ones at this site and sample. An
	 * argument that is more than a name or literal is computed once into a local of its own.
	 */
	call(keyed: string[], call: (args: string[]) => string): string {
		const key = call(keyed);
		const found = this.sites.get(key);
		if (found) return found;
		const o = this.width;
		this.width += keyed.length + 1;
		const slot = (k: number) => `M[mq + ${o + k}]`;
		const assigns: string[] = [];
		const args = keyed.map((a) => {
			if (SIMPLE.test(a)) return a;
			const t = `mt${this.temps.length}`;
			this.temps.push(t);
			assigns.push(`${t} = ${a}`);
			return t;
		});
		const same = (at: number) =>
			`${args.map((a, k) => `M[mq + ${at + k}] === ${a}`).join(' && ')} && ${args[0]} !== 0`;
		const store = args.map((a, k) => `${slot(k)} = ${a}`).join(', ');
		const r = slot(args.length);
		const shape = call(['#', ...keyed.slice(1)]);
		const sites = this.shapes.get(shape) ?? [];
		this.shapes.set(shape, [...sites, o]);
		const computed = sites
			.slice(Math.max(0, sites.length - SIBLINGS))
			.reduce((inner, at) => `${same(at)} ? M[mq + ${at + args.length}] : ${inner}`, call(args));
		const check = `${same(o)} ? ${r} : (${store}, ${r} = ${computed})`;
		const code = `(${[...assigns, check].join(', ')})`;
		this.sites.set(key, code);
		return code;
	}

	/** Before the sample loop: a row's width, the rows of their own (fused-run.ts, keptSamples), and the locals. */
	preamble(): string[] {
		if (this.width === 0) return [];
		return [this.stride(this.width), ...this.temps.map((t) => `let ${t} = 0;`)];
	}

	private stride(w: number): string {
		// M holds a row for each of the first mk samples and one row that every later sample shares.
		return w === 0 ? 'const mw = 0, mk = 0;' : `const mw = ${w}, mk = ((M.length / ${w}) | 0) - 1;`;
	}

	/**
	 * The kernel's lines with the slots that are still read numbered anew from 0, once the statements
	 * nothing reads are gone (fused-prune.ts): a dropped site's slots would otherwise still be kept per
	 * sample, and count against the memory a plan may keep (fused-run.ts, keptSamples). Sets the width to
	 * the slots left. A site's slots stay together and in order; a slot only a sibling's check reads (its
	 * site dropped) is never written, stays zero, and matches nothing, as before.
	 */
	compact(lines: string[]): string[] {
		if (this.width === 0) return lines;
		const SLOT = /M\[mq \+ (\d+)\]/g;
		const used = new Set<number>();
		for (const line of lines) for (const [, k] of line.matchAll(SLOT)) used.add(Number(k));
		const order = [...used].sort((a, b) => a - b);
		const place = new Map(order.map((k, j) => [k, j]));
		const old = this.stride(this.width);
		this.width = order.length;
		// With no slot left the stride line stays (width 0): the sample loop's first line reads it.
		return lines.map((line) =>
			line === old ? this.stride(this.width) : line.replace(SLOT, (_, k) => `M[mq + ${place.get(Number(k))}]`)
		);
	}

	/** First in the sample loop: where this sample's slots start. */
	sampleStart(): string[] {
		return this.width === 0 ? [] : ['const mq = (i < mk ? i : mk) * mw;'];
	}
}
