/**
 * The cloud spin-off model's economics, as a specialist would check them: the build-out leaves the cash
 * line, the standalone pays its premium only on what it must raise and only while it owes it, the group's
 * chip cushion costs the capital that buys the growth back, chip risk enters once (as a probability), the
 * standalone listing carries a haircut, and the years after 2033 are their own part of the value. Each
 * test pins a mechanism; the hand checks at the defaults say where the numbers come from.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { breakEven, verdict } from '$lib/engine/analysis';
import type { ParamValues } from '$lib/engine/types';
import { Reporter } from '$lib/engine/report';
import { checkAsData, checkByHand, checkDirections, harness } from '../harness';
import { cloudSpinoff as def } from './model';

const h = harness(def);
const { cm, evaluate, defaults, anyValues, param } = h;
const spinMinusKeep = h.lead('spinoff', 'keep');
const pv = (xs: number[], rate: number) => xs.reduce((a, x, t) => a + x / (1 + rate) ** t, 0);
const T = def.periods.count - 1;

checkAsData(h);

describe('the cloud spin-off model as data', () => {
	it('no longer rests the cushion on the three priorities, which say nothing about absorbing a chip shock', () => {
		const cushion = def.params.find((p) => p.id === 'cushion')!;
		expect(cushion.sources.some((s) => 'quote' in s && s.quote.includes('three key priorities'))).toBe(false);
		expect(cushion.sources.some((s) => 'assumption' in s)).toBe(true);
	});

	it('names its terminal value as a part of the breakdown', () => {
		expect(def.decide.terminal).toBe('terminal');
		expect(def.breakdown!.add).toContain('terminal');
	});
});

describe('the build-out leaves the cash line', () => {
	it('takes capital × the revenue added each year out of the cash, in both options and both scenarios', () => {
		const r = evaluate(defaults);
		for (const option of ['spinoff', 'keep']) {
			const s = r[option].series;
			for (let t = 1; t <= T; t++) {
				expect(s.buildCalm[t]).toBeCloseTo(1 * Math.max(0, s.revCalm[t] - s.revCalm[t - 1]), 12);
				expect(s.buildTight[t]).toBeCloseTo(1.3 * Math.max(0, s.revTight[t] - s.revTight[t - 1]), 12);
				expect(s.calmCash[t]).toBeCloseTo(0.09 * s.revCalm[t] - s.buildCalm[t], 12);
			}
		}
	});

	// Wherever keeping is worth something even at the dearest capital.
	const worthSomething = (v: ParamValues) => evaluate({ ...v, capital: 2.5 }).keep.outputs.intrinsic > 0;
	checkDirections(
		h,
		(['spinoff', 'keep'] as const).map((option) => ({
			name: `lowers ${option}’s value as each USD of revenue needs more capital`,
			param: 'capital',
			of: { option, output: 'value' },
			moves: 'down' as const,
			given: worthSomething
		}))
	);

	it('costs nothing for the build-out when revenue does not grow', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const still = { ...values, growth: 0, hit: 0, longGrowth: 0 };
				const a = evaluate({ ...still, capital: 0.3 });
				const b = evaluate({ ...still, capital: 2.5 });
				expect(b.keep.outputs.value).toBeCloseTo(a.keep.outputs.value, 9);
				expect(b.spinoff.outputs.value).toBeCloseTo(a.spinoff.outputs.value, 9);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('the standalone pays its premium on what it must raise, while it owes it', () => {
	it('raises nothing and pays nothing when its own cash covers the build-out, whatever the premium', () => {
		// No growth: nothing to build. High margin, light capital: the unit's own cash pays for growth.
		for (const v of [
			{ ...defaults, growth: 0, hit: 0 },
			{ ...defaults, margin: 0.2, capital: 0.5 }
		]) {
			const r = evaluate({ ...v, fundingPremium: 0.05 });
			expect(r.spinoff.series.owedCalm.every((x) => x === 0)).toBe(true);
			expect(r.spinoff.series.owedTight.every((x) => x === 0)).toBe(true);
			expect(r.spinoff.outputs.fundingCost).toBe(0);
		}
	});

	it('charges the premium a year on the balance still owed, which the build-out less the unit’s cash adds to', () => {
		const r = evaluate({ ...defaults, capital: 2.5 });
		const s = r.spinoff.series;
		for (let t = 1; t <= T; t++) {
			expect(s.fundCalm[t]).toBeCloseTo(0.01 * s.owedCalm[t - 1], 12);
			const need = s.buildCalm[t] + s.fundCalm[t] - 0.09 * s.revCalm[t];
			expect(s.owedCalm[t]).toBeCloseTo(Math.max(0, s.owedCalm[t - 1] + need), 12);
		}
		expect(r.keep.outputs.fundingCost).toBe(0);
	});

	it('charges far less than a premium for ever on the gross capital spent, as the model once did', () => {
		const r = evaluate(defaults);
		const build = r.spinoff.series.buildCalm.map(
			(b, t) => (1 - 0.5) * b + 0.5 * r.spinoff.series.buildTight[t]
		);
		const gross = build.map((_, t) => 0.01 * build.slice(0, t + 1).reduce((a, x) => a + x, 0));
		expect(r.spinoff.outputs.fundingCost).toBeLessThan(0.1 * pv(gross, 0.09));
	});

	it('after 2033 charges the balance only until the steady-state cash repays it, not for ever', () => {
		const v = { ...defaults, capital: 2.5, pTighten: 0 };
		const s = evaluate(v).spinoff.series;
		const owed = s.owedCalm[T];
		const next = s.nextCalm[T];
		expect(owed).toBeGreaterThan(0);
		expect(next).toBeGreaterThan(0);
		const n = owed / next;
		const charged = next / (0.09 - 0.03) - s.afterCalm[T];
		expect(charged).toBeCloseTo((0.01 * owed * (1 - 1.09 ** -n)) / 0.09, 9);
		expect(charged).toBeLessThan((0.01 * owed) / 0.09);
	});
});

describe('the group’s cushion has its cost', () => {
	it('spends capital at the dearer price to keep the growth it buys back, in proportion to 1 + chipPremium', () => {
		const cost = (chipPremium: number) => evaluate({ ...defaults, chipPremium }).keep.outputs.cushionCost;
		expect(cost(0.3)).toBeGreaterThan(0);
		expect(cost(0.6) / cost(0)).toBeCloseTo(1.6, 9);
		expect(evaluate(defaults).spinoff.outputs.cushionCost).toBe(0);
		expect(evaluate({ ...defaults, cushion: 0 }).keep.outputs.cushionCost).toBe(0);
	});

	it('helps keeping only when the growth it buys earns more than the capital it costs', () => {
		const keepAt = (cushion: number, v: ParamValues) => evaluate({ ...v, cushion }).keep.outputs.value;
		// Defaults: a 9 % margin on 1.3 USD of capital per USD of revenue is about 7 %, below the 9 % rate.
		expect(keepAt(1, defaults)).toBeLessThan(keepAt(0, defaults));
		// A 15 % margin on 0.6 × 1.3 of capital earns far more than the rate: buying growth back pays.
		const rich = { ...defaults, margin: 0.15, capital: 0.6 };
		expect(keepAt(1, rich)).toBeGreaterThan(keepAt(0, rich));
	});

	it('without a cushion leaves the options apart only by the market’s credit and the funding premium', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const v: ParamValues = { ...values, cushion: 0, fundingPremium: 0 };
				const r = evaluate(v);
				expect(r.keep.outputs.intrinsic).toBeCloseTo(r.spinoff.outputs.intrinsic, 9);
				const whole = r.keep.outputs.intrinsic;
				expect(spinMinusKeep(v)).toBeCloseTo((v.discount - v.haircut) * whole, 9);
			}),
			{ numRuns: 80 }
		);
		expect(true).toBe(true);
	});

	it('lets either option win at cushion 0, as the haircut and the discount move within their intervals', () => {
		const at = (haircut: number, discount: number) =>
			verdict(cm, evaluate({ ...defaults, cushion: 0, haircut, discount })).best;
		expect(at(0.02, 0.15)).toBe('spinoff');
		expect(at(0.25, 0.15)).toBe('keep');
	});
});

describe('chip risk enters once, as the probability', () => {
	it('makes every chip parameter irrelevant when controls cannot tighten', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const base = evaluate({ ...values, pTighten: 0 });
				const moved = evaluate({ ...values, pTighten: 0, hit: 0.15, chipPremium: 1, cushion: 1 });
				for (const o of ['spinoff', 'keep'])
					expect(moved[o].outputs.value).toBeCloseTo(base[o].outputs.value, 9);
			}),
			{ numRuns: 60 }
		);
		expect(true).toBe(true);
	});

	it('discounts at the group’s 7.9 % plus a unit premium, with no chip-policy premium on top', () => {
		const rate = def.params.find((p) => p.id === 'rate')!;
		expect(rate.default).toBeLessThan(0.1);
		const wacc = rate.sources.find((s) => 'role' in s && s.role === 'value');
		expect(wacc && 'derive' in wacc && wacc.derive?.figure).toBe('7.9%');
	});

	it('weights the two scenarios: the expected cash is (1 − p) · calm + p · tight', () => {
		const r = evaluate({ ...defaults, pTighten: 0.3 });
		const s = r.spinoff.series;
		for (let t = 1; t <= T; t++) {
			const calm = 0.09 * s.revCalm[t] - s.buildCalm[t] - s.fundCalm[t];
			const tight = 0.09 * s.revTight[t] - s.buildTight[t] - s.fundTight[t];
			expect(s.cash[t]).toBeCloseTo(0.7 * calm + 0.3 * tight, 12);
		}
	});

	it('has a probability above which keeping wins once growth is worth buying back', () => {
		const rich = { ...defaults, margin: 0.15, capital: 0.6 };
		const be = breakEven(param('pTighten'), spinMinusKeep, rich);
		expect(be.value).not.toBeNull();
		expect(verdict(cm, evaluate({ ...rich, pTighten: be.value! - 0.02 })).best).toBe('spinoff');
		expect(verdict(cm, evaluate({ ...rich, pTighten: be.value! + 0.02 })).best).toBe('keep');
	});
});

describe('the standalone haircut under policy uncertainty', () => {
	it('takes its share of the spin-off’s value and leaves keeping untouched', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const r = evaluate(values);
				const o = r.spinoff.outputs;
				expect(o.value).toBeCloseTo((1 - values.haircut) * o.intrinsic, 9);
				expect(o.haircutCost).toBeCloseTo(values.haircut * o.intrinsic, 9);
				const k = evaluate({ ...values, haircut: 0.4 }).keep.outputs.value;
				expect(k).toBeCloseTo(r.keep.outputs.value, 9);
			}),
			{ numRuns: 60 }
		);
		expect(true).toBe(true);
	});

	// Wherever the unit is worth something: a share of a negative value is no discount.
	const worthSomething = (v: ParamValues) => {
		const r = evaluate({ ...v, haircut: 0, fundingPremium: 0.05 });
		return r.spinoff.outputs.intrinsic > 0 && r.keep.outputs.intrinsic > 0;
	};
	checkDirections(h, [
		{
			name: 'never raises the spin-off’s advantage as the haircut grows',
			param: 'haircut',
			of: { lead: ['spinoff', 'keep'] },
			moves: 'down',
			given: worthSomething
		},
		{
			name: 'never raises the spin-off’s advantage as the funding premium grows',
			param: 'fundingPremium',
			of: { lead: ['spinoff', 'keep'] },
			moves: 'down',
			given: worthSomething
		},
		{
			name: 'never lowers the spin-off’s advantage as the market’s discount on the group grows',
			param: 'discount',
			of: { lead: ['spinoff', 'keep'] },
			moves: 'up',
			given: worthSomething
		}
	]);
});

describe('the years after 2033', () => {
	// Growth equal to the long-run rate, no chip risk: the decade and the years after join into one
	// perpetuity, R0 · (m(1 + g) − k·g) / (r − g) = 20 · (0.1 · 1.04 − 1 · 0.04) / 0.05 = 25.6. The checks
	// hold to 1e-11 relative, as tight as the 9 digits they held to before.
	const perpetuity = { pTighten: 0, growth: 0.04, longGrowth: 0.04, margin: 0.1, rev0: 20, rate: 0.09 };
	checkByHand(
		h,
		[
			{ name: 'the spin-off before credit: 25.6', option: 'spinoff', output: 'intrinsic', expected: 25.6 },
			{
				name: 'keeping at the market’s 85 %: 0.85 × 25.6',
				option: 'keep',
				output: 'value',
				expected: 0.85 * 25.6
			},
			{
				name: 'keeping’s value after 2033: 0.85 · 20 · 1.04⁹ · (0.1 · 1.04 − 0.04) / 0.05 / 1.09⁹',
				option: 'keep',
				output: 'terminal',
				expected: (0.85 * (20 * 1.04 ** T * (0.1 * 1.04 - 0.04))) / 0.05 / 1.09 ** T
			}
		].map((c) => ({ ...c, at: perpetuity, tolerance: 1e-11 }))
	);

	it('add up with the decade’s parts to the value, at any values', () => {
		fc.assert(
			fc.property(anyValues, (values) => {
				const r = evaluate(values);
				for (const option of ['spinoff', 'keep']) {
					const o = r[option].outputs;
					const sum = o.calmValue - o.chipCost - o.fundingCost - o.marketCost + o.terminal;
					expect(o.value).toBeCloseTo(sum, 8);
				}
			}),
			{ numRuns: 80 }
		);
		expect(true).toBe(true);
	});
});

describe('at the defaults, by hand', () => {
	const r = evaluate(defaults);

	it('grows revenue from USD 15.6 bn at 10 %, 4 % standalone and 7 % in the group if controls tighten', () => {
		r.spinoff.series.revCalm.forEach((x, t) => expect(x).toBeCloseTo(15.6 * 1.1 ** t, 10));
		r.spinoff.series.revTight.forEach((x, t) => expect(x).toBeCloseTo(15.6 * 1.04 ** t, 10));
		r.keep.series.revTight.forEach((x, t) => expect(x).toBeCloseTo(15.6 * 1.07 ** t, 10));
	});

	it('gives 2024’s expected cash in the group as margin less build-out, over both scenarios', () => {
		// Calm: 0.09 · 17.16 − 1 · 1.56 = −0.0156; tight: 0.09 · 16.692 − 1.3 · 1.092 = 0.08268;
		// half of each: 0.03354.
		const calm = 0.09 * 15.6 * 1.1 - 15.6 * 0.1;
		const tight = 0.09 * 15.6 * 1.07 - 1.3 * 15.6 * 0.07;
		expect(r.keep.series.cash[1]).toBeCloseTo(0.5 * calm + 0.5 * tight, 12);
		expect(r.keep.series.cash[1].toFixed(4)).toBe('0.0335');
	});

	it('holds most of each option’s value after 2033, where keeping, which bought growth back, is ahead', () => {
		for (const option of ['spinoff', 'keep'])
			expect(r[option].outputs.terminal).toBeGreaterThan(r[option].outputs.value / 2);
		expect(r.keep.outputs.terminal).toBeGreaterThan(r.spinoff.outputs.terminal);
	});

	it('values each option as its market credit times its value before credit', () => {
		expect(r.spinoff.outputs.value).toBeCloseTo(0.9 * r.spinoff.outputs.intrinsic, 9);
		expect(r.keep.outputs.value).toBeCloseTo(0.85 * r.keep.outputs.intrinsic, 9);
	});

	it('puts the spin-off ahead: the discount removed outweighs the haircut, and the cushion costs more than it keeps', () => {
		const v = verdict(cm, r);
		expect(v.best).toBe('spinoff');
		const be = (id: string) => breakEven(param(id), spinMinusKeep, defaults).value!;
		expect(be('haircut')).toBeGreaterThan(0.1);
		expect(be('haircut')).toBeLessThan(param('haircut').uncertain!.high);
		expect(be('discount')).toBeLessThan(0.15);
		expect(be('discount')).toBeGreaterThan(param('discount').uncertain!.low);
	});
});

describe('the whole report a page shows', () => {
	it('runs Monte Carlo, tornado and every break-even with finite numbers only', () => {
		const rep = new Reporter(cm).report(defaults, { samples: 1000, seed: 7 });
		const u = rep.uncertainty!;
		expect(Number.isFinite(u.ahead.p)).toBe(true);
		for (const o of Object.values(u.options)) expect(Number.isFinite(o.outcome.mean)).toBe(true);
		for (const bar of rep.tornado)
			expect(Number.isFinite(bar.atLow) && Number.isFinite(bar.atHigh)).toBe(true);
	});
});
