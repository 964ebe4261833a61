/**
 * Asks the Monte Carlo worker for the latest scenario only: while one request runs, newer ones replace
 * each other in a queue of one, so a fast drag costs one run in flight plus one waiting, never a backlog.
 * Where workers are unavailable (or one fails), the same computation runs on the main thread.
 */
import type { UncertaintyReport } from '$lib/engine/report';
import type { UncertaintyRequest, WorkerReply } from './protocol';

export interface UncertaintyClientOptions {
	/** Called with every result and the request it answers. */
	onresult: (report: UncertaintyReport, request: UncertaintyRequest) => void;
	onerror: (message: string) => void;
	/** The main-thread computation, used when no worker can be started. */
	fallback: (request: UncertaintyRequest) => UncertaintyReport;
}

/** The name of the performance mark each simulation from the worker leaves, with its time in ms as detail. */
export const SIMULATION_MARK = 'scenario-lab:simulation';

export class UncertaintyClient {
	private worker: Worker | null = null;
	private seq = 0;
	private inFlight = false;
	private queued: UncertaintyRequest | null = null;
	private sent: UncertaintyRequest | null = null;

	constructor(private readonly options: UncertaintyClientOptions) {
		try {
			this.worker = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' });
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
		return this.inFlight || this.queued !== null;
	}

	request(r: UncertaintyRequest): void {
		if (!this.worker) {
			this.options.onresult(this.options.fallback(r), r);
			return;
		}
		if (this.inFlight) {
			this.queued = r;
			return;
		}
		this.send(r);
	}

	destroy(): void {
		this.worker?.terminate();
		this.worker = null;
		this.queued = null;
	}

	private send(r: UncertaintyRequest) {
		this.inFlight = true;
		this.sent = r;
		this.worker!.postMessage({ seq: ++this.seq, ...r });
	}

	private reply(m: WorkerReply) {
		this.inFlight = false;
		const done = this.sent!;
		const next = this.queued;
		this.queued = null;
		if (next) this.send(next);
		if (m.ok) {
			// A user-timing mark: the page bench, and a browser's performance panel, read how long the
			// simulation took in the worker, apart from the page's own work around it.
			performance.mark(SIMULATION_MARK, { detail: m.ms });
			this.options.onresult(m.report, done);
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
