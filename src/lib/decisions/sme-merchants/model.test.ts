/**
 * The SME-merchant decision's economics as a reader checks them: a fee change on SME merchants' GMV, split
 * between the part merchants pass into prices (which shoppers answer) and the part they bear (which they
 * answer by leaving or joining over years), GMV that follows the merchants, only GMV new
 * to the group counted, traffic tools counted only for spending new to the group, and the board check
 * cut ÷ (take − cut).
 */
import { describe, expect, it } from 'vitest';
import type { ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkBreakEven,
	checkByHand,
	checkClosedForms,
	checkDirections,
	harness
} from '../harness';
import { smeMerchants as def } from './model';

const h = harness(def);
const YEARS = 10;
const CHANGE: Record<string, (v: ParamValues) => number> = {
	hold: () => 0,
	cut: (v) => -v.cut,
	fee: (v) => v.fee * v.feeBase
};

/** The whole model written out year by year: each year's profit change after tax, in USD bn. */
function profits(v: ParamValues, option: string): number[] {
	const change = CHANGE[option](v);
	const tools = option === 'fee' ? v.toolSpend * v.toolNew : 0;
	let merchants = 0;
	const out: number[] = [];
	for (let t = 0; t < YEARS; t++) {
		// Merchants answer only the part of the change they bear; shoppers answer the part passed on.
		merchants += v.speed * ((1 - v.exit) ** ((1 - v.pass) * change * 100) - 1 - merchants);
		const lift = (1 + merchants) ** v.elasticity * (1 + v.pass * change) ** -v.buyerElasticity - 1;
		const sme = v.smeShare * v.gmv * (1 + v.growth) ** t;
		const other = (1 - v.smeShare) * v.gmv * (1 + v.growth) ** t;
		const rmbTrn =
			change * sme * (1 + lift) +
			(v.take - v.gmvCost) * (1 - v.cannibal) * lift * (sme + v.spill * other) +
			tools * sme * (1 + lift);
		out.push(((1 - v.tax) * rmbTrn * 1000) / 7.2);
	}
	return out;
}

/** Present value at 2025, with the years after 2034 as a perpetuity growing with GMV. */
function valueOf(v: ParamValues, option: string): number {
	const p = profits(v, option);
	const horizon = p.reduce((a, x, t) => a + x / (1 + v.rate) ** t, 0);
	return horizon + (p[YEARS - 1] * (1 + v.growth)) / (v.rate - v.growth) / (1 + v.rate) ** (YEARS - 1);
}

checkAsData(h);

// 2025 under the fee, at the defaults: the fee is paid on 85 % of SME GMV, 0.6 % × 0.85 = 0.51 % of it, and
// merchants bear half of it, 0.255 points, passing the other half into prices.
// Merchants kept in the end 0.9^0.255 = 97.349 %, so −2.6509 %, half of it in 2025: −1.3255 %; SME GMV change
// √0.986745 × 1.00255^−2 − 1 = −1.1696 %; SME GMV 45 % × 8 = RMB 3.6 trn, other GMV 55 % × 8 = 4.4.
// Fee 0.0051 × 3.6 × 0.988304 = 0.018145; take lost 3.5 % × 50 % × −0.011696 × (3.6 + 0.3 × 4.4) =
// −0.001007; tools 0.3 % × 40 % × 3.6 × 0.988304 = 0.004269; sum RMB 0.021408 trn × 0.8 × 1000 / 7.2 =
// USD 2.37863 bn.
checkByHand(h, [
	{
		name: 'fee, 2025: (0.018145 − 0.001007 + 0.004269) × 0.8 × 1000 / 7.2 = 2.37863',
		option: 'fee',
		output: 'profit2025',
		expected: 2.3786320530673795
	},
	{
		name: 'merchants lost to a 0.6 % fee paid on 85 % of GMV, half of it borne, by 2034: (1 − 0.9^0.255) × (1 − 0.5^10) = 2.648 %',
		option: 'fee',
		output: 'merchantsChange',
		expected: (0.9 ** 0.255 - 1) * (1 - 0.5 ** 10)
	},
	{
		name: 'the board check for a one-point cut: 1 ÷ (4 − 1) = 33.3 %',
		option: 'cut',
		output: 'neededLift',
		expected: 1 / 3
	},
	{ name: 'defending the take rate is the yardstick: 0', option: 'hold', output: 'value', expected: 0 }
]);

