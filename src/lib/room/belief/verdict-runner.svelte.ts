/**
 * The room pages' simulations: the built model loaded once, for the verdicts (one model run per option, on
 * this thread), and the Monte Carlo runs sent to the simulation worker one after another. The worker's
 * client keeps only the latest waiting request, which is right for a slider and wrong for a list: here every
 * request asked for is run, once.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import { Simulator, type UncertaintyReport } from '$lib/engine/simulator';
import { requestKey, type UncertaintyRequest } from '$lib/worker/protocol';
import { UncertaintyClient } from '$lib/worker/uncertainty-client';

export class VerdictRunner {
	cm = $state.raw<CompiledModel | null>(null);
	reports = $state.raw<Record<string, UncertaintyReport>>({});
	error = $state('');
	private client: UncertaintyClient | null = null;
	private waiting: UncertaintyRequest[] = [];
	/** Keys of the requests asked for: bookkeeping, never shown, so not reactive. */
	private asked: Record<string, true> = {};
	private busy = false;

	constructor(
		private readonly modelId: string,
		private readonly title: string
	) {}

	/** Loads the model and starts the worker; returns what stops it. Call from onMount. */
	start(): () => void {
		let simulator: Simulator | null = null;
		const c = new UncertaintyClient({
			onresult: (r, q) => {
				this.reports = { ...this.reports, [requestKey(q)]: r };
				this.next();
			},
			onerror: (message) => {
				this.error = message;
				this.next();
			},
			fallback: (q) => {
				simulator ??= new Simulator(this.cm!);
				return simulator.run(q.values, q, q.settings);
			}
		});
		this.client = c;
		import('$lib/decisions/built')
			.then((m) => m.loadBuilt(this.modelId))
			.then((got) => {
				if (got) this.cm = got;
				else
					this.error = `The model of ${this.title} could not be loaded, so the room’s verdict cannot be run.`;
			})
			.catch((e: unknown) => {
				this.error = `The model could not be loaded (${e instanceof Error ? e.message : String(e)}); reload the page.`;
			});
		return () => {
			c.destroy();
			this.client = null;
		};
	}

	/**
	 * Runs each request not asked for before, in order. With `latest`, the list is all that is wanted now
	 * (rows that move, like the groups' report-back): requests still waiting that it no longer holds are
	 * dropped, so a row's older values are not run after it moved on.
	 */
	ask(requests: readonly UncertaintyRequest[], latest = false): void {
		if (latest) {
			const wanted = requests.map(requestKey);
			this.waiting = this.waiting.filter((r) => {
				const key = requestKey(r);
				if (wanted.includes(key)) return true;
				delete this.asked[key];
				return false;
			});
		}
		for (const r of requests) {
			const key = requestKey(r);
			if (this.asked[key]) continue;
			this.asked[key] = true;
			this.waiting.push(r);
		}
		if (!this.busy) this.next();
	}

	report(r: UncertaintyRequest): UncertaintyReport | null {
		return this.reports[requestKey(r)] ?? null;
	}

	private next(): void {
		const r = this.client ? this.waiting.shift() : undefined;
		this.busy = r !== undefined;
		if (r) this.client!.request(r);
	}
}
