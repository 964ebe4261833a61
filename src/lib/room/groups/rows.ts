/**
 * What the console says about each group, from the room's stream: its prompt and assumption, its link, its
 * value in the assumption's unit, the verdict at its scenario (one model run per option, in the console's
 * browser) and where that verdict flips.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import type { Scenario } from '$lib/state/url';
import { verdictRun, type VerdictRun } from '../belief/verdict-run';
import type { GroupView } from '../protocol';
import { groupScenario } from './scenario';
import { groupLink } from './specs';
import { leadText, valueText } from './words';

export interface GroupRow {
	id: number;
	name: string;
	/** The prompt's text, or its id where the model has no such prompt. */
	prompt: string;
	/** The assumption's label. */
	param: string;
	link: string | null;
	value: string;
	/** Who leads at the group's value, and by how much; null until the group moves. */
	lead: string | null;
	/** The verdict's run, for its chance of leading; null until the group moves. */
	run: VerdictRun | null;
	/** "flips at 2.1 %", "does not flip in range", or null where the view carries no break-even. */
	flip: string | null;
}

export function groupRows(
	cm: CompiledModel,
	room: Scenario,
	groups: readonly GroupView[],
	link: { origin: string; code: string }
): GroupRow[] {
	const { def } = cm;
	const name = (id: string) => def.options.find((o) => o.id === id)?.label ?? id;
	const outcomeUnit = def.outputs[def.decide.by]?.unit ?? '';
	return groups.map((g) => {
		const p = cm.params.get(g.param);
		const run = p && g.value !== null ? verdictRun(cm, groupScenario(room, p, g.value)) : null;
		const flip =
			g.breakEven === undefined || !p
				? null
				: g.breakEven === null
					? 'does not flip in range'
					: `flips at ${valueText(p, g.breakEven)}`;
		return {
			id: g.id,
			name: g.name,
			prompt: def.teach?.prompts.find((q) => q.id === g.prompt)?.text ?? g.prompt,
			param: p?.label ?? g.param,
			link: g.token ? groupLink(link.origin, link.code, g.token) : null,
			value: p ? valueText(p, g.value) : String(g.value ?? ''),
			lead: run ? leadText(run.verdict, name, outcomeUnit) : null,
			run,
			flip
		};
	});
}
