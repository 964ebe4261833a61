/**
 * Monte Carlo over every uncertain parameter at once. All options see the same draws (common random
 * numbers), so the difference between two options is measured sample by sample, not as the gap between
 * two noisy means. Draws are recomputed only for a parameter whose value moved, from the same uniforms,
 * which keeps a slider drag cheap.
 *
 * Every option runs in one plan (simulate.ts's buildModelPlan), which computes the outputs asked for
 * (all by default) and stores, of the series, only those asked for (by default the one the page charts,
 * `chart.series`); the others are never written out.
 *
 * A MonteCarlo that is replaced (a new seed or sample count) should be disposed: its columns then go to
 * column-pool.ts, and the next MonteCarlo draws and runs in memory already touched instead of new.
 */
import { giveBack, takeColumn } from './column-pool';
import { drawInto, fitDistribution } from './distributions';
import type { CompiledModel } from './compiled-model';
import { tableDistribution, type Beliefs } from './quantile-table';
import { streamOf, uniformsInto } from './random';
import { buildModelPlan, checkSelection, type ModelPlan, type RunResult, type Selection } from './simulate';
import type { ParamDef, ParamValues } from './types';

export interface McSettings {
	samples: number;
	seed: number;
	/**
	 * The outputs to compute, all when omitted. A page that reads one output (the deciding one) saves the
	 * work of the others: an output's npv or sum is accumulated over every period of every sample.
	 */
	outputs?: readonly string[];
	/** The series to store per period and sample; the chart series when omitted. */
	series?: readonly string[];
}

export class MonteCarlo {
	private readonly cm: CompiledModel;
	private readonly settings: McSettings;
	private readonly uncertain: Set<string>;
	private readonly select: Selection;
	private plan: ModelPlan | null = null;
	/** A parameter's draws and what they were drawn for: its value, or a room's belief (its table's text). */
	private readonly draws = new Map<string, { value: number; belief: string | null; data: Float64Array }>();
	private readonly current = new Map<string, Float64Array>();
	private disposed = false;

	constructor(cm: CompiledModel, settings: McSettings) {
		this.cm = cm;
		this.settings = settings;
		const { uncertain, select } = MonteCarlo.kernelRequest(cm, settings);
		this.uncertain = uncertain;
		this.select = select;
		checkSelection(cm, select);
	}

	/**
	 * What a MonteCarlo with these settings asks of the kernel: the parameters drawn and the selection. The
	 * build asks the same (prebuild.ts) for the kernels it writes into the app.
	 */
	static kernelRequest(
		cm: CompiledModel,
		settings: Pick<McSettings, 'outputs' | 'series'>
	): { uncertain: Set<string>; select: Selection } {
		return {
			uncertain: new Set(cm.def.params.filter((p) => p.uncertain).map((p) => p.id)),
			select: {
				series: new Set(settings.series ?? [cm.def.chart.series]),
				outputs: settings.outputs && new Set(settings.outputs),
				// Run after run on the same uniforms: the kernel keeps each sample's costly calls.
				calls: true
			}
		};
	}

	get samples(): number {
		return this.settings.samples;
	}

	/**
	 * Runs every option with the given values; each result is valid until the next call. A result's
	 * `series` and `outputs` hold those named in the settings (see McSettings); where generated code is
	 * refused, the closure plans behind it hold every series and output.
	 *
	 * `beliefs` replaces the distribution of the parameters it names with a room's pooled belief
	 * (quantile-table.ts), drawn from the same uniforms as the sourced distribution and not moved by the
	 * parameter's value, which the deterministic part of a report still uses.
	 */
	run(values: ParamValues, beliefs?: Beliefs): Record<string, RunResult> {
		if (this.disposed) throw new Error('This MonteCarlo was disposed.');
		const draws = this.drawAll(values, beliefs);
		// Run after run on the same uniforms: the plan keeps each sample's costly calls (fused-memo.ts).
		this.plan ??= buildModelPlan(this.cm, this.settings.samples, this.uncertain, this.select, true);
		return { ...this.plan.run(values, draws) };
	}

	/** Lets the memory of the calls kept between runs go (a page moved to another model); results unchanged. */
	forget(): void {
		this.plan?.forget();
	}

	/**
	 * Gives this MonteCarlo's draws and result columns to the column pool for the next MonteCarlo to
	 * reuse. Results it returned must not be read afterwards (their columns will be overwritten), and
	 * run() throws. Calling it again does nothing.
	 */
	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		this.plan?.dispose();
		this.plan = null;
		giveBack([...this.draws.values()].map((d) => d.data));
		this.draws.clear();
		this.current.clear();
	}

	/**
	 * The draws run() would make first for `values`, one step a parameter, so that a page's thread can make
	 * them in short idle tasks; the run then draws nothing more for these values.
	 */
	drawSteps(values: ParamValues): (() => void)[] {
		if (this.disposed) throw new Error('This MonteCarlo was disposed.');
		return this.cm.def.params.flatMap((p, index) =>
			p.uncertain ? [() => this.draw(p, index, values, {})] : []
		);
	}

	private drawAll(values: ParamValues, beliefs: Beliefs = {}): ReadonlyMap<string, Float64Array> {
		for (const id of Object.keys(beliefs)) {
			if (!this.uncertain.has(id)) {
				throw new Error(`Model '${this.cm.def.id}' has no uncertain parameter '${id}' for a room’s belief.`);
			}
		}
		this.cm.def.params.forEach((p, index) => {
			if (p.uncertain) this.draw(p, index, values, beliefs);
		});
		return this.current;
	}

	/** Draws parameter `p` (the model's `index`th) for `values`, unless its draws are already those. */
	private draw(p: ParamDef, index: number, values: ParamValues, beliefs: Beliefs): void {
		const { seed, samples } = this.settings;
		const value = Object.hasOwn(values, p.id) ? values[p.id] : p.default;
		const table = Object.hasOwn(beliefs, p.id) ? beliefs[p.id] : null;
		const belief = table && table.join(',');
		const cached = this.draws.get(p.id);
		if (cached && cached.belief === belief && (belief !== null || cached.value === value)) return;
		// Fitted first: a value or table it refuses must leave the cached draws as they were.
		const fitted = table ? tableDistribution(table) : fitDistribution(p.uncertain!, value, p.default);
		// The uniforms are made again rather than kept: a stream costs about as much as copying it.
		// The stream is the parameter's id, so no change to the other parameters moves its draws; revisions
		// frozen before that drew by position, and still do, to reproduce their links.
		const stream = this.cm.def.streams === 'by-position' ? index : streamOf(p.id);
		const data = uniformsInto(seed, stream, cached?.data ?? takeColumn(samples));
		drawInto(fitted, data, data, p.min, p.max);
		this.draws.set(p.id, { value, belief, data });
		this.current.set(p.id, data);
	}
}
