import { describe, expect, it } from 'vitest';
import { resultsCsv } from './csv';
import type { RoomState } from './store';

/** A room with one estimate of a percent assumption, answered 12 % (stored 0.12), and one group on it. */
const state = {
	participants: [{ serial: 1, device: 'd', name: 'Ana', grp: null, hidden: false }],
	questions: [{ number: 1, kind: 'estimate', param: 'rate', label: null, round: 1, step: 'outcome' }],
	answers: [
		{
			question: 1,
			participant: 1,
			value: { best: 0.12, low: 0.07, high: 0.155 },
			hidden: false,
			updated_at: '2025-01-01T00:00:00Z'
		}
	],
	groups: [
		{ number: 1, name: 'A', prompt: 'p', param: 'rate', break_even: 0.0815, value: 0.1, updated_at: null }
	]
} as unknown as RoomState;

const table = (csv: string) => {
	const [head, ...rows] = csv
		.trim()
		.split('\r\n')
		.map((l) => l.slice(1, -1).split('","'));
	return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
};

describe('resultsCsv', () => {
	it('writes an assumption’s values as people typed them, in the unit its row names', () => {
		const [answer, group] = table(resultsCsv(state, { units: new Map([['rate', '%']]) }));
		expect([answer.unit, answer.best, answer.low, answer.high]).toEqual(['%', '12', '7', '15.5']);
		expect([group.unit, group.value, group['break-even']]).toEqual(['%', '10', '8.15']);
	});

	it('says the values are as stored where the model no longer names the assumption’s unit', () => {
		const [answer, group] = table(resultsCsv(state));
		expect([answer.unit, answer.best]).toEqual(['as stored', '0.12']);
		expect([group.unit, group.value]).toEqual(['as stored', '0.1']);
	});
});
