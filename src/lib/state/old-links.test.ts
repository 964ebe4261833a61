/**
 * Links in the wild. Each row is a link as an earlier version of Scenario Lab wrote it, and the page it
 * must still open on: the values the page uses, what the notice says changed, and the verdict. When a
 * model changes, its history (ModelDef.history) must keep these rows true; a row changes only with a
 * change recorded as `reworked`, whose notice then tells the reader the numbers moved.
 */
import { describe, expect, it } from 'vitest';
import { getCompiled } from '$lib/decisions/testing';
import { Reporter } from '$lib/engine/report';
import { decodeScenario } from './url';

interface OldLink {
	model: string;
	/** The query as written then. */
	query: string;
	values: Record<string, number>;
	/** The parameters the notices name (one notice each), in order. */
	changed: string[];
	best: string;
	/** The best option's deciding output, to 2 decimals. */
	value: string;
}

const OLD_LINKS: OldLink[] = [
	{
		model: 'cainiao-ownership',
		query: 'v=1&valuation=20&stake=0.7&n=20000&seed=7&name=Team%20A',
		values: { valuation: 20, stake: 0.7 },
		changed: [],
		best: 'ipo',
		value: '10.66'
	},
	// Revision 2 renamed the depth of the cut from `cut` (also the option's id) to `depth`.
	{
		model: 'cloud-price-cut',
		query: 'v=1&cut=0.3&match=0.5&name=Team%20B',
		values: { depth: 0.3, match: 0.5 },
		changed: ['depth'],
		best: 'hold',
		value: '26.99'
	},
	{
		model: 'cloud-price-cut',
		query: 'v=1&elasticity=0.9',
		values: { elasticity: 0.9 },
		changed: [],
		best: 'hold',
		value: '26.99'
	},
	{
		model: 'open-source-models',
		query: 'v=1&conversion=0.02&seed=3',
		values: { conversion: 0.02 },
		changed: [],
		best: 'proprietary',
		value: '1.03'
	},
	{
		model: 'cloud-spinoff',
		query: 'v=1&pTighten=0.2&discount=0.25',
		values: { pTighten: 0.2, discount: 0.25 },
		changed: [],
		best: 'spinoff',
		value: '28.89'
	},
	{
		model: 'last-mile',
		query: 'v=1&volume=120000&density=2',
		values: { volume: 120000, density: 2 },
		changed: [],
		best: 'buy',
		value: '500.79'
	}
];

describe('old links open on the page their sender saw', () => {
	for (const link of OLD_LINKS) {
		it(`${link.model}?${link.query}`, () => {
			const cm = getCompiled(link.model)!;
			const { scenario, notices } = decodeScenario(cm.def, link.query);
			expect(scenario.values).toEqual(link.values);
			expect(notices.map((n) => n.param)).toEqual(link.changed);
			for (const n of notices) expect(n.message).toMatch(/^Changed since this link was made: /);
			const report = new Reporter(cm).report(scenario.values, null);
			expect(report.verdict.best).toBe(link.best);
			expect(report.results[link.best].outputs[cm.def.decide.by].toFixed(2)).toBe(link.value);
		});
	}
});
