/**
 * A scenario's report as it stands: the deterministic answer is computed at once on every change, and the
 * Monte Carlo part runs in a worker and arrives a moment later. Until then the last simulation stays on
 * the page, marked as not settled. The decision page and presenter mode share it.
 */
import { untrack } from 'svelte';
import type { Report, Reporter, UncertaintyReport } from '$lib/engine/report';
import { requestKey, type UncertaintyRequest } from '$lib/worker/protocol';
import { UncertaintyClient } from '$lib/worker/uncertainty-client';
import type { Scenario } from './url';

export class LiveReport {
	/** The deterministic answer at the scenario's values, without the simulation. */
	readonly answer: Report;
	readonly wanted: UncertaintyRequest;
	simulated: { key: string; report: UncertaintyReport };
	error = $state<string | null>(null);
	/** True when the simulation on the page is the one of the current values and settings. */
	readonly settled: boolean;
	readonly report: Report;

	constructor(
		private readonly reporter: Reporter,
		scenario: () => Scenario
	) {
		this.answer = $derived(reporter.report({ ...scenario().values }, null));
		this.wanted = $derived({
			modelId: reporter.cm.def.id,
			values: this.answer.values,
			best: this.answer.verdict.best,
			runnerUp: this.answer.verdict.runnerUp,
			settings: { samples: scenario().samples, seed: scenario().seed }
		});
		// The first simulation runs in place, on the server and again when the page hydrates, so the page
		// a link opens is complete and identical in both.
		const first = untrack(() => this.wanted);
		// Raw: a simulation is replaced whole, never changed in place, so its arrays need no deep proxy.
		this.simulated = $state.raw({
			key: requestKey(first),
			report: reporter.uncertainty(first.values, first, first.settings)
		});
		this.settled = $derived(this.simulated.key === requestKey(this.wanted));
		this.report = $derived({ ...this.answer, uncertainty: this.simulated.report });
	}

	/** Starts the worker and keeps it asked for the current scenario; call while a component initialises. */
	connect(): void {
		let client: UncertaintyClient | null = null;
		$effect(() => {
			const c = new UncertaintyClient({
				onresult: (r, q) => {
					this.simulated = { key: requestKey(q), report: r };
					this.error = null;
				},
				onerror: (message) => (this.error = message),
				fallback: (q) => this.reporter.uncertainty(q.values, q, q.settings)
			});
			client = c;
			return () => {
				c.destroy();
				client = null;
			};
		});
		$effect(() => {
			const key = requestKey(this.wanted);
			if (client && key !== untrack(() => this.simulated.key)) client.request($state.snapshot(this.wanted));
		});
	}
}
