/**
 * A test-only decision, small but complete: lease a depot or buy it, over ten years in USD m. It exists to
 * prove that a folder is all a decision takes (it appears on every page and in every test that spans
 * decisions, and only in builds with SCENARIO_LAB_FIXTURES=1); its figures are assumptions, not findings.
 */
import type { ModelDef } from '$lib/engine/types';
import { DOC_TOWSON } from '$lib/sources/catalog';
import { groupWacc } from '$lib/sources/public-figures';

export const fixtureDepot: ModelDef = {
	id: 'fixture-depot',
	title: 'Test fixture: lease a parcel depot, or buy it?',
	question: 'Is buying a depot outright worth more than leasing it for ten years?',
	summary:
		'A test-only decision: leasing pays rent every year from the first; buying pays the price at once and then only upkeep.',
	periods: { count: 10, unit: 'year', start: 2025 },
	flags: { buy: 0 },
	params: [
		{
			id: 'rent',
			label: 'Rent',
			unit: 'USD m',
			default: 2.5,
			min: 0.5,
			max: 6,
			step: 0.1,
			description: 'What the lease costs each year, from the first year on.',
			uncertain: { dist: 'triangular', low: 1.8, high: 3.5 },
			sources: [{ assumption: 'A test figure: a mid-sized depot’s rent, chosen to make the choice close.' }]
		},
		{
			id: 'price',
			label: 'Purchase price',
			unit: 'USD m',
			default: 14,
			min: 5,
			max: 30,
			step: 0.5,
			description: 'Paid once, at the start, to own the depot.',
			uncertain: { dist: 'triangular', low: 11, high: 19 },
			sources: [{ assumption: 'A test figure: about six years of rent, as depots often sell for.' }]
		},
		{
			id: 'upkeep',
			label: 'Upkeep when owned',
			unit: 'USD m',
			default: 0.5,
			min: 0,
			max: 2,
			step: 0.05,
			description: 'What an owner pays each year that a tenant’s rent would have covered.',
			sources: [
				{
					doc: DOC_TOWSON,
					quote: 'last-mile delivery remains a challenge due to its variable cost nature.',
					role: 'context'
				},
				{ assumption: 'A test figure: a fifth of the rent, for repairs and insurance.' }
			]
		},
		{
			id: 'rate',
			label: 'Discount rate',
			unit: '%',
			default: 0.079,
			min: 0.04,
			max: 0.15,
			step: 0.001,
			sources: [
				{
					...groupWacc,
					role: 'value',
					derive: { figure: '7.9%', formula: 'x / 100', says: 'the group’s cost of capital, as stated' }
				}
			]
		}
	],
	options: [
		{ id: 'lease', label: 'Lease it', description: 'Pay rent every year.', set: { buy: 0 } },
		{ id: 'own', label: 'Buy it', description: 'Pay the price now, then upkeep.', set: { buy: 1 } }
	],
	series: {
		upfront: { label: 'Price paid', unit: 'USD m', formula: 't == 0 ? -buy * price : 0' },
		running: {
			label: 'Rent or upkeep',
			unit: 'USD m',
			formula: 't == 0 ? 0 : -(buy * upkeep + (1 - buy) * rent)'
		},
		pv: {
			label: 'Cumulative present value',
			unit: 'USD m',
			formula: 'prev(pv) + (upfront + running) / (1 + rate)^t'
		}
	},
	outputs: {
		value: {
			label: 'Value of the choice',
			unit: 'USD m',
			formula: 'npv(upfront, rate) + npv(running, rate)',
			description: 'Present value of every payment; less negative is better.'
		},
		paid: { label: 'Price paid', unit: 'USD m', formula: 'npv(upfront, rate)' },
		costs: { label: 'Rent or upkeep, present value', unit: 'USD m', formula: 'npv(running, rate)' }
	},
	decide: { by: 'value', higherIsBetter: true },
	chart: { series: 'pv' },
	breakdown: { add: ['paid', 'costs'] },
	teach: {
		context: [
			{
				text: 'A test-only decision: it stands in for any new decision folder.',
				sources: [{ assumption: 'Test data, not a finding about Alibaba.' }]
			}
		],
		prompts: [
			{ id: 'rent', text: 'How high must the rent be before buying pays?', param: 'rent' },
			{ id: 'price', text: 'Below what purchase price does buying pay?', param: 'price' },
			{ id: 'rate', text: 'Raise the discount rate: which option suffers more, and why?', param: 'rate' }
		]
	},
	card: {
		includes: ['Rent every year against a price at once plus upkeep, discounted at the group’s rate.'],
		leavesOut: [{ what: 'The depot’s resale value', why: 'A test decision needs no more than two options.' }],
		carries: ['rent', 'price'],
		actual: 'Nothing: this decision is test data.'
	}
};
