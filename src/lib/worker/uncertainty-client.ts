/**
 * Asks the Monte Carlo worker for the latest scenario only: while one request runs, newer ones replace
 * each other in a queue of one, so a fast drag costs one run in flight plus one waiting, never a backlog.
 * Where workers are unavailable (or one fails), the same computation runs on the main thread.
 *
 * A big run (more than 100,000 futures) goes to a pool of workers instead (block-pool.ts, loaded and
 * started only then), which reports its progress; any newer request, big or not, cancels it. A big run
 * never falls back to the main thread: it would hold the page for seconds, and the person is asked to
 * choose fewer futures instead.
 */
import { usesBlocks } from '$lib/engine/blocks-size';
import type { UncertaintyReport } from '$lib/engine/simulator';
import type { BlockPool } from './block-pool';
import type { UncertaintyRequest, WorkerReply } from './protocol';
import { unpack } from './packed-report';
import simulationWorker from 'virtual:simulation-worker';

export interface UncertaintyClientOptions {
	/**
	 * Called with every result and the request it answers, and for a run of the single worker the
	 * milliseconds it took there.
	 */
	onresult: (report: UncertaintyReport, request: UncertaintyRequest, ms?: number) => void;
	onerror: (message: string) => void;
	/**
	 * The main-thread computation, used when no worker can be started. A page that keeps the engine's
	 * simulation out of its first load (a room's phone page) returns a promise: it loads it only then.
	 */
	fallback: (request: UncertaintyRequest) => UncertaintyReport | Promise<UncertaintyReport>;
	/** The worker's milliseconds per future in a warm run it made unasked, after a model's first run. */
	onpace?: (msPerFuture: number, samples: number) => void;
	/** Futures simulated so far of a big run, after each block; null once it is done or replaced. */
	onprogress?: (progress: { done: number; total: number } | null) => void;
}

const BIG_RUN_NEEDS_WORKERS =
	'This browser cannot start the workers that simulate more than 100,000 futures; choose 100,000 or fewer.';

/** The name of the performance mark each simulation from the worker leaves, with its time in ms as detail. */
export const SIMULATION_MARK = 'scenario-lab:simulation';

export class UncertaintyClient {
	private worker: Worker | null = null;
	private seq = 0;
	private inFlight = false;
	private queued: UncertaintyRequest | null = null;
	private sent: UncertaintyRequest | null = null;
	private pool: Promise<BlockPool> | null = null;
	/** Numbers big runs; the one that matches is the latest, and a small request after it bumps it. */
	private bigRun = 0;
	private bigBusy = false;
	/** The request last made was a big run: the single worker's answers to older requests are stale. */
	private latestIsBig = false;

	constructor(private readonly options: UncertaintyClientOptions) {
		try {
			// A chunk of the app's bundle (vite-plugin-worker-chunk.ts): the engine it shares with the page
			// comes from the browser's cache.
			this.worker = new Worker(simulationWorker, { type: 'module' });
			this.worker.onmessage = (e: MessageEvent<WorkerReply>) => this.reply(e.data);
			this.worker.onerror = (e) => {
				e.preventDefault();
				this.failOver(
					`The simulation worker stopped (${e.message || 'no reason given'}); running here instead.`
				);
			};
		} catch {
			this.worker = null;
		}
	}

	/** True while a result is being computed or waits to be. */
	get busy(): boolean {
		return this.inFlight || this.queued !== null || this.bigBusy;
	}

	request(r: UncertaintyRequest): void {
		if (usesBlocks(r.settings.samples)) return this.requestBig(r);
		if (this.latestIsBig) this.cancelBig();
		if (!this.worker) {
			const report = this.options.fallback(r);
			if (report instanceof Promise)
				report.then(
					(done) => this.options.onresult(done, r),
					(err: unknown) => this.options.onerror(err instanceof Error ? err.message : String(err))
				);
			else this.options.onresult(report, r);
			return;
		}
		if (this.inFlight) {
			this.queued = r;
			return;
		}
		this.send(r);
	}

	/**
	 * The page answered the latest request itself (state/page-simulation.ts): a request waiting here is not
	 * sent, and a big run under way stops. One already running finishes, and the page ignores its answer.
	 */
	answered(): void {
		if (this.latestIsBig) this.cancelBig();
		this.queued = null;
	}

	destroy(): void {
		this.worker?.terminate();
		this.worker = null;
		this.queued = null;
		this.bigRun++;
		this.pool?.then((p) => p.destroy()).catch(() => {});
		this.pool = null;
	}

	private requestBig(r: UncertaintyRequest): void {
		const id = ++this.bigRun;
		const live = () => id === this.bigRun;
		this.latestIsBig = true;
		// What waits in the single worker's queue is older than this: it is not run.
		this.queued = null;
		const { onprogress = () => {} } = this.options;
		const started = performance.now();
		if (typeof Worker === 'undefined') {
			// Run here it would hold the page for seconds: the person is told, and can choose fewer.
			this.options.onerror(BIG_RUN_NEEDS_WORKERS);
			return;
		}
		this.bigBusy = true;
		onprogress({ done: 0, total: r.settings.samples });
		this.pool ??= import('./block-pool').then((m) => new m.BlockPool());
		this.pool
			.then((pool) => pool.simulate(r, (done, total) => live() && onprogress({ done, total })))
			.then(
				(report) => {
					if (!live() || !report) return;
					this.bigBusy = false;
					onprogress(null);
					performance.mark(SIMULATION_MARK, { detail: performance.now() - started });
					this.options.onresult(report, r);
				},
				(err: unknown) => {
					if (!live()) return;
					this.bigBusy = false;
					onprogress(null);
					const why = err instanceof Error ? err.message : String(err);
					this.options.onerror(
						`The workers simulating ${r.settings.samples.toLocaleString('en')} futures failed (${why}); choose 100,000 or fewer to simulate here.`
					);
				}
			);
	}

	private cancelBig(): void {
		this.bigRun++;
		this.latestIsBig = false;
		this.bigBusy = false;
		this.options.onprogress?.(null);
		this.pool
			?.then((p) => {
				p.cancel();
				p.release();
			})
			.catch(() => {});
	}

	private send(r: UncertaintyRequest) {
		this.inFlight = true;
		this.sent = r;
		this.worker!.postMessage({ seq: ++this.seq, ...r });
	}

	private reply(m: WorkerReply) {
		if ('warmed' in m) return this.options.onpace?.(m.ms / m.samples, m.samples);
		this.inFlight = false;
		const done = this.sent!;
		const next = this.queued;
		this.queued = null;
		if (next) this.send(next);
		if (this.latestIsBig) return;
		if (m.ok) {
			// A user-timing mark: the page bench, and a browser's performance panel, read how long the
			// simulation took in the worker, apart from the page's own work around it.
			performance.mark(SIMULATION_MARK, { detail: m.ms });
			this.options.onresult(unpack(m.report), done, m.ms);
		} else this.options.onerror(m.error);
	}

	private failOver(message: string) {
		this.worker?.terminate();
		this.worker = null;
		this.inFlight = false;
		this.options.onerror(message);
		// The request that was running when the worker died is redone here, unless a newer one replaces it.
		const next = this.queued ?? this.sent;
		this.queued = null;
		if (next) this.request(next);
	}
}
