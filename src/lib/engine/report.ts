/**
 * Everything a decision page shows for one scenario, computed in one place from the model and the
 * values: the deterministic answer, the Monte Carlo spread, the tornado and the break-even values.
 * Components receive this finished report and only draw it.
 */
import {
	breakdown,
	evaluator,
	overtake,
	overtakeOf,
	verdict,
	type BreakEven,
	type BreakdownRow,
	type Evaluate,
	type OptionResult,
	type TornadoBar,
	type Verdict
} from './analysis';
import { leadSweeper, sweepBreakEven, sweeper, sweepTornado, type Sweep } from './sweep';
import { withDefaults, type CompiledModel } from './compiled-model';
import { Profiler, type Optimum, type Profile } from './profile';
import { Simulator, type UncertaintyReport, type UncertaintySettings } from './simulator';
import type { ModelDef, ParamValues } from './types';

// The simulation's part lives in simulator.ts (the worker loads it alone); named here too, as before.
export { reportSimulation, Simulator, type UncertaintyReport, type UncertaintySettings } from './simulator';

export interface FullReport {
	values: ParamValues;
	results: Record<string, OptionResult>;
	verdict: Verdict;
	/** The deciding output of each option in the parts the model declares. */
	breakdown: BreakdownRow[];
	/**
	 * The year from which the best option stays ahead of the runner-up on the deterministic path at the
	 * central values. Not what the chart draws (medians): say chartOvertake's year on the page.
	 */
	overtake: { period: number; year: number } | null;
	/** The model's declared profile (an output against a parameter), when it has one. */
	profile: Profile | null;
	/** Where the option whose choice the profile's parameter is does best (profile.optimum), when declared. */
	optimum: Optimum | null;
	uncertainty: UncertaintyReport | null;
	tornado: TornadoBar[];
	/** The verdict the tornado was swept for: its bars start at this margin (see TornadoOf). */
	tornadoOf: TornadoOf;
	breakEvens: BreakEven[];
}

/**
 * The verdict a tornado was swept for. A page shows a new quick answer before that answer's sweeps: a
 * tornado drawn from the quick answer's margin with the last sweeps' bars would be drawn twice per key
 * press, and in between would put old bars on a new base.
 */
export type TornadoOf = Pick<Verdict, 'best' | 'runnerUp' | 'margin'>;

/**
 * A report as a page holds it. The sweeps (tornado, break-evens, the declared profile and optimum) cost a few hundred
 * model runs, so they are null until the page computes them in the browser: the server's work for a page
 * stays small whatever the link asks for. A FullReport is a Report too.
 */
export interface Report extends Omit<FullReport, 'tornado' | 'tornadoOf' | 'breakEvens'> {
	tornado: TornadoBar[] | null;
	tornadoOf: TornadoOf | null;
	breakEvens: BreakEven[] | null;
}

/** What the sweeps add to a quick answer: the parts of a FullReport that cost a few hundred model runs. */
export type Sweeps = Pick<FullReport, 'profile' | 'optimum' | 'tornado' | 'tornadoOf' | 'breakEvens'>;

/** Holds what is expensive to build (plans, draws) across reports for the same model and settings. */
export class Reporter {
	readonly cm: CompiledModel;
	private readonly evaluate: Evaluate;
	private readonly pairSweep: (a: string, b: string) => Sweep;
	private readonly leads: ReturnType<typeof leadSweeper>;
	private readonly profiler: Profiler;
	private readonly simulator: Simulator;

	constructor(cm: CompiledModel) {
		this.cm = cm;
		this.simulator = new Simulator(cm);
		this.evaluate = evaluator(cm);
		this.pairSweep = sweeper(cm);
		this.leads = leadSweeper(cm);
		this.profiler = new Profiler(cm);
	}

	/** The last flip computed, kept so that one prepared ahead of a render is not computed again in it. */
	private lastFlip: { paramId: string; at: number[]; profile: Profile } | null = null;

