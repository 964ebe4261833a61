/**
 * The foundation-model decision's economics as a reader checks them: training and a team against the
 * vendor's margin on own tokens (the only part of a bought token's price that building saves), a yearly
 * chance of losing access, cloud profit won by own models, and the break-even usage U*, which a 97 % fall
 * in token prices multiplies by 1 ÷ 0.03.
 */
import { describe, expect, it } from 'vitest';
import { breakEven } from '$lib/engine/analysis';
import type { ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkBreakEven,
	checkByHand,
	checkClosedForms,
	checkDirections,
	harness
} from '../harness';
import { foundationModels as def } from './model';

const h = harness(def);
const YEARS = 10;

/**
 * Present value at 2025 of a flow that starts at 1 and grows by `x` a year: Σ ((1 + x) / (1 + rate))^t for
 * t = 0 … 9, plus 2034's flow, (1 + x)^9, growing at `g` (the long-run rate unless given) for ever after.
 */
const pv = (v: ParamValues, x: number, g = v.longGrowth) =>
	Array.from({ length: YEARS }, (_, t) => ((1 + x) / (1 + v.rate)) ** t).reduce((a, b) => a + b) +
	((1 + x) ** (YEARS - 1) * (1 + g)) / (v.rate - g) / (1 + v.rate) ** (YEARS - 1);
/** The vendor's margin trend: usage growth net of the price fall; after 2034 it is kept if slower. */
const vendorTrend = (v: ParamValues) => (1 + v.usageGrowth) * (1 - v.priceFall) - 1;
/** The vendor's margin, in present value, on one trillion tokens a day of 2025 usage, before tax. */
const marginPerUsage = (v: ParamValues) =>
	((v.margin * v.price) / 7.2 / 1000) * 365 * pv(v, vendorTrend(v), Math.min(v.longGrowth, vendorTrend(v)));
const liftPv = (v: ParamValues) => v.lift * v.cloudMargin * v.cloudRevenue * pv(v, v.cloudGrowth);
const buildPv = (v: ParamValues) => (v.trainCost * v.cadence + v.team) * pv(v, v.costGrowth);
const accessPv = (v: ParamValues) => v.pLoss * v.lossCost * pv(v, 0);

/** Value of an option that trains `own` of a frontier effort and buys the share `bought` of tokens. */
const valueOf = (v: ParamValues, own: number, bought: number) =>
	(1 - v.tax) *
	((1 - bought) * liftPv(v) - own * buildPv(v) - bought * (marginPerUsage(v) * v.usage + accessPv(v)));

/** Building equals buying where the margin saved on U pays training, net of cloud profit won and access risk. */
const uStar = (v: ParamValues) => (buildPv(v) - liftPv(v) - accessPv(v)) / marginPerUsage(v);

checkAsData(h);

// At the defaults, t = 0 … 9: Σ 1.079^−t = 7.27295; Σ (1.13 / 1.079)^t = 12.41854; Σ (1.02 / 1.079)^t
// = 7.86600; Σ (1.5 × 0.6 / 1.079)^t = 5.04533. After 2034: a flow of 1 in 2034 is worth 1.02 / (0.079 −
// 0.02) / 1.079^9 = 8.72078 in 2025 growing at 2 %, and 0.9 / (0.079 + 0.1) / 1.079^9 = 2.53628 shrinking at
// the vendor's 10 % a year. Margin on 2025's tokens: 0.4 × RMB 0.5 / 7.2 / 1000 × 5 × 365 = USD 0.050694 bn,
// in 2034 × 0.9^9 = 0.019640. Cloud lift in 2025: 3 % × 25 % × 17.63 = 0.132225, in 2034 × 1.13^9 =
// 0.397209. Training and team: 0.4 × 1 + 0.15 = 0.55 in 2025, in 2034 × 1.02^9 = 0.657301.
const [A, G, C, V, T, TV] = [
	7.2729484308973245, 12.418541990772237, 7.866000366192553, 5.0453277537616135, 8.720776532852437,
	2.536275790855868
];
const [M, M9, L, L9, B9] = [
	0.050694444444444445,
	0.050694444444444445 * 0.9 ** 9,
	0.132225,
	0.132225 * 1.13 ** 9,
	0.55 * 1.02 ** 9
];
checkByHand(h, [
	{
		name: 'the vendor’s margin on every own token in 2025: 0.4 × 0.5 / 7.2 / 1000 × 5 × 365 = 0.050694',
		option: 'partner',
		output: 'marginSpend2025',
		expected: 0.050694444444444445
	},
	{
		name: 'build: 0.8 × (0.132225 × 12.41854 − 0.55 × 7.86600 + (0.397209 − 0.657301) × 8.72078) = −3.96197',
		option: 'build',
		output: 'value',
		expected: 0.8 * (L * G - 0.55 * C + (L9 - B9) * T)
	},
	{
		name: 'partner: −0.8 × (0.050694 × 5.04533 + 5 % × 1 × 7.27295 + 0.019640 × 2.53628 + 0.05 × 8.72078) = −0.88422',
		option: 'partner',
		output: 'value',
		expected: -0.8 * (M * V + 0.05 * A + M9 * TV + 0.05 * T)
	},
	{
		name: 'hybrid: 0.8 × (0.7 × 0.132225 × 12.41854 − 0.4 × 0.55 × 7.86600 − 0.3 × (0.050694 × 5.04533 + 0.05 × 7.27295) + (0.7 × 0.397209 − 0.4 × 0.657301 − 0.3 × 0.05) × 8.72078 − 0.3 × 0.019640 × 2.53628) = −0.62461',
		option: 'hybrid',
		output: 'value',
		expected:
			0.8 *
			(0.7 * L * G -
				0.4 * 0.55 * C -
				0.3 * (M * V + 0.05 * A) +
				(0.7 * L9 - 0.4 * B9 - 0.3 * 0.05) * T -
				0.3 * M9 * TV)
	},
	{
		name: 'the value after 2034 of building: 0.8 × (0.397209 − 0.657301) × 8.72078 = −1.81456',
		option: 'build',
		output: 'beyond',
		expected: 0.8 * (L9 - B9) * T
	}
]);

