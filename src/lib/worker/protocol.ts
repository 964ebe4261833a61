/** The messages between a decision page and its Monte Carlo worker. */
import type { UncertaintySettings } from '$lib/engine/simulator';
import type { ParamValues } from '$lib/engine/types';
import type { PackedReport } from './packed-report';

export interface UncertaintyRequest {
	modelId: string;
	/**
	 * A frozen revision of the model (decisions/<id>/revisions/r<N>.ts) to simulate instead of today's:
	 * what an old link's sender saw. Omitted for today's model.
	 */
	revision?: number;
	values: ParamValues;
	/** The deterministic verdict's pair at these values: the difference is best minus runner-up. */
	best: string;
	runnerUp: string;
	settings: UncertaintySettings;
}

export type WorkerMessage = { seq: number } & UncertaintyRequest;

/** A report comes packed, its numbers in one transferred buffer (packed-report.ts). */
export type WorkerReply =
	| { seq: number; ok: true; report: PackedReport; ms: number }
	| { seq: number; ok: false; error: string }
	| WarmedUp;

/** Sent unasked once a model's warm-up ends: how long its last run, at the values asked, took. */
export interface WarmedUp {
	warmed: true;
	ms: number;
	samples: number;
}

/** Same request, same numbers: what lets the page skip asking again for what it already shows. */
export const requestKey = (r: UncertaintyRequest): string =>
	JSON.stringify([
		r.modelId,
		r.revision ?? null,
		r.best,
		r.runnerUp,
		r.settings.samples,
		r.settings.seed,
		sorted(r.values),
		// A room's belief changes the numbers as much as a value does.
		Object.keys(r.settings.beliefs ?? {})
			.sort()
			.map((k) => [k, r.settings.beliefs![k]])
	]);

const sorted = (v: ParamValues) =>
	Object.keys(v)
		.sort()
		.map((k) => [k, v[k]]);

/**
 * A request as plain objects, fit for postMessage whatever state proxies it was read from (a room's
 * beliefs). Not $state.snapshot: it structured-clones every number one by one, over a millisecond per key
 * press in Chromium for a request of a few dozen values.
 */
export function plainRequest(r: UncertaintyRequest): UncertaintyRequest {
	const { beliefs, ...settings } = r.settings;
	return {
		...r,
		values: { ...r.values },
		settings: beliefs
			? { ...settings, beliefs: Object.fromEntries(Object.entries(beliefs).map(([k, t]) => [k, [...t]])) }
			: settings
	};
}
