/**
 * The Monte Carlo part of a report, apart from report.ts so that the worker, and a room's pages that only
 * simulate, load none of the sweeps (tornado, break-evens, profiles) that a decision page adds to it.
 */
import type { Verdict } from './analysis';
import { usesBlocks } from './blocks-size';
import type { CompiledModel } from './compiled-model';
import { histogram, type Histogram } from './histogram';
import { MonteCarlo, type McSettings } from './montecarlo';
import type { Beliefs } from './quantile-table';
import { difference, probabilityAhead, summarize, summarizeSeries, type Summary } from './stats';
import type { ModelDef, ParamValues } from './types';

export interface UncertaintySettings {
	samples: number;
	seed: number;
	/** A room's pooled beliefs in place of the sourced distributions of the parameters they name. */
	beliefs?: Beliefs;
}

export interface UncertaintyReport {
	samples: number;
	seed: number;
	/** The pair compared, fixed when this was computed (the verdict may have moved on since). */
	best: string;
	runnerUp: string;
	/** Per option: the chart series summarised per period, and the deciding output. */
	options: Record<string, { path: Summary[]; outcome: Summary }>;
	/** Best minus runner-up on the deciding output, sample by sample (sign: positive favours best). */
	difference: Summary;
	/** The same difference binned, for its distribution chart. */
	histogram: Histogram;
	/** Probability that the best option at these values stays ahead of the runner-up. */
	ahead: { p: number; se: number };
}

/**
 * What the report's simulation computes: the deciding output alone (the others would cost as much again)
 * and the chart series. The kernel for it is built with the app (prebuild.ts).
 */
export const reportSimulation = (def: ModelDef): Pick<McSettings, 'outputs' | 'series'> => ({
	outputs: [def.decide.by]
});

/**
 * The report's Monte Carlo alone, which is all the worker computes: apart from Reporter so that the
 * worker carries none of the sweeps, and needs of the model only what a simulation reads.
 */
export class Simulator {
	private mc: MonteCarlo | null = null;
	private mcKey = '';

	constructor(readonly cm: CompiledModel) {}

	/** Lets the memory its simulation keeps between runs go, until its next run (MonteCarlo.forget). */
	forget(): void {
		this.mc?.forget();
	}

	/** The MonteCarlo of these settings: another count of futures or seed draws everything anew. */
	monteCarlo(settings: UncertaintySettings): MonteCarlo {
		const key = `${settings.samples}:${settings.seed}`;
		if (!this.mc || this.mcKey !== key) {
			// Nothing of the old one's results is kept (the report holds summaries), so its columns can go.
			this.mc?.dispose();
			this.mc = new MonteCarlo(this.cm, { ...settings, ...reportSimulation(this.cm.def) });
			this.mcKey = key;
		}
		return this.mc;
	}

	/**
	 * A first run at a count of futures and a seed, cut into steps for a page's thread to take in idle
	 * tasks of its own, none long enough to hold up a key press (state/page-simulation.ts): a run of a few
	 * futures first, which makes the kernel's code warm, then the draws, a parameter a step, then the run
	 * itself, which keeps each future's costly calls. After them a run at these settings is a key press's.
	 * Numbers are unchanged: the warming run is another simulator's, and the draws are those run() makes.
	 */
	firstRunSteps(
		values: ParamValues,
		v: Pick<Verdict, 'best' | 'runnerUp'>,
		settings: UncertaintySettings
	): (() => void)[] {
		const few = { ...settings, samples: Math.min(WARMING_FUTURES, settings.samples) };
		return [
			...(few.samples < settings.samples ? [() => void new Simulator(this.cm).run(values, v, few)] : []),
			...this.monteCarlo(settings).drawSteps(values),
			() => void this.run(values, v, settings)
		];
	}

	run(
		values: ParamValues,
		v: Pick<Verdict, 'best' | 'runnerUp'>,
		settings: UncertaintySettings
	): UncertaintyReport {
		// Above 100,000 samples a run goes in blocks, on a pool of workers (blocks.ts): run here, it would
		// give other numbers for the same seed, and hold the thread for seconds.
		if (usesBlocks(settings.samples))
			throw new RangeError(
				`${settings.samples.toLocaleString('en')} futures run only on a pool of workers; choose 100,000 or fewer here.`
			);
		const { def } = this.cm;
		const n = settings.samples;
		const runs = this.monteCarlo(settings).run(values, settings.beliefs);
		const options: UncertaintyReport['options'] = {};
		for (const o of def.options) {
			const r = runs[o.id];
			options[o.id] = {
				path: summarizeSeries(r.series[def.chart.series], r.periods, n),
				outcome: summarize(expand(r.outputs[def.decide.by].data, r.outputs[def.decide.by].width, n))
			};
		}
		const diff = difference(runs[v.best].outputs[def.decide.by], runs[v.runnerUp].outputs[def.decide.by], n);
		if (!def.decide.higherIsBetter) for (let i = 0; i < n; i++) diff[i] = -diff[i];
		return {
			samples: n,
			seed: settings.seed,
			best: v.best,
			runnerUp: v.runnerUp,
			options,
			difference: summarize(diff),
			histogram: histogram(diff),
			ahead: probabilityAhead(diff, true)
		};
	}
}

/** Futures in the run that warms a kernel's code: few, as compiling it is most of that run's time. */
export const WARMING_FUTURES = 50;

const expand = (data: Float64Array, width: number, n: number) =>
	width === n ? data : new Float64Array(n).fill(data[0]);
