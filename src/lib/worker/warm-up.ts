/**
 * What the Monte Carlo worker does after a model's first run, while nothing is asked. The engine compiles
 * a kernel to fast code only once it has run it a few times, and the calls kept between runs
 * (fused-memo.ts) take their reuse path only from a model's second run on: left cold, the first key press
 * on a page paid for both (about 100 ms in the worker for last mile, against 15–20 ms from the third press
 * on; tests/bench/first-press.ts). So the worker runs the model again, one run per task, stopping as soon
 * as a request arrives (a run under way is finished first):
 * 1. on a simulator of its own, at WARM_SAMPLES futures (cheap, so a press made meanwhile hardly waits):
 *    at the values asked, then with each of the first WARM_PARAMS uncertain parameters moved by 1 %, then
 *    the first certain one, and back, so that the kernel takes both its paths; SMALL_ROUNDS times;
 * 2. on the page's simulator, at the futures asked: with the first uncertain and the first certain
 *    parameter moved in turn, and back, which leaves the calls it keeps as the page's values need them,
 *    and times the last run, the pace the page judges by. Only where the model's first run took at most FULL_RUN_MS: on a slow phone, or at 100,000
 *    futures, a press would otherwise wait behind a long run, and the page paints such presses at once
 *    anyway (live-report.svelte.ts).
 * No run's numbers depend on the runs before it (fused-memo.test.ts): a warm-up changes nothing a page shows.
 */
import { Simulator } from '$lib/engine/simulator';
import type { ParamValues } from '$lib/engine/types';
import type { UncertaintyRequest, WarmedUp } from './protocol';

export const WARM_PARAMS = 2;
export const WARM_SAMPLES = 1000;
/**
 * How many times the small runs are made. V8 optimises a function only once it has run a number of times.
 * After one round, the first run at the futures asked with a drawn parameter moved was the warm-up's
 * longest step (156 ms in Node for last mile; tests/bench/warm-steps.ts with WARM_FULL=1), which a press
 * made meanwhile waits for, and the press after the warm-up was still cold; after three, 50 to 90 ms.
 * Where a slow first run leaves the runs at the futures asked out, the first press after the warm-up took
 * 178 ms after one round and 65 after three. In Chromium the first press a second after load went from 90
 * to 43 ms (the worker's run from 43 to 21; first-press.ts). The small runs, a few ms each once warm, are
 * tasks a press waits for only one of.
 */
export const SMALL_ROUNDS = 3;
/**
 * The longest first run at the futures asked after which the warm-up still makes its second part. A first
 * run is cold, so the warm runs take less: a press made meanwhile waits less than that, about what a cold
 * first press cost without the warm-up (100–200 ms for last mile on a desktop). A slow phone, or a link's
 * 100,000 futures, takes longer, and makes small runs only.
 */
export const FULL_RUN_MS = 300;

/**
 * Each of the first `count` uncertain parameters moved by 1 % in turn, then the first certain one, then
 * the values themselves. A slider on a certain parameter (9 of Cainiao's 21) takes a path of its own:
 * nothing is drawn again and the kept calls are reused.
 */
export function warmUpValues(simulator: Simulator, values: ParamValues, count = WARM_PARAMS): ParamValues[] {
	const movable = simulator.cm.def.params.filter((p) => values[p.id] !== 0);
	const uncertain = movable.filter((p) => p.uncertain).slice(0, count);
	const certain = movable.filter((p) => !p.uncertain).slice(0, 1);
	const moved = [...uncertain, ...certain].map((p) => ({ ...values, [p.id]: values[p.id] * 1.01 }));
	return [...moved, values];
}

interface Step {
	simulator: Simulator;
	values: ParamValues;
	samples: number;
}

/** The runs of a warm-up, in order (see above): `small` first, then `full` where a full run is quick. */
export function warmUpSteps(
	simulator: Simulator,
	request: UncertaintyRequest
): { small: Step[]; full: Step[] } {
	const { values, settings } = request;
	const own = new Simulator(simulator.cm);
	const few = Math.min(WARM_SAMPLES, settings.samples);
	const round = [values, ...warmUpValues(own, values)];
	return {
		small: Array.from({ length: SMALL_ROUNDS }, () => round)
			.flat()
			.map((v) => ({ simulator: own, values: v, samples: few })),
		full: warmUpValues(simulator, values, 1).map((v) => ({ simulator, values: v, samples: settings.samples }))
	};
}

export interface WarmUpHooks {
	/** True once a newer request has come: nothing more is run, and nothing told. */
	stale: () => boolean;
	/** Hears how long the last run, at the futures asked, took: the pace the page judges by. */
	done: (w: WarmedUp) => void;
	/** Runs a step in a task of its own. */
	later?: (fn: () => void) => void;
	/** The clock, in ms. */
	now?: () => number;
	/** How long the model's first run at the futures asked took, in ms. */
	firstRunMs: number;
}

/** Runs the warm-up, one run per task, until it ends or a newer request comes. */
export function warmUp(simulator: Simulator, request: UncertaintyRequest, hooks: WarmUpHooks): void {
	const { stale, done, later = (fn) => setTimeout(fn, 0), now = () => performance.now() } = hooks;
	const { best, runnerUp, settings } = request;
	const { small, full } = warmUpSteps(simulator, request);
	const steps = hooks.firstRunMs <= FULL_RUN_MS ? [...small, ...full] : small;
	const step = () => {
		const s = steps.shift();
		if (!s || stale()) return;
		const start = now();
		try {
			s.simulator.run(s.values, { best, runnerUp }, { ...settings, samples: s.samples });
		} catch {
			// Only a head start: a run that fails (a value moved past what the model allows, say) ends it,
			// unseen, rather than stopping the worker the page relies on.
			return;
		}
		const ms = now() - start;
		if (steps.length) later(step);
		else if (s.samples === settings.samples && !stale()) done({ warmed: true, ms, samples: s.samples });
	};
	later(step);
}
