import { describe, expect, it } from 'vitest';
import { getModel, FIXTURE_ID } from '$lib/decisions/testing';
import { answerText, questionTitle } from './describe';
import type { QuestionView } from './protocol';

const def = getModel(FIXTURE_ID)!;
const q = (o: Partial<QuestionView>): QuestionView => ({
	id: 1,
	kind: 'vote',
	round: 1,
	state: 'open',
	revealed: false,
	step: 'question',
	...o
});

describe('the console’s words', () => {
	it('names each kind of question', () => {
		expect(questionTitle(def, q({ label: 'again' }))).toBe('The vote again');
		expect(questionTitle(def, q({ kind: 'estimate', param: 'rate', round: 2 }))).toBe(
			'Estimate: Discount rate, round 2'
		);
		expect(questionTitle(def, q({ kind: 'pick' }))).toBe('The assumption trusted least');
	});

	it('writes answers in the model’s labels and units, percent as percent', () => {
		expect(answerText(def, q({}), { option: 'own' })).toBe('Buy it');
		const est = q({ kind: 'estimate', param: 'rate' });
		expect(answerText(def, est, { best: 0.08, low: 0.06, high: 0.1 })).toMatch(
			/^8(\.0)?\u00a0% \(6(\.0)?\u00a0% to 10(\.0)?\u00a0%\)$/
		);
		expect(answerText(def, q({ kind: 'pick' }), { param: 'rent' })).toBe(
			def.params.find((p) => p.id === 'rent')!.label
		);
	});
});
