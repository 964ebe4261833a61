/**
 * What the Monte Carlo worker does after a model's first run, while nothing is asked. The engine compiles
 * a kernel to fast code only once it has run it a few times, and the calls kept between runs
 * (fused-memo.ts) take their reuse path only from a model's second run on: left cold, the first key press
 * on a page paid for both (about 100 ms in the worker for last mile, against 15–20 ms from the third press
 * on; tests/bench/first-press.ts). So the worker runs the model again, one run per task, stopping as soon
 * as a request arrives:
 * 1. on a simulator of its own, at WARM_SAMPLES futures (cheap, so a press made meanwhile hardly waits):
 *    at the values asked, then with each of the first WARM_PARAMS uncertain parameters moved by 1 %, and
 *    back, so that the kernel takes both its paths;
 * 2. on the page's simulator, at the futures asked: with the first of them moved, and back, which leaves
 *    the calls it keeps as the page's values need them, and times the last run, the pace the page judges by.
 * No run's numbers depend on the runs before it (fused-memo.test.ts): a warm-up changes nothing a page shows.
 */
import { Simulator } from '$lib/engine/report';
import type { ParamValues } from '$lib/engine/types';
import type { UncertaintyRequest, WarmedUp } from './protocol';

export const WARM_PARAMS = 2;
export const WARM_SAMPLES = 1000;

/** Each of the first `count` uncertain parameters moved by 1 % in turn, then the values themselves. */
export function warmUpValues(simulator: Simulator, values: ParamValues, count = WARM_PARAMS): ParamValues[] {
	const moved = simulator.cm.def.params
		.filter((p) => p.uncertain && values[p.id] !== 0)
		.slice(0, count)
		.map((p) => ({ ...values, [p.id]: values[p.id] * 1.01 }));
	return [...moved, values];
}

interface Step {
	simulator: Simulator;
	values: ParamValues;
	samples: number;
}

/** The runs of a warm-up, in order (see above). */
export function warmUpSteps(simulator: Simulator, request: UncertaintyRequest): Step[] {
	const { values, settings } = request;
	const own = new Simulator(simulator.cm);
	const small = Math.min(WARM_SAMPLES, settings.samples);
	return [
		...[values, ...warmUpValues(own, values)].map((v) => ({ simulator: own, values: v, samples: small })),
		...warmUpValues(simulator, values, 1).map((v) => ({ simulator, values: v, samples: settings.samples }))
	];
}

/**
 * Runs the warm-up, each run in a task of its own (`later`), until it ends or `stale()` says a newer
 * request came; at its end, `done` hears how long the last run took.
 */
export function warmUp(
	simulator: Simulator,
	request: UncertaintyRequest,
	stale: () => boolean,
	done: (w: WarmedUp) => void,
	later: (fn: () => void) => void = (fn) => setTimeout(fn, 0)
): void {
	const { best, runnerUp, settings } = request;
	const steps = warmUpSteps(simulator, request);
	const step = () => {
		const s = steps.shift();
		if (!s || stale()) return;
		const start = performance.now();
		s.simulator.run(s.values, { best, runnerUp }, { ...settings, samples: s.samples });
		if (steps.length) later(step);
		else done({ warmed: true, ms: performance.now() - start, samples: s.samples });
	};
	later(step);
}
