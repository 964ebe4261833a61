/**
 * An old link's two answers side by side, as runes: what its sender saw (the frozen revision) and what
 * today's model says at the link's settings. Each verdict is known at once (one model run per option);
 * each chance arrives from a simulation. The sender's runs in a worker on the frozen revision; today's is
 * the page's own simulation of the link's values, taken when it arrives, and asked for here only when the
 * person has moved the page on before it did.
 */
import { Reporter, type Report } from '$lib/engine/report';
import type { CompiledModel } from '$lib/engine/compiled-model';
import { requestKey, type UncertaintyRequest } from '$lib/worker/protocol';
import { UncertaintyClient } from '$lib/worker/uncertainty-client';
import type { LiveReport } from './live-report.svelte';
import { changesSince, requestFor, senderSaw, type SenderSaw } from './sender';
import type { Scenario } from './url';

export class SenderReport {
	readonly saw: SenderSaw;
	readonly now: Report;
	/** The revision the link was made with, and why the model changed since. */
	readonly linkRevision: number;
	readonly notes: string[];
	sawChance = $state<number | null>(null);
	nowChance = $state<number | null>(null);
	/** Why a chance could not be computed, when it could not. */
	error = $state<string | null>(null);
	private readonly nowRequest: UncertaintyRequest;

	constructor(
		snapshot: CompiledModel,
		query: URLSearchParams | string,
		linkRevision: number,
		private readonly reporter: Reporter,
		opened: Scenario
	) {
		this.saw = senderSaw(snapshot, query);
		this.now = reporter.quick({ ...opened.values });
		this.nowRequest = requestFor(reporter.cm.def, this.now, opened);
		this.linkRevision = linkRevision;
		this.notes = changesSince(reporter.cm.def, linkRevision);
	}

	/** Starts the simulations; call while a component initialises. */
	connect(live: LiveReport): void {
		const nowKey = requestKey(this.nowRequest);
		$effect(() => {
			const s = live.simulated;
			if (s?.key === nowKey && this.nowChance === null) this.nowChance = s.report.ahead.p;
		});
		let client: UncertaintyClient | null = null;
		let askedNow = false;
		$effect(() => {
			const c = new UncertaintyClient({
				onresult: (r, q) => {
					if (q.revision === undefined) this.nowChance ??= r.ahead.p;
					else this.sawChance = r.ahead.p;
				},
				onerror: (message) => (this.error = message),
				fallback: (q) =>
					q.revision === undefined
						? this.reporter.uncertainty(q.values, q, q.settings)
						: new Reporter(this.saw.cm).uncertainty(q.values, q, q.settings)
			});
			client = c;
			c.request(this.saw.request);
			return () => {
				c.destroy();
				client = null;
			};
		});
		// The page has moved on from the link's values before its simulation of them arrived: ask for it here.
		$effect(() => {
			if (this.nowChance === null && !askedNow && client && requestKey(live.wanted) !== nowKey) {
				askedNow = true;
				client.request(this.nowRequest);
			}
		});
	}
}
