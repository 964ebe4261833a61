import { describe, expect, it } from 'vitest';
import type { RoomBrief } from './brief';
import type { GroupView, QuestionView, RoomView } from './protocol';
import { groupLine, roomRecord, type RecordSegment } from './record';

const brief: RoomBrief = {
	decision: 'd',
	title: 'A decision',
	question: 'Which?',
	options: [
		{ id: 'own', label: 'Own it', description: '' },
		{ id: 'list', label: 'List it', description: '' }
	],
	params: [
		{
			id: 'uplift',
			label: 'Platform benefit',
			unit: '%',
			min: 0,
			max: 0.1,
			step: 0.005,
			default: 0.03,
			range: '0\u00a0% to 10\u00a0%',
			sources: [],
			held: 0
		}
	],
	steps: [],
	outcomeUnit: 'USD bn'
};

const segments: RecordSegment[] = [
	{ id: 'question', title: 'The question', minutes: 4, slide: 'question' },
	{ id: 'groups', title: 'Groups', minutes: 12, slide: 'groups' },
	{ id: 'discuss', title: 'Close', minutes: 3, slide: 'discuss' }
];

const vote = (participant: number, option: string) => ({ participant, value: { option } });
const q = (id: number, extra: Partial<QuestionView>): QuestionView => ({
	id,
	kind: 'vote',
	round: 1,
	state: 'closed',
	revealed: true,
	step: 'question',
	...extra
});
const group = (id: number, value: number | null): GroupView => ({
	id,
	name: `Group ${id}`,
	prompt: 'benefit',
	param: 'uplift',
	value,
	updatedAt: null
});

const view = (questions: QuestionView[], groups: GroupView[] = []): RoomView => ({
	code: 'ABCDEF',
	decision: 'd',
	revision: 1,
	scenario: '',
	step: 'discuss',
	stepAt: '2026-12-05T09:00:00.000Z',
	now: '2026-12-05T09:00:00.000Z',
	keyShown: false,
	groups,
	ended: false,
	expiresAt: '2026-12-30T00:00:00.000Z',
	version: 3,
	participants: 3,
	questions
});

describe('roomRecord', () => {
	it('files each question under its step, with the minutes of the running order', () => {
		const first = q(1, { label: 'first', answers: [vote(1, 'own'), vote(2, 'own'), vote(3, 'list')] });
		const again = q(4, {
			label: 'again',
			step: 'discuss',
			answers: [vote(1, 'list'), vote(2, 'own'), vote(3, 'list')]
		});
		const estimate = q(2, {
			kind: 'estimate',
			param: 'uplift',
			step: 'groups',
			answers: [1, 2, 3].map((i) => ({ participant: i, value: { best: 0.01 * i } }))
		});
		const record = roomRecord(segments, view([first, estimate, again]), brief);
		expect(record.map((s) => [s.id, s.start, s.end])).toEqual([
			['question', 0, 4],
			['groups', 4, 16],
			['discuss', 16, 19]
		]);
		expect(record[0].lines).toEqual(['The first vote: Own it 2 and List it 1 (3 answers).']);
		expect(record[1].lines).toEqual([
			'Estimate of Platform benefit: middle 2\u00a0%, middle half 1.5\u00a0% to 2.5\u00a0%, 3 answers; the sources say 3\u00a0%.'
		]);
		expect(record[2].lines).toEqual([
			'The vote again: Own it 1 and List it 2 (3 answers).',
			'1 moved from Own it to List it.'
		]);
	});

	it('puts the groups under the group-work step, with the verdict the caller computed', () => {
		const record = roomRecord(segments, view([], [group(1, 0.05), group(2, null)]), brief, (g) =>
			g.id === 1 ? 'Own it leads' : undefined
		);
		expect(record[1].lines).toEqual([
			'Group 1, on Platform benefit: chose 5\u00a0% (the sources: 3\u00a0%); there, Own it leads.',
			'Group 2, on Platform benefit: did not move it (the sources: 3\u00a0%).'
		]);
		expect(record[0].lines).toEqual([]);
	});

	it('says when an estimate had no answers, and ignores questions of steps the order does not hold', () => {
		const lonely = q(1, { kind: 'estimate', param: 'uplift', step: 'groups', answers: [] });
		const stray = q(2, { step: 'gone', answers: [vote(1, 'own')] });
		const record = roomRecord(segments, view([lonely, stray]), brief);
		expect(record[1].lines).toEqual(['Estimate of Platform benefit: no answers; the sources say 3\u00a0%.']);
		expect(record.flatMap((s) => s.lines)).toHaveLength(1);
	});

	it('never gives a verdict for a group that has not moved', () => {
		expect(groupLine(group(3, null), brief, 'List it leads')).not.toContain('List it leads');
	});
});
