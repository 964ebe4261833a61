/**
 * The room's belief about one parameter as a scenario: the room's own scenario (RoomView.scenario, a
 * decision page's query string) with the pooled belief in place of the parameter's sourced distribution,
 * and the parameter's value at the pool's median, so that the deterministic verdict too is the room's.
 * Every other parameter keeps the scenario's value, and the samples and seed are the scenario's: the link
 * it makes ("Open this scenario") reproduces the projector's numbers on the decision page.
 *
 * Pure, and free of the compiled model, so that the results page can build the link without the engine.
 */
import type { QuantileTable } from '$lib/engine/quantile-table';
import type { ModelDef } from '$lib/engine/types';
import { decodeScenario, encodeScenario, snapToStep, type Scenario } from '$lib/state/url';
import { summariseBelief, type RoomAnswer } from './summary';

export interface RoomBeliefScenario {
	/** The room's scenario as its link reads, under the sources. */
	sources: Scenario;
	/** The same with the room's belief about `param`. */
	room: Scenario;
	param: string;
	/** The pooled belief the room's run draws from (the chart's table, rounded as a link writes it). */
	table: QuantileTable;
	/** The pool's median and 90 % range, read off the table; `median` snapped to the slider is the value used. */
	pool: { median: number; low: number; high: number };
	/** How many shown answers went into the pool, and how many were hidden. */
	pooled: number;
	hidden: number;
	/** The decision page's query string for `room` (format 2, with the belief). */
	query: string;
	/** The decision page's address for `room`, from the site's root. */
	href: string;
}

export type RoomBeliefResult = ({ ok: true } & RoomBeliefScenario) | { ok: false; reason: string };

/**
 * `answers` are one round's answers to an estimate of `paramId`; hidden ones take no part. Never throws: a
 * round that gives no belief (no answer could be fitted, the link would be too long) says why.
 */
export function roomBeliefScenario(
	def: ModelDef,
	scenarioQuery: string,
	paramId: string,
	answers: readonly RoomAnswer[]
): RoomBeliefResult {
	const param = def.params.find((p) => p.id === paramId);
	if (!param) return { ok: false, reason: `This model has no parameter called “${paramId}”.` };
	if (!param.uncertain) {
		return {
			ok: false,
			reason: `${param.label} has no uncertainty in this model, so the room’s estimates cannot replace it.`
		};
	}
	const [round] = summariseBelief(param, param.default, null, [answers]).rounds;
	if (!round.table || !round.pool) {
		return {
			ok: false,
			reason:
				round.shown === 0
					? 'No shown answer to pool, so there is no room’s belief to run.'
					: 'None of the shown answers could be fitted, so there is no room’s belief to run.'
		};
	}
	const sources = decodeScenario(def, scenarioQuery).scenario;
	const median = snapToStep(param, round.pool.median);
	const values = { ...sources.values };
	if (median === param.default) delete values[param.id];
	else values[param.id] = median;
	const room: Scenario = {
		...sources,
		values,
		beliefs: { ...sources.beliefs, [param.id]: [...round.table] }
	};
	let query: string;
	try {
		query = encodeScenario(def, room, { versioned: true });
	} catch (e) {
		return { ok: false, reason: e instanceof Error ? e.message : String(e) };
	}
	// The room runs what the link decodes to, so the projector and the decision page agree to the digit.
	const decoded = decodeScenario(def, query).scenario;
	return {
		ok: true,
		sources,
		room: decoded,
		param: param.id,
		table: decoded.beliefs?.[param.id] ?? round.table,
		pool: { ...round.pool, median },
		pooled: round.pooled,
		hidden: round.hidden,
		query,
		href: `/decisions/${encodeURIComponent(def.id)}?${query}`
	};
}
