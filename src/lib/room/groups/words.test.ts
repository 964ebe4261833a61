import { describe, expect, it } from 'vitest';
import type { UncertaintyReport } from '$lib/engine/report';
import { chanceText, leadShort, leadText, valueText } from './words';

const names: Record<string, string> = { own: 'Own it fully', ipo: 'List Cainiao (IPO)' };
const name = (id: string) => names[id] ?? id;
const report = (best: string, runnerUp: string, p: number) =>
	({ best, runnerUp, ahead: { p, se: 0.005 }, samples: 10000 }) as unknown as UncertaintyReport;

describe('a group’s figures in words', () => {
	it('writes the value in the parameter’s unit, to its step, and says when it has not moved', () => {
		expect(valueText({ unit: '%', step: 0.005 }, 0.085)).toBe('8.5\u00a0%');
		expect(valueText({ unit: 'USD bn', step: 0.1 }, 14.25)).toBe('USD\u00a014.3\u00a0bn');
		expect(valueText({ unit: '%', step: 0.001 }, null)).toBe('not moved yet');
	});

	it('names the leader and its margin in the outcome’s unit, or a tie', () => {
		expect(leadText({ best: 'own', runnerUp: 'ipo', margin: 0.52 }, name, 'USD bn')).toBe(
			'Own it fully leads by USD\u00a00.52\u00a0bn'
		);
		expect(leadText({ best: 'ipo', runnerUp: 'own', margin: 0 }, name, 'USD bn')).toBe(
			'List Cainiao (IPO) and Own it fully tie'
		);
		// Under a column headed "Leads there".
		expect(leadShort({ best: 'own', runnerUp: 'ipo', margin: 1.625 }, name, 'USD bn')).toBe(
			'Own it fully by USD\u00a01.63\u00a0bn'
		);
		expect(leadShort({ best: 'ipo', runnerUp: 'own', margin: 0 }, name, 'USD bn')).toBe(
			'a tie with Own it fully'
		);
	});

	it('gives the chance only for the pair the verdict names', () => {
		const v = { best: 'own', runnerUp: 'ipo' };
		expect(chanceText(v, report('own', 'ipo', 0.642))).toBe('64\u00a0%');
		expect(chanceText(v, report('ipo', 'own', 0.7))).toBeNull();
		expect(chanceText(v, null)).toBeNull();
	});
});
