/**
 * The benchmark's reference model: ten years of a product, made in our own plant or licensed out.
 * Small, but it uses every feature a real model does: ^t, prev() with and without an initial value,
 * a conditional on an uncertain quantity, min over samples, and five kinds of uncertainty.
 * Slider bounds are wide enough that no draw is ever truncated, so every engine samples the same law.
 */
import type { ModelDef, ParamDef } from '../../src/lib/engine/types';

const assume = { assumption: 'Benchmark figure, chosen for shape rather than realism.' };
const param = (p: Omit<ParamDef, 'label' | 'unit' | 'step' | 'sources'>): ParamDef => ({
	label: p.id,
	unit: 'USD m',
	step: 0.01,
	sources: [assume],
	...p
});

export const referenceModel: ModelDef = {
	id: 'bench-reference',
	title: 'Build a plant, or license the product?',
	question: 'Should we make the product ourselves or license it for a royalty?',
	summary: 'Value = present value of after-tax cash over ten years.',
	periods: { count: 10, unit: 'year', start: 2025 },
	flags: { build: 0 },
	options: [
		{
			id: 'build',
			label: 'Build',
			description: 'Own plant: full margin, fixed costs, upfront capex.',
			set: { build: 1 }
		},
		{ id: 'license', label: 'License', description: 'A royalty on revenue, no costs.', set: { build: 0 } }
	],
	params: [
		param({ id: 'revenue0', default: 40, min: 10, max: 100 }),
		param({
			id: 'growth',
			default: 0.1,
			min: -0.3,
			max: 0.5,
			uncertain: { dist: 'normal', low: 0.04, high: 0.16 }
		}),
		param({
			id: 'cap',
			default: 98,
			min: 10,
			max: 1000,
			uncertain: { dist: 'lognormal', low: 60, high: 160 }
		}),
		param({
			id: 'margin',
			default: 0.2,
			min: 0,
			max: 0.6,
			uncertain: { dist: 'triangular', low: 0.12, high: 0.32 }
		}),
		param({ id: 'fixedCost', default: 6, min: 0, max: 20, uncertain: { dist: 'uniform', low: 4, high: 8 } }),
		param({
			id: 'rate',
			default: 0.08,
			min: 0.01,
			max: 0.3,
			uncertain: { dist: 'pert', low: 0.06, high: 0.12 }
		}),
		param({ id: 'royalty', default: 0.07, min: 0, max: 0.2 }),
		param({ id: 'upfront', default: 45, min: 0, max: 100 }),
		param({ id: 'tax', default: 0.25, min: 0, max: 0.5 }),
		param({ id: 'startCash', default: 20, min: 0, max: 100 })
	],
	series: {
		revenue: { label: 'Revenue', unit: 'USD m', formula: 'min(revenue0 * (1 + growth)^t, cap)' },
		profit: {
			label: 'Profit',
			unit: 'USD m',
			formula: 'build ? revenue * margin - fixedCost : royalty * revenue'
		},
		afterTax: { label: 'After tax', unit: 'USD m', formula: 'profit > 0 ? profit * (1 - tax) : profit' },
		cash: { label: 'Cash flow', unit: 'USD m', formula: 'afterTax - (t == 0 ? build * upfront : 0)' },
		balance: { label: 'Cash balance', unit: 'USD m', formula: 'prev(balance, startCash) + cash' },
		trough: {
			label: 'Lowest balance so far',
			unit: 'USD m',
			formula: 'min(prev(trough, startCash), balance)'
		},
		pv: { label: 'Cumulative present value', unit: 'USD m', formula: 'prev(pv) + cash / (1 + rate)^t' }
	},
	outputs: {
		value: { label: 'Present value', unit: 'USD m', formula: 'last(pv)' },
		lowest: { label: 'Lowest cash balance', unit: 'USD m', formula: 'last(trough)' }
	},
	decide: { by: 'value', higherIsBetter: true },
	chart: { series: 'pv' }
};
