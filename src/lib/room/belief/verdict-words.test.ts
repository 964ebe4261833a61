import { describe, expect, it } from 'vitest';
import type { UncertaintyReport } from '$lib/engine/report';
import { verdictWords } from './verdict-words';

const names: Record<string, string> = { own: 'Own it fully', ipo: 'List Cainiao (IPO)' };
const name = (id: string) => names[id];
const report = (best: string, runnerUp: string, p: number) =>
	({ best, runnerUp, samples: 10000, ahead: { p, se: 0.005 } }) as UncertaintyReport;

describe('verdictWords', () => {
	const v = { best: 'ipo', runnerUp: 'own', margin: 0.54 };

	it('says who leads by how much, and the chance it stays ahead once the run of that pair is in', () => {
		expect(verdictWords(v, report('ipo', 'own', 0.634), name, 'USD bn')).toEqual({
			verdict: '“List Cainiao (IPO)” leads “Own it fully” by USD\u00a00.54\u00a0bn',
			chance: '63\u00a0%',
			futures: '10,000 simulated futures',
			joiner: 'and stays ahead in',
			p: 0.634
		});
	});

	it('says "but only" when the leader at these values trails in most futures', () => {
		expect(verdictWords(v, report('ipo', 'own', 0.46), name, 'USD bn').joiner).toBe(
			'but stays ahead in only'
		);
	});

	it('claims no chance while the run is missing or is of another pair', () => {
		expect(verdictWords(v, null, name, 'USD bn').chance).toBeNull();
		expect(verdictWords(v, report('own', 'ipo', 0.7), name, 'USD bn').chance).toBeNull();
	});

	it('says a tie as one', () => {
		expect(verdictWords({ ...v, margin: 0 }, null, name, 'USD bn').verdict).toBe(
			'“List Cainiao (IPO)” and “Own it fully” are worth the same at these values'
		);
	});
});
