/**
 * The break-even values a facilitator reveals at the end of a session: for each assumption, taken alone
 * with the others at their sourced values, where the best option changes across its range and which
 * option is best on each side. The engine finds them when the page renders; every option takes part,
 * so a third option that overtakes the leader counts as a flip too.
 */
import type { Switch } from '$lib/engine/profile';
import type { ParamDef } from '$lib/engine/types';
import { breakEvenSentence, sides } from '$lib/ui/describe';
import type { GuideFigures } from './figures';

export interface RevealRow {
	param: ParamDef;
	/** The value the scenario holds (the default). */
	now: number;
	/** Where the best option changes, in increasing order; empty when it never does. */
	switches: Switch[];
	/** Which option is best where, in words. */
	summary: string;
	/** Whether a flip lies inside the parameter's stated 90 % interval: a value a room can argue for. */
	withinInterval: boolean;
}

export interface Reveal {
	/** Parameters that flip the verdict, the nearest flip (relative to the range) first. */
	flipping: RevealRow[];
	/** Parameters that change no verdict across their whole range. */
	steady: RevealRow[];
}

export function reveal(figs: GuideFigures, scenario = ''): Reveal {
	const r = figs.report(scenario);
	if (!r) throw new Error(`'${scenario}' is not a scenario of ${figs.cm.def.id}.`);
	const rows = figs.cm.def.params.map((param) => {
		const pr = figs.profile(param.id, scenario)!;
		const switches = figs.flips(param.id, scenario)!;
		const now = r.values[param.id];
		const u = param.uncertain;
		return {
			param,
			now,
			switches,
			// Without a flip inside the range the best option leads throughout, which the break-even table
			// says in the same words (an end of the range may tie, and flips nothing).
			summary:
				switches.length > 0
					? `${sides(figs.cm.def, { ...pr, switches })}.`
					: breakEvenSentence(figs.cm.def, r, { paramId: param.id, value: null, crossings: [] }),
			withinInterval: !!u && switches.some((s) => s.at >= u.low && s.at <= u.high),
			distance: Math.min(...switches.map((s) => Math.abs(s.at - now) / (param.max - param.min)))
		};
	});
	const strip = ({ distance: _d, ...row }: (typeof rows)[number]): RevealRow => row;
	return {
		flipping: rows
			.filter((x) => x.switches.length > 0)
			.sort((a, b) => a.distance - b.distance)
			.map(strip),
		steady: rows.filter((x) => x.switches.length === 0).map(strip)
	};
}
