/**
 * Generates the fused kernel's source: one loop, samples outside and periods inside, so that prev(x) is
 * a local variable, x ^ t a running product, and each part of a formula is computed only as often as it
 * can change (once per run, per period, per sample, or per sample and period).
 *
 * One loop can run several options of a model on the same draws (MonteCarlo runs them all at once): a
 * part of a formula that does not depend on the option, such as revenue, is then computed once per
 * sample for all of them.
 *
 * The code is generated only from fixed tokens (fused-tokens.ts), numeric literals and index-named
 * slots: no name or text from a model or a user ever enters it, and a final check refuses any source
 * with a character outside that vocabulary.
 */
import { dependencies } from './expr';
import { readBackSeries } from './fused-aggregate';
import { LoopWriter } from './fused-loop';
import { OptionWriter, type FusedContext } from './fused-option';
import { SAFE_SOURCE } from './fused-tokens';
import type { CompiledModel } from './compiled-model';
import { UNROLL_LIMIT, unrollByDefault, type FusedPart, type Layout } from './fused-run';
import { checkSelection, type Selection } from './simulate';

/**
 * The series a loop must compute: those it stores and those the outputs read, with every series they read
 * in turn. The others are left out of its code; V8 might drop some of them itself, but not a call it
 * does not inline, and the code a page loads would still carry them.
 */
function neededSeries(cm: CompiledModel, outputNames: readonly string[], stored: string[]): Set<string> {
	const needed = new Set<string>();
	const add = (names: Iterable<string>) => {
		for (const name of names) {
			if (needed.has(name) || !Object.hasOwn(cm.series, name)) continue;
			needed.add(name);
			const r = cm.reads[name];
			add(r.now);
			add(r.prev);
			add(r.names);
		}
	};
	add(stored);
	for (const name of outputNames) {
		const d = dependencies(cm.outputs[name]);
		add(d.now);
		add(d.prev);
		add(d.names);
	}
	return needed;
}

/** The generated source and where its inputs and results go. */
export interface Generated {
	source: string;
	layout: Layout;
}

export { UNROLL_LIMIT };
export type { FusedPart, Layout };

/**
 * Generates the loop for `parts` (options of `cm`), storing the series and computing the outputs that
 * `select` names (all of each when omitted). An output left out costs nothing: its accumulators (an
 * npv, a sum) are never written into the loop.
 *
 * With `unroll` (the default for up to UNROLL_LIMIT periods) the periods are written out one after the
 * other inside the sample loop, with t a literal in each: a condition on t (t == 0, t == periods − 1)
 * is decided while generating, prev(x) is the previous period's value itself, and a period loop, its
 * branches and its bookkeeping disappear. Otherwise periods run in a loop of their own.
 */
export function generateFused(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	select: Selection = {},
	unroll = unrollByDefault(cm)
): Generated {
	const { def } = cm;
	checkSelection(cm, select);
	// In the model's order whatever the selection's order, so that O's layout depends only on the set.
	const outputNames = Object.keys(cm.outputs).filter((name) => !select.outputs || select.outputs.has(name));
	const names = [...def.params.map((p) => p.id), ...Object.keys(def.flags ?? {})];
	const drawn = new Map<string, number>();
	for (const part of parts) for (const id of part.drawn) if (!drawn.has(id)) drawn.set(id, drawn.size);
	const layout: Layout = {
		slots: new Map(names.map((name, k) => [name, k])),
		drawn,
		stored: [],
		outputs: [],
		constant: new Set(),
		memo: 0
	};
	const readBack = readBackSeries(cm, outputNames);
	const ctx: FusedContext = {
		cm,
		loop: new LoopWriter(),
		layout,
		readBack,
		keep: select.series,
		calls: select.calls === true,
		needed: select.series && neededSeries(cm, outputNames, [...select.series, ...readBack]),
		unroll,
		seriesIndex: new Map(cm.order.map((name, k) => [name, k])),
		outputNames,
		storedCount: 0
	};

	const options = parts.map((part, o) => new OptionWriter(ctx, part, o));
	if (unroll) for (let t = 0; t < def.periods.count; t++) for (const w of options) w.seriesAt(t);
	else for (const w of options) w.seriesAt(null);
	for (const w of options) w.emitOutputs();

	const columns = { stored: ctx.storedCount, outputs: parts.length * outputNames.length, drawn: drawn.size };
	const source = ctx.loop.source(columns, unroll);
	layout.memo = ctx.loop.memo.width;
	if (!SAFE_SOURCE.test(source)) throw new Error('Generated kernel contains an unexpected character.');
	return { source, layout };
}
