import { describe, expect, it } from 'vitest';
import { model, param } from '$lib/engine/testing/fixtures';
import { validateModel } from '$lib/engine/validate';
import type { ModelDef } from '$lib/engine/types';
import { decodeScenario, encodeScenario } from './url';

/**
 * A model that went through every kind of change, one per revision:
 *   2: `price` renamed `unitPrice`   3: `churn` added (0 reproduces revision 2)
 *   4: `growth`'s default 0.05 → 0.08   5: `legacy` dropped   6: the formulas reworked
 */
const changed: ModelDef = {
	...model({
		params: [
			param('unitPrice', { label: 'Unit price', default: 10, min: 0, max: 100, step: 0.5 }),
			param('churn', { label: 'Churn', unit: '%', default: 0.1, min: 0, max: 0.5, step: 0.01 }),
			param('growth', { label: 'Growth', unit: '%', default: 0.08, min: 0, max: 0.3, step: 0.01 })
		],
		series: { s: 'unitPrice * (1 + growth) * (1 - churn)' },
		outputs: { val: 'sum(s)' }
	}),
	revision: 6,
	history: [
		{ revision: 2, note: 'a clearer name', renamed: { from: 'price', to: 'unitPrice' } },
		{ revision: 3, note: 'customers now leave', added: { id: 'churn', before: 0 } },
		{ revision: 4, note: 'a newer source', defaultChanged: { id: 'growth', before: 0.05 } },
		{ revision: 5, note: 'it double-counted growth', dropped: { id: 'legacy', label: 'Legacy uplift' } },
		{ revision: 6, note: 'revenue is now booked a year later', reworked: true }
	]
};

const open = (query: string) => decodeScenario(changed, query);

describe('a model with a history', () => {
	it('is a valid model, and a history naming a missing parameter is not', () => {
		expect(validateModel(changed)).toEqual([]);
		const broken: ModelDef = {
			...changed,
			history: [{ revision: 7, note: 'x', renamed: { from: 'unitPrice', to: 'nothing' } }]
		};
		expect(validateModel(broken)).toEqual([
			"history[0] (revision 7): the revision must lie from 2 to the model's revision 6.",
			'history[0] (revision 7) needs a note saying why.',
			"history[0] (revision 7): 'unitPrice' is still a parameter.",
			"history[0] (revision 7): 'nothing' is not a parameter."
		]);
	});

	it('writes its revision into every link, and a link of today opens with no notices', () => {
		const query = encodeScenario(changed, { values: { unitPrice: 20 }, samples: 10000, seed: 1 });
		expect(query).toBe('v=1&r=6&unitPrice=20');
		expect(open(query)).toEqual({
			scenario: { values: { unitPrice: 20 }, samples: 10000, seed: 1 },
			notices: []
		});
		expect(encodeScenario(changed, { values: {}, samples: 10000, seed: 1 }, { versioned: true })).toBe(
			'v=1&r=6'
		);
	});

	it('opens a link from revision 1 on the page its sender saw, saying what changed', () => {
		const { scenario, notices } = open('v=1&price=20&legacy=0.3&lock=price,legacy&name=Old');
		expect(scenario).toEqual({
			// price moved to its new name; churn 0 and growth 0.05 reproduce revision 1; legacy is gone
			values: { unitPrice: 20, churn: 0, growth: 0.05 },
			samples: 10000,
			seed: 1,
			name: 'Old',
			locked: ['unitPrice']
		});
		expect(notices).toEqual([
			{
				param: 'unitPrice',
				message:
					'Changed since this link was made: the setting “price” is now called “unitPrice” (Unit price; a clearer name); read the link’s value there.'
			},
			{
				param: 'churn',
				message:
					'Changed since this link was made: Churn was added to the model (customers now leave); set it to 0\u00a0%, which gives the sender’s numbers.'
			},
			{
				param: 'growth',
				message:
					'Changed since this link was made: the source value of Growth moved from 5\u00a0% to 8\u00a0% (a newer source); kept 5\u00a0%, as the sender saw it.'
			},
			{
				message:
					'Changed since this link was made: Legacy uplift is no longer part of the model (it double-counted growth); ignored the link’s value for it, so the numbers may differ from what the sender saw.'
			},
			{
				message:
					'Changed since this link was made: revenue is now booked a year later; the numbers may differ from what the sender saw.'
			}
		]);
	});

	it('applies only the changes made after the link’s revision', () => {
		const { scenario, notices } = open('v=1&r=4&unitPrice=20');
		expect(scenario.values).toEqual({ unitPrice: 20 });
		expect(notices.map((n) => n.message.slice(34, 59))).toEqual([
			'Legacy uplift is no longe',
			'revenue is now booked a y'
		]);
	});

	it('keeps what an old link set explicitly over any default it is given', () => {
		const { scenario, notices } = open('v=1&r=3&growth=0.2&churn=0.3');
		expect(scenario.values).toEqual({ churn: 0.3, growth: 0.2 });
		expect(notices.filter((n) => n.param)).toEqual([]);
	});

	it('does not promise the sender’s numbers for a parameter added in a revision that also reworked formulas', () => {
		const both: ModelDef = {
			...changed,
			history: [...changed.history!.slice(0, 5), { ...changed.history![5], revision: 3 }].map((c) =>
				c.revision > 3 ? { ...c, revision: 3 } : c
			)
		};
		const { notices } = decodeScenario(both, 'v=1&r=2');
		expect(notices.find((n) => n.param === 'churn')!.message).toBe(
			'Changed since this link was made: Churn was added to the model (customers now leave); set it to 0\u00a0%, as the sender’s model had it, though other changes of that revision mean the numbers may still differ.'
		);
	});

	it('prefers the new name when a link sets both the old and the new', () => {
		const { scenario, notices } = open('v=1&r=1&price=20&unitPrice=30');
		expect(scenario.values.unitPrice).toBe(30);
		expect(notices[0].message).toContain('the link sets both; used “unitPrice”');
	});

	it('reads a hand-written link (no v, no r) with today’s model, and a newer revision as far as it can', () => {
		expect(open('unitPrice=20')).toEqual({
			scenario: { values: { unitPrice: 20 }, samples: 10000, seed: 1 },
			notices: []
		});
		const newer = open('v=1&r=9&unitPrice=20');
		expect(newer.scenario.values).toEqual({ unitPrice: 20 });
		expect(newer.notices.map((n) => n.message)).toEqual([
			'This link was made with a newer revision of this decision’s model (9, this version has 6); the page may differ from what the sender saw.'
		]);
		expect(open('v=1&r=abc').notices[0].message).toContain('revision “abc” in the link is not understood');
	});
});
