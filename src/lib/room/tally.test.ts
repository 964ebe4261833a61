import { describe, expect, it } from 'vitest';
import type { QuestionView } from './protocol';
import { countBy, moves, previousVote, spreadOf } from './tally';

const q = (id: number, kind: QuestionView['kind'], answers: QuestionView['answers']): QuestionView => ({
	id,
	kind,
	round: 1,
	state: 'closed',
	revealed: true,
	step: 'question',
	answers
});
const vote = (participant: number, option: string, hidden?: boolean) => ({
	participant,
	value: { option },
	...(hidden ? { hidden } : {})
});

describe('countBy', () => {
	it('counts every choice, zeros included, and leaves hidden and unknown answers out', () => {
		const v = q(1, 'vote', [
			vote(1, 'own'),
			vote(2, 'own'),
			vote(3, 'list'),
			vote(4, 'own', true),
			vote(5, 'x')
		]);
		expect(countBy(v, ['list', 'own', 'wait'])).toEqual({
			counts: [
				{ id: 'list', n: 1 },
				{ id: 'own', n: 2 },
				{ id: 'wait', n: 0 }
			],
			total: 3
		});
		const p = q(2, 'pick', [{ participant: 1, value: { param: 'rate' } }]);
		expect(countBy(p, ['rate', 'rent']).counts).toEqual([
			{ id: 'rate', n: 1 },
			{ id: 'rent', n: 0 }
		]);
	});
});

describe('moves', () => {
	it('says who moved from which option to which, and who voted only once', () => {
		const before = q(1, 'vote', [vote(1, 'own'), vote(2, 'own'), vote(3, 'list'), vote(4, 'list')]);
		const after = q(5, 'vote', [vote(1, 'list'), vote(2, 'own'), vote(3, 'list'), vote(6, 'own')]);
		expect(moves(before, after)).toEqual({
			moves: [
				{ from: 'list', to: 'list', n: 1 },
				{ from: 'own', to: 'list', n: 1 },
				{ from: 'own', to: 'own', n: 1 }
			],
			joined: 1,
			left: 1
		});
		expect(previousVote([before, q(3, 'estimate', []), after], after)).toBe(before);
		expect(previousVote([before, after], before)).toBeUndefined();
	});
});

describe('spreadOf', () => {
	it('gives the median and middle half of the best guesses', () => {
		const e = q(
			2,
			'estimate',
			[1, 2, 3, 4, 100].map((best, i) => ({ participant: i, value: { best } }))
		);
		expect(spreadOf(e)).toEqual({ n: 5, median: 3, q1: 2, q3: 4, min: 1, max: 100 });
		expect(spreadOf(q(3, 'estimate', []))).toBeNull();
	});
});