checkClosedForms(h, [
	{
		name: 'build: (1 − tax)(lift − training and team)',
		option: 'build',
		output: 'value',
		formula: (v) => valueOf(v, 1, 0)
	},
	{
		name: 'partner: −(1 − tax)(margin × U + access)',
		option: 'partner',
		output: 'value',
		formula: (v) => valueOf(v, 0, 1)
	},
	{
		name: 'hybrid: the bought share of partner’s costs, followCost of building’s, the rest of the lift',
		option: 'hybrid',
		output: 'value',
		formula: (v) => valueOf(v, v.followCost, v.hardShare)
	},
	{
		name: 'U*, the break-even usage, shown as an output',
		option: 'build',
		output: 'breakEvenUsage',
		formula: uStar
	}
]);

describe('which way each assumption pushes the answer', () => {
	const lead = { lead: ['build', 'partner'] as [string, string] };
	checkDirections(h, [
		{ name: 'more own usage favours building', param: 'usage', of: lead, moves: 'up' },
		{ name: 'a higher vendor price favours building', param: 'price', of: lead, moves: 'up' },
		{ name: 'a fatter vendor margin favours building', param: 'margin', of: lead, moves: 'up' },
		{ name: 'faster-falling token prices favour buying', param: 'priceFall', of: lead, moves: 'down' },
		{ name: 'dearer training favours buying', param: 'trainCost', of: lead, moves: 'down' },
		{ name: 'training costs that grow faster favour buying', param: 'costGrowth', of: lead, moves: 'down' },
		{ name: 'a likelier cut-off favours building', param: 'pLoss', of: lead, moves: 'up' },
		{
			name: 'more cloud customers drawn by own models favour building',
			param: 'lift',
			of: lead,
			moves: 'up'
		},
		{
			name: 'more usage favours the hybrid over buying everything',
			param: 'usage',
			of: { lead: ['hybrid', 'partner'] },
			moves: 'up'
		}
	]);
});

// Building beats buying above U* = PV(training and team − lift − access) ÷ PV(margin per unit of usage).
checkBreakEven(h, 'usage', ['build', 'partner'], uStar, { once: true });

describe('the 97 % cut in token prices', () => {
	it('multiplies the break-even usage by 1 ÷ 0.03', () => {
		const before = { ...h.defaults, price: h.defaults.price / 0.03 };
		const found = breakEven(h.param('usage'), h.lead('build', 'partner'), before);
		expect(found.value).not.toBeNull();
		expect(Math.abs(found.value! - uStar(h.defaults) * 0.03)).toBeLessThan(1e-6 * uStar(h.defaults));
	});

	it('puts U* above the usage interval after the cut, and below the usage assumed before', () => {
		const usage = h.param('usage').uncertain!;
		expect(uStar(h.defaults)).toBeGreaterThan(usage.high);
		expect(uStar(h.defaults) * 0.03).toBeLessThan(h.defaults.usage);
	});

	it('leaves out the compute: at a zero margin buying costs only the access risk', () => {
		close0(h.output('partner', 'value', { margin: 0 }), -(1 - h.defaults.tax) * accessPv(h.defaults));
	});
});

function close0(a: number, b: number) {
	expect(Math.abs(a - b)).toBeLessThan(1e-9 * Math.max(1, Math.abs(b)));
}

describe('the terminal value (review)', () => {
	it('does not grow the vendor’s margin after 2034 while it shrinks before: its own trend is kept', () => {
		const v = h.defaults;
		expect(vendorTrend(v)).toBeLessThan(v.longGrowth);
		// Buying everything after 2034: the access risk at 2 %, the margin at −10 %, not both at 2 %.
		const margin2034 = M9;
		close0(h.output('partner', 'beyond'), -(1 - v.tax) * (margin2034 * TV + v.pLoss * v.lossCost * T));
	});

	it('holds costs in money like the revenue they face: at zero cost growth building is worth more', () => {
		expect(h.output('build', 'value', { costGrowth: 0 })).toBeGreaterThan(h.output('build', 'value'));
		close0(h.output('build', 'beyond'), (1 - h.defaults.tax) * (L9 - B9) * T);
	});

	it('shows that nearly all of the hybrid’s lead over buying lies after 2034', () => {
		const lead = h.output('hybrid', 'value') - h.output('partner', 'value');
		const after = h.output('hybrid', 'beyond') - h.output('partner', 'beyond');
		expect(lead).toBeGreaterThan(0);
		expect(after).toBeGreaterThan(lead);
	});
});

it('counts no return on a stake in the vendor: at a fair price it was paid for (review)', () => {
	expect(h.cm.params.has('stake')).toBe(false);
	// Buying everything pays the whole margin to 2034: 0.8 × 0.050694 × 5.04533, none of it netted off.
	close0(h.output('partner', 'vendorValue'), 0.8 * M * V);
});
