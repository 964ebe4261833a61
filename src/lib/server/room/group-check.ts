/**
 * A room's groups checked against its model, as answers are (answer-check.ts): each group answers one of the
 * model's prompts and moves one of its parameters (a flag, which the options set, is not one a group may
 * move), and a break-even or a group's value lies inside that parameter's range.
 */
import type { GroupSpec } from '$lib/room/protocol';
import type { ModelDef } from '$lib/engine/types';
import { rangeText as range } from './answer-check';
import { RoomError } from './errors';

export function checkGroups(groups: GroupSpec[], def: ModelDef, prompts: ReadonlySet<string>): void {
	for (const g of groups) {
		if (!prompts.has(g.prompt))
			throw new RoomError(400, `Group “${g.name}”: there is no prompt “${g.prompt}” in this decision.`);
		const p = def.params.find((x) => x.id === g.param);
		if (!p)
			throw new RoomError(
				400,
				`Group “${g.name}”: “${g.param}” is not one of this decision’s assumptions. Choose one of those shown.`
			);
		if (g.breakEven !== null && (g.breakEven < p.min || g.breakEven > p.max))
			throw new RoomError(
				400,
				`Group “${g.name}”: the break-even ${g.breakEven} lies outside ${p.label}’s range, ${range(p)}; send none when the verdict does not flip in range.`
			);
	}
}

/** A group's value of its assumption: inside the parameter's range, in its stored unit. */
export function checkGroupValue(param: string, def: ModelDef, value: number): void {
	const p = def.params.find((x) => x.id === param);
	if (!p) throw new RoomError(409, 'This group’s assumption is no longer in the model.');
	if (!Number.isFinite(value) || value < p.min || value > p.max)
		throw new RoomError(400, `Give ${p.label} a value ${range(p)}.`);
}
