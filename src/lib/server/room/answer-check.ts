/**
 * An answer checked against its question and the room's model: the shape its kind takes (protocol.ts) and
 * then the model's own bounds, so nothing outside the model's range or its options is ever stored.
 */
import * as v from 'valibot';
import { EstimateValue, PickValue, VoteValue, type AnswerValue, type QuestionKind } from '$lib/room/protocol';
import type { ModelDef, ParamDef } from '$lib/engine/types';
import { formatValue } from '$lib/ui/format';
import { RoomError } from './errors';

/** A parameter's range as a person reads it: in its unit, a percentage as percent ("from 0 % to 5 %"). */
export const rangeText = (p: ParamDef): string =>
	`from ${formatValue(p.min, p.unit, p.step)} to ${formatValue(p.max, p.unit, p.step)}`;

const SHAPES = { vote: VoteValue, pick: PickValue, estimate: EstimateValue } as const;
const WHAT = {
	vote: 'an option',
	pick: 'an assumption',
	estimate: 'a number'
} as const;

export function checkAnswer(
	kind: QuestionKind,
	param: string | null,
	def: ModelDef,
	value: unknown
): AnswerValue {
	const parsed = v.safeParse(SHAPES[kind], value);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		// The schema's own sentences (the range's order) are worth passing on; type errors are not.
		const own = issue.type === 'check' ? issue.message : `This question asks for ${WHAT[kind]}.`;
		throw new RoomError(400, own);
	}
	const answer = parsed.output;
	if (kind === 'vote') {
		const option = (answer as v.InferOutput<typeof VoteValue>).option;
		if (!def.options.some((o) => o.id === option))
			throw new RoomError(
				400,
				'That option is not one of this decision’s options. Choose one of those shown.'
			);
	} else if (kind === 'pick') {
		const id = (answer as v.InferOutput<typeof PickValue>).param;
		if (!def.params.some((p) => p.id === id))
			throw new RoomError(400, 'That is not one of this decision’s assumptions. Choose one of those shown.');
	} else {
		const p = def.params.find((x) => x.id === param);
		if (!p) throw new RoomError(409, 'This question’s assumption is no longer in the model.');
		const e = answer as v.InferOutput<typeof EstimateValue>;
		for (const x of [e.best, e.low, e.high])
			if (x !== undefined && (x < p.min || x > p.max))
				throw new RoomError(400, `Give a value ${rangeText(p)}.`);
	}
	return answer;
}
