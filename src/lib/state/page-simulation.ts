/**
 * A key press's Monte Carlo on the page's own thread, when it takes a few milliseconds here (PAGE_MS).
 * Run in the press's own task with the quick answer and the sweeps, it is painted in the frame that
 * follows the press. The worker's answer comes after that frame, which the page's thread spends on the
 * moved slider, and its render takes another (tests/bench/press-timeline.ts shows both). A slower
 * simulation stays with the worker, so that the page never waits long for it.
 *
 * The first run at a count of futures and a seed draws every parameter afresh, several times slower than
 * a key press's, so it is made while the page is idle, after the worker has answered. Only then does a
 * press run here.
 */
import type { Simulator, UncertaintyReport } from '$lib/engine/simulator';
import type { UncertaintyRequest } from '$lib/worker/protocol';

/**
 * The most a simulation may be expected to take here to run in a key press's task. The worker's answer
 * reaches the page about this much later than the worker finishes: after the slider's frame and the
 * message's hop.
 */
export const PAGE_MS = 6;

/** The performance mark a simulation made on the page leaves (besides the one every simulation leaves). */
export const PAGE_MARK = 'scenario-lab:simulation-on-page';

/** What a run here has drawn for: another count or seed draws everything again. */
const drawsKey = (q: UncertaintyRequest) => `${q.settings.samples}:${q.settings.seed}`;

/** Runs `fn` when the page is idle (soon, where the browser cannot say). */
const whenIdle = (fn: () => void): void => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
	else setTimeout(fn, 50);
};

export class PageSimulation {
	private simulator: Simulator | null = null;
	private loading = false;
	/** Milliseconds per future of the last run here that drew only what a key press moved. */
	private pace: number | null = null;
	private drawnFor: string | null = null;
	/** A run here failed (or no simulator loads): the worker does all, as before. */
	private off = false;

	/**
	 * `load` gives the simulator of the page's model, as the worker runs it (same kernel, same numbers),
	 * or null where there is none.
	 */
	constructor(
		private readonly modelId: string,
		private readonly load: () => Promise<Simulator | null>,
		private readonly idle: (fn: () => void) => void = whenIdle,
		private readonly now: () => number = () => performance.now()
	) {}

	/**
	 * Whether `q` should be simulated here, now: its draws are ready, and it is expected within PAGE_MS,
	 * by this thread's last run or else by the worker's pace (ms per future).
	 */
	fits(q: UncertaintyRequest, workerPace: number | null): boolean {
		if (this.off || !this.simulator || !this.ours(q) || this.drawnFor !== drawsKey(q)) return false;
		const pace = this.pace ?? workerPace;
		return pace !== null && pace * q.settings.samples <= PAGE_MS;
	}

	/** Simulates `q` here; null if it failed (the worker is asked instead, and from then on). */
	run(q: UncertaintyRequest): { report: UncertaintyReport; ms: number } | null {
		if (!this.simulator) return null;
		const start = this.now();
		try {
			const report = this.simulator.run(q.values, q, q.settings);
			const ms = this.now() - start;
			this.pace = ms / q.settings.samples;
			return { report, ms };
		} catch {
			this.off = true;
			return null;
		}
	}

	/**
	 * Called after the worker answered `q`, with its pace. Where the worker says `q`'s count would fit and
	 * this thread is not ready for it, readies it while the page is idle: loads the simulator, and makes
	 * the run that draws everything, then a key press's on one parameter moved and back (after the first
	 * run alone, the first press here took twice as long), the last timed. Where this thread was slower than the worker says (a busy
	 * moment), its pace is forgotten, so the next press tries again.
	 */
	prepare(q: UncertaintyRequest, workerPace: number | null): void {
		if (this.off || this.loading || !this.ours(q)) return;
		if (workerPace === null || workerPace * q.settings.samples > PAGE_MS) return;
		if (this.simulator && this.drawnFor === drawsKey(q)) {
			if (this.pace !== null && this.pace * q.settings.samples > PAGE_MS) this.pace = null;
			return;
		}
		this.loading = true;
		this.idle(async () => {
			const simulator = (this.simulator ??= await this.load().catch(() => null));
			if (!simulator) {
				this.off = true;
				this.loading = false;
				return;
			}
			this.idle(() => {
				try {
					const p = simulator.cm.def.params.find((x) => x.uncertain && q.values[x.id] !== 0);
					if (p) simulator.run({ ...q.values, [p.id]: q.values[p.id] * 1.01 }, q, q.settings);
					simulator.run(q.values, q, q.settings);
					this.drawnFor = drawsKey(q);
					this.pace = null;
					this.run(q);
				} catch {
					this.off = true;
				} finally {
					this.loading = false;
				}
			});
		});
	}

	/** Today's model of this page's decision: a frozen revision's requests stay with the worker. */
	private ours(q: UncertaintyRequest): boolean {
		return q.modelId === this.modelId && q.revision === undefined;
	}
}