checkClosedForms(h, [
	{
		name: 'cut, written out year by year',
		option: 'cut',
		output: 'value',
		formula: (v) => valueOf(v, 'cut'),
		tolerance: 1e-8
	},
	{
		name: 'fee, written out year by year',
		option: 'fee',
		output: 'value',
		formula: (v) => valueOf(v, 'fee'),
		tolerance: 1e-8
	},
	{
		name: 'board check: with no lag, no moved GMV, no GMV costs and no price effect, a cut’s first year is take × L − cut × (1 + L)',
		option: 'cut',
		output: 'profit2025',
		where: { speed: 1, cannibal: 0, spill: 0, gmvCost: 0, pass: 0 },
		formula: (v) => {
			const lift = (1 - v.exit) ** (-v.cut * 100 * v.elasticity) - 1;
			return ((1 - v.tax) * v.smeShare * v.gmv * (v.take * lift - v.cut * (1 + lift)) * 1000) / 7.2;
		}
	}
]);

describe('the board check', () => {
	it('a cut keeps 2025’s revenue when SME GMV rises by cut ÷ (take − cut)', () => {
		const v: ParamValues = { ...h.defaults, speed: 1, cannibal: 0, spill: 0, gmvCost: 0, pass: 0 };
		const needed = v.cut / (v.take - v.cut);
		// The merchant response that gives exactly that lift: (1 − exit)^(−cut × 100 × elasticity) = 1 + needed.
		const exit = 1 - (1 + needed) ** (-1 / (v.cut * 100 * v.elasticity));
		expect(h.output('cut', 'profit2025', { ...v, exit })).toBeCloseTo(0, 9);
		expect(h.output('cut', 'profit2025', { ...v, exit: exit * 0.9 })).toBeLessThan(0);
		expect(exit).toBeLessThan(h.param('exit').max);
	});

	it('at the defaults the cut wins a small fraction of the lift it needs', () => {
		expect(h.output('cut', 'liftReached')).toBeLessThan(h.output('cut', 'neededLift') / 3);
	});
});

describe('which way each assumption pushes the answer', () => {
	checkDirections(h, [
		{
			name: 'more merchants leaving per point hurts the fee',
			param: 'exit',
			of: { option: 'fee', output: 'value' },
			moves: 'down'
		},
		{
			name: 'more merchants joining per point helps the cut',
			param: 'exit',
			of: { option: 'cut', output: 'value' },
			moves: 'up',
			// Only while GMV won earns more than the cut costs on it: each unit of SME GMV won pays the cut and
			// brings (take − costs) on its new-to-the-group part and on the shoppers who follow.
			given: (v) =>
				(v.take - v.gmvCost) * (1 - v.cannibal) * (1 + (v.spill * (1 - v.smeShare)) / v.smeShare) >
				v.cut + 0.001,
			tolerance: 1e-6
		},
		{
			name: 'more of the GMV moving within the group helps the fee (less is lost) and hurts the cut (less is won)',
			param: 'cannibal',
			of: { lead: ['fee', 'cut'] },
			moves: 'up'
		},
		{
			name: 'shoppers who follow the merchants lost to Pinduoduo hurt the fee',
			param: 'spill',
			of: { option: 'fee', output: 'value' },
			moves: 'down'
		},
		{
			name: 'shoppers who follow the merchants won help the cut',
			param: 'spill',
			of: { option: 'cut', output: 'value' },
			moves: 'up',
			given: (v) => v.take > v.gmvCost
		},
		{
			name: 'a fee charged on more of the GMV earns more',
			param: 'feeBase',
			of: { option: 'fee', output: 'value' },
			moves: 'up',
			// Where a point more of fee earns more than the take it loses: each point raised on SME GMV gains
			// about that GMV, and costs the take on the GMV that leaves with the merchants and shoppers it drives
			// away. Near parity the two can cross (a property run found one, at a 0.1 % fee with a 2 % take and
			// merchants' GMV falling 1.5 times as fast as their number), so the direction is claimed only where
			// the loss is at most half the gain.
			given: (v) => {
				const perPoint =
					(1 - v.pass) * v.elasticity * 100 * -Math.log(1 - v.exit) + v.pass * v.buyerElasticity;
				const sme = v.smeShare;
				const reach = (1 - v.cannibal) * (sme + v.spill * (1 - sme));
				return (v.take - v.gmvCost) * perPoint * reach <= 0.5 * sme && v.buyerElasticity <= 4;
			},
			tolerance: 1e-6
		},
		{
			name: 'tools new to the group help the fee',
			param: 'toolNew',
			of: { option: 'fee', output: 'value' },
			moves: 'up'
		},
		{
			name: 'a larger fee cut costs more',
			param: 'cut',
			of: { option: 'cut', output: 'value' },
			moves: 'down',
			// With many shoppers following the merchants won, or answering their lower prices (a fresh-clone run
			// found one at a shoppers' response of 6 with the whole cut passed on), a deeper cut can pay: the
			// direction is for modest ones, so both responses stay at their sourced values.
			where: { exit: 0.1, elasticity: 0.5, spill: 0.3, smeShare: 0.45, buyerElasticity: 2 },
			tolerance: 1e-6
		},
		{
			name: 'a higher take makes GMV won worth more to the cut',
			param: 'take',
			of: { option: 'cut', output: 'value' },
			moves: 'up'
		}
	]);
});

