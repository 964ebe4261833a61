/**
 * A key press's Monte Carlo on the page's own thread, when it takes a few milliseconds here (PAGE_MS).
 * Run in the press's own task with the quick answer and the sweeps, it is painted in the frame that
 * follows the press. The worker's answer comes after that frame, which the page's thread spends on the
 * moved slider, and its render takes another (tests/bench/press-timeline.ts shows both). A slower
 * simulation stays with the worker, so that the page never waits long for it.
 *
 * Nothing runs here until the person moves a slider: a page only read costs nothing more. The first run
 * at a count of futures and a seed draws every parameter afresh, on code not yet warm, ten to twenty times
 * slower than a key press's, so after the worker has answered a press this thread makes it while the
 * page is idle, cut into short steps (Simulator.firstRunSteps), then a press's runs, each step in an idle
 * task of its own: a key press that comes meanwhile waits for one step, not the whole first run. Only then
 * does a press run here.
 */
import type { ParamValues } from '$lib/engine/types';
import type { Simulator, UncertaintyReport } from '$lib/engine/simulator';
import type { UncertaintyRequest } from '$lib/worker/protocol';
import { whenIdle } from './when-idle';

/**
 * The most a simulation may be expected to take here to run in a key press's task. The worker's answer
 * reaches the page about this much later than the worker finishes: after the slider's frame and the
 * message's hop.
 */
export const PAGE_MS = 6;

/**
 * Presses left to the worker, after a run here took longer than PAGE_MS, before one more is tried here:
 * a slow run may be a busy moment's, or code not yet compiled to fast code, but a page slow every time
 * should pay for it once in this many presses, not every other one.
 */
export const RETRY_AFTER = 8;

/** The performance mark a simulation made on the page leaves (besides the one every simulation leaves). */
export const PAGE_MARK = 'scenario-lab:simulation-on-page';

/** The mark this thread leaves once readied, with each readying run's milliseconds as detail. */
export const READY_MARK = 'scenario-lab:simulation-on-page-readied';

/** What a run here has drawn for: another count or seed draws everything again. */
const drawsKey = (q: UncertaintyRequest) => `${q.settings.samples}:${q.settings.seed}`;

export class PageSimulation {
	private simulator: Simulator | null = null;
	private readying = false;
	/** Cancels the idle task waiting, if one is. */
	private cancel: (() => void) | null = null;
	/** Milliseconds per future of the last key press simulated here. */
	private pace: number | null = null;
	/** Presses the worker answered since a run here was too slow (RETRY_AFTER). */
	private leftToWorker = 0;
	private drawnFor: string | null = null;
	/** A run here failed, no simulator loads, or the page is gone: the worker does all, as before. */
	private off = false;

	/**
	 * `load` gives the simulator of the page's model, as the worker runs it (same kernel, same numbers),
	 * or null where there is none.
	 */
	constructor(
		private readonly modelId: string,
		private readonly load: () => Promise<Simulator | null>,
		private readonly idle: (fn: () => void | Promise<void>) => () => void = whenIdle,
		private readonly now: () => number = () => performance.now()
	) {}

	/**
	 * Whether `q` should be simulated here, now: its draws are ready, and it is expected within PAGE_MS,
	 * by the last press simulated here or, before one, by the worker's pace (ms per future).
	 */
	fits(q: UncertaintyRequest, workerPace: number | null): boolean {
		if (this.off || !this.simulator || !this.ours(q) || this.drawnFor !== drawsKey(q)) return false;
		const pace = this.pace ?? workerPace;
		return pace !== null && pace * q.settings.samples <= PAGE_MS;
	}

	/** Simulates `q` here; null if it failed (the worker is asked instead, and from then on). */
	run(q: UncertaintyRequest): { report: UncertaintyReport; ms: number } | null {
		if (!this.simulator || this.off) return null;
		const start = this.now();
		try {
			const report = this.simulator.run(q.values, q, q.settings);
			const ms = this.now() - start;
			this.pace = ms / q.settings.samples;
			this.leftToWorker = 0;
			return { report, ms };
		} catch {
			this.stop();
			return null;
		}
	}

	/**
	 * Called when the worker answered a key press's request `q`, with its pace. Where the worker says
	 * `q`'s count would fit and this thread is not ready for it, readies it while the page is idle:
	 * loads the simulator, makes its first run in steps, then a press's on one parameter moved and back,
	 * each step in an idle task of its own. Where a press here was too slow, counts the presses
	 * the worker takes instead, and tries one here again after RETRY_AFTER of them.
	 */
	prepare(q: UncertaintyRequest, workerPace: number | null): void {
		if (this.off || this.readying || !this.ours(q)) return;
		if (workerPace === null || workerPace * q.settings.samples > PAGE_MS) return;
		if (this.simulator && this.drawnFor === drawsKey(q)) {
			const slow = this.pace !== null && this.pace * q.settings.samples > PAGE_MS;
			if (slow && ++this.leftToWorker >= RETRY_AFTER) {
				this.pace = null;
				this.leftToWorker = 0;
			}
			return;
		}
		this.readying = true;
		this.later(async () => {
			const simulator = (this.simulator ??= await this.load().catch(() => null));
			if (!simulator) return this.stop();
			if (this.off) return;
			const p = simulator.cm.def.params.find((x) => x.uncertain && q.values[x.id] !== 0);
			const press = (values: ParamValues) => () => void simulator.run(values, q, q.settings);
			const steps = [
				...simulator.firstRunSteps(q.values, q, q.settings),
				...(p ? [press({ ...q.values, [p.id]: q.values[p.id] * 1.01 })] : []),
				press(q.values)
			];
			const times: number[] = [];
			const step = () => {
				try {
					const start = this.now();
					steps[times.length]();
					times.push(this.now() - start);
				} catch {
					return this.stop();
				}
				if (times.length < steps.length) return this.later(step);
				this.readying = false;
				this.drawnFor = drawsKey(q);
				// Not a press's pace here yet: code run three times is slower than it will be (a third run
				// took 10 ms here where the worker's, and this thread's a few presses on, took 3–4). The
				// worker's pace says until a press here times its own.
				this.pace = null;
				this.leftToWorker = 0;
				performance.mark(READY_MARK, { detail: times });
			};
			this.later(step);
		});
	}

	/** Stops for good, and lets the memory of its simulation go (the page is left, or a run failed). */
	stop(): void {
		this.off = true;
		this.readying = false;
		this.cancel?.();
		this.cancel = null;
		this.simulator = null;
	}

	/** Runs `fn` in an idle task, unless stopped before. */
	private later(fn: () => void | Promise<void>): void {
		if (this.off) return;
		this.cancel = this.idle(() => {
			this.cancel = null;
			// Returned, for a caller that waits on it (a test's idle queue); a browser's idle callback does not.
			if (!this.off) return fn();
		});
	}

	/** Today's model of this page's decision: a frozen revision's requests stay with the worker. */
	private ours(q: UncertaintyRequest): boolean {
		return q.modelId === this.modelId && q.revision === undefined;
	}
}
