/**
 * A small test-only decision with everything the page says about a model's honesty: a model card, a part
 * of the value that lies after the horizon (`decide.terminal`), a source that supports a value with its
 * arithmetic, one that gives context and a parameter that is an assumption. Not in the registry.
 *
 * Invest pays `upfront` now for a cash flow that grows; Wait keeps it flat. After
 * 2028 each continues for ever at `longRun` growth (a Gordon value at the horizon, discounted).
 */
import type { ModelDef } from '$lib/engine/types';

export const cardedModel: ModelDef = {
	id: 'carded-test',
	title: 'Test decision: invest now or wait',
	question: 'Does investing now pay, and when?',
	summary: 'A model built for tests of the model card and the terminal share of the lead.',
	periods: { count: 5, unit: 'year', start: 2024 },
	flags: { invest: 0 },
	params: [
		{
			id: 'cash',
			label: 'Cash flow in the first year',
			unit: 'USD bn',
			default: 1.2,
			min: 0,
			max: 5,
			step: 0.1,
			uncertain: { dist: 'triangular', low: 0.6, high: 1.8 },
			sources: [
				{
					url: 'https://example.com/report',
					title: 'A test report',
					date: '2024-01-01',
					quote: 'Quarterly cash flow reached $0.3 billion.',
					role: 'value',
					derive: { figure: '$0.3 billion', formula: 'x * 4', says: 'a quarter’s figure times four' }
				},
				{
					url: 'https://example.com/context',
					title: 'A test essay',
					date: '2024-02-01',
					quote: 'Cash flow is what investors watch.',
					role: 'context'
				}
			]
		},
		{
			id: 'growth',
			label: 'Growth of the invested cash flow',
			unit: '%',
			default: 0.05,
			min: -0.2,
			max: 0.5,
			step: 0.01,
			uncertain: { dist: 'triangular', low: -0.1, high: 0.2 },
			sources: [
				{
					url: 'https://example.com/context',
					title: 'A test essay',
					date: '2024-02-01',
					quote: 'Growth is uncertain.'
				},
				{ assumption: 'No public figure; 5 % a year is a round judgement.' }
			]
		},
		{
			id: 'upfront',
			label: 'Upfront investment',
			unit: 'USD bn',
			default: 0.2,
			min: 0,
			max: 10,
			step: 0.1,
			sources: [{ assumption: 'A round figure for the test.' }]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.1,
			min: 0.05,
			max: 0.2,
			step: 0.005,
			sources: [{ assumption: 'A round figure for the test.' }]
		},
		{
			id: 'longRun',
			label: 'Growth after the horizon',
			unit: '%',
			default: 0.03,
			min: 0,
			max: 0.04,
			step: 0.005,
			sources: [{ assumption: 'A round figure for the test.' }]
		}
	],
	options: [
		{
			id: 'invest',
			label: 'Invest now',
			description: 'Pay upfront for a growing cash flow.',
			set: { invest: 1 }
		},
		{ id: 'wait', label: 'Wait', description: 'Keep the cash flow flat.', set: { invest: 0 } }
	],
	series: {
		flow: {
			label: 'Cash flow',
			unit: 'USD bn',
			formula: 'invest * (cash * (1 + growth)^t - (t == 0 ? upfront : 0)) + (1 - invest) * cash'
		},
		cumulative: {
			label: 'Cumulative discounted cash flow',
			unit: 'USD bn',
			formula: 'prev(cumulative, 0) + flow / (1 + rate)^t'
		}
	},
	outputs: {
		within: { label: 'Value up to 2028', unit: 'USD bn', formula: 'npv(flow, rate)' },
		after: {
			label: 'Value after 2028',
			unit: 'USD bn',
			formula: 'last(flow) * (1 + longRun) / (rate - longRun) / (1 + rate)^4'
		},
		value: {
			label: 'Value',
			unit: 'USD bn',
			formula: 'npv(flow, rate) + last(flow) * (1 + longRun) / (rate - longRun) / (1 + rate)^4'
		}
	},
	decide: { by: 'value', higherIsBetter: true, terminal: 'after' },
	chart: { series: 'cumulative' },
	breakdown: { add: ['within', 'after'] },
	card: {
		includes: [
			'An upfront investment against a cash flow that grows.',
			'Value after the horizon, growing for ever.'
		],
		leavesOut: [{ what: 'Taxes', why: 'Both options pay them alike, so they move no verdict.' }],
		carries: ['growth', 'rate'],
		actual: 'The test company invested; the model explains it only when growth holds above 5 %.',
		answers: [{ finding: 'The long-run growth is too high.', answer: 'It is below the rate, and shown.' }]
	}
};