/** Where the fee stops paying: the root in exit of the written-out value, by bisection. */
function feeBreakEvenExit(v: ParamValues): number {
	let [lo, hi] = [0, 0.9];
	for (let k = 0; k < 200; k++) {
		const mid = (lo + hi) / 2;
		if (valueOf({ ...v, exit: mid }, 'fee') > 0) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

checkBreakEven(h, 'exit', ['fee', 'hold'], feeBreakEvenExit, { once: true });

it('the fee’s break-even merchant response lies far above its interval, near 85 % per point borne', () => {
	const at = feeBreakEvenExit(h.defaults);
	expect(at).toBeGreaterThan(2.5 * h.param('exit').uncertain!.high);
	expect(at).toBeCloseTo(0.853, 2);
	// At that rate the fee drives away 1 − (1 − 0.853)^0.255 ≈ 39 % of SME merchants; at the top, 1 − 0.7^0.255 ≈ 9 %.
	const lost = (exit: number) => -h.output('fee', 'merchantsChange', { exit }) / (1 - 0.5 ** 10);
	expect(lost(at)).toBeCloseTo(1 - (1 - at) ** 0.255, 9);
	expect(lost(at)).toBeGreaterThan(0.38);
	expect(lost(0.3)).toBeLessThan(0.09);
});

describe('each part of a fee change is answered once, on the side that bears it (revision 2)', () => {
	it('with everything passed into prices no merchant leaves; with nothing passed they answer the whole fee', () => {
		expect(h.output('fee', 'merchantsChange', { pass: 1 })).toBe(0);
		const v: ParamValues = { ...h.defaults, pass: 0 };
		expect(h.output('fee', 'merchantsChange', v)).toBeCloseTo(
			(0.9 ** (v.fee * v.feeBase * 100) - 1) * (1 - 0.5 ** 10),
			12
		);
	});

	it('the merchants lost are those of the part borne: half the fee at the default pass-through', () => {
		const borne = h.output('fee', 'merchantsChange');
		const whole = h.output('fee', 'merchantsChange', { pass: 0 });
		expect(Math.log(1 + borne / (1 - 0.5 ** 10)) / Math.log(1 + whole / (1 - 0.5 ** 10))).toBeCloseTo(
			1 - h.defaults.pass,
			12
		);
	});
});

describe('the scale of the fee and the shoppers who follow (review)', () => {
	it('the fee is paid on completed sales, not on all GMV: its 2025 fee income is below fee × SME GMV', () => {
		const v = h.defaults;
		const full = ((1 - v.tax) * v.fee * v.smeShare * v.gmv * 1000) / 7.2;
		expect(h.output('fee', 'feeValue')).toBeLessThan(full * 10 * v.feeBase);
		expect(h.output('fee', 'value', { feeBase: 1 })).toBeGreaterThan(h.output('fee', 'value'));
	});

	it('GMV lost to Pinduoduo takes other GMV with it: the fee loses take on more than SME GMV', () => {
		const v = h.defaults;
		const lost = h.output('fee', 'gmvValue');
		expect(lost).toBeLessThan(h.output('fee', 'gmvValue', { spill: 0 }));
		// The other GMV's part is spill × other ÷ SME = 0.3 × 4.4 ÷ 3.6 of the SME part.
		const smeOnly = h.output('fee', 'gmvValue', { spill: 0 });
		expect(lost / smeOnly).toBeCloseTo(1 + (v.spill * (1 - v.smeShare)) / v.smeShare, 6);
	});
});
