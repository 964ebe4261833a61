/** The console's words for a question and for one answer to it, from the room's model. */
import { optionLabel, type ModelDef } from '$lib/engine/types';
import { formatValue } from '$lib/ui/format';
import type { AnswerValue, QuestionView } from './protocol';

export function questionTitle(def: ModelDef | undefined, q: QuestionView): string {
	if (q.kind === 'vote') return q.label === 'again' ? 'The vote again' : 'The first vote';
	if (q.kind === 'pick') return 'The assumption trusted least';
	const p = def?.params.find((x) => x.id === q.param);
	return `Estimate: ${p?.label ?? q.param}${q.round > 1 ? `, round ${q.round}` : ''}`;
}

export function answerText(def: ModelDef, q: QuestionView, v: AnswerValue): string {
	if ('option' in v) return optionLabel(def, v.option);
	if ('param' in v) return def.params.find((x) => x.id === v.param)?.label ?? v.param;
	const p = def.params.find((x) => x.id === q.param);
	const f = (x: number) => (p ? formatValue(x, p.unit, p.step) : String(x));
	return v.low !== undefined && v.high !== undefined
		? `${f(v.best)} (${f(v.low)} to ${f(v.high)})`
		: f(v.best);
}