	/** Every option's deciding output across one parameter's range: what would flip the verdict. */
	flip(paramId: string, values: ParamValues): Profile {
		const whole = withDefaults(this.cm.def, values);
		const at = this.cm.def.params.map((p) => whole[p.id]);
		const last = this.lastFlip;
		if (last?.paramId === paramId && last.at.every((x, k) => Object.is(x, at[k]))) return last.profile;
		const profile = this.profiler.profile(paramId, this.cm.def.decide.by, whole);
		this.lastFlip = { paramId, at, profile };
		return profile;
	}

	/**
	 * The answer at these values without sweeps or simulation: one model run per option, the bounded work
	 * a server does for any link.
	 */
	quick(given: ParamValues): Report {
		const { cm } = this;
		const values = withDefaults(cm.def, given);
		const results = this.evaluate(values);
		const v = verdict(cm, results);
		return {
			values,
			results,
			verdict: v,
			breakdown: breakdown(cm, results),
			overtake: overtake(cm, results, v.best, v.runnerUp),
			profile: null,
			optimum: null,
			uncertainty: null,
			tornado: null,
			tornadoOf: null,
			breakEvens: null
		};
	}

	report(given: ParamValues, settings: UncertaintySettings | null): FullReport {
		return this.complete(this.quick(given), settings);
	}

	/**
	 * A quick answer completed with its sweeps (and its simulation, given settings). Apart from report() so
	 * that a page can hand the quick answer to the worker first and run the sweeps while the worker runs.
	 */
	complete(quick: Report, settings: UncertaintySettings | null): FullReport {
		const { values, verdict: v, ...rest } = quick;
		const s = this.sweeps(quick);
		return {
			...rest,
			values,
			verdict: v,
			profile: s.profile,
			optimum: s.optimum,
			uncertainty: settings ? this.uncertainty(values, v, settings) : null,
			tornado: s.tornado,
			tornadoOf: s.tornadoOf,
			breakEvens: s.breakEvens
		};
	}

	/**
	 * The sweeps of a quick answer alone (a few hundred model runs): apart from complete() so that a page
	 * can paint the quick answer first and add these when its simulation arrives, in one render.
	 */
	sweeps(quick: Report): Sweeps {
		const { cm } = this;
		const { values, verdict: v } = quick;
		const sweep = this.pairSweep(v.best, v.runnerUp);
		return {
			profile: cm.def.profile
				? this.profiler.profile(cm.def.profile.param, cm.def.profile.output, values, cm.def.profile.scale)
				: null,
			optimum: this.profiler.optimum(values),
			tornado: sweepTornado(cm, sweep, values),
			tornadoOf: { best: v.best, runnerUp: v.runnerUp, margin: v.margin },
			// The verdict changes where the best option stops leading all the others, not only the runner-up.
			breakEvens: cm.def.params.map((p) =>
				sweepBreakEven(cm, p.id, this.leads.lead(v.best), values, this.leads.bestAt)
			)
		};
	}

	/**
	 * The Monte Carlo part of a report on its own, so it can run in a Web Worker while the page shows the
	 * deterministic part at once. `v` names the verdict's best and runner-up at these values.
	 */
	uncertainty(
		values: ParamValues,
		v: Pick<Verdict, 'best' | 'runnerUp'>,
		settings: UncertaintySettings
	): UncertaintyReport {
		return this.simulator.run(values, v, settings);
	}
}

/**
 * The year from which option a's line on the value-over-time chart stays ahead of b's: the chart draws
 * each option's Monte Carlo median per year, so this reads the same medians. Null when a's median is not
 * ahead at the last year.
 */
export function chartOvertake(def: ModelDef, u: UncertaintyReport, a: string, b: string) {
	const median = (id: string) => u.options[id].path.map((s) => s.p50);
	return overtakeOf(median(a), median(b), def.decide.higherIsBetter, def.periods.start);
}
