/**
 * The logistics-automation model’s economics, as a reader of the case would check them: each option’s cost
 * written out year by year (wages growing, the peak staffed at a premium, capital sized for the peak,
 * maintenance, tax), the break-even wage W* = capital ÷ (annuity × headcount saved) of the brief, which
 * way each assumption pushes the answer, and the wage at which full automation overtakes sorting alone.
 */
import { describe, expect, it } from 'vitest';
import { Reporter } from '$lib/engine/report';
import fc from 'fast-check';
import { breakEven } from '$lib/engine/analysis';
import type { ParamValues } from '$lib/engine/types';
import {
	checkAsData,
	checkBreakEven,
	checkByHand,
	checkClosedForms,
	checkDirections,
	close,
	harness
} from '../harness';
import { logisticsAutomation as def, PEAK_REF, REF_HEADCOUNT } from './model';

const h = harness(def);
const { evaluate, defaults, anyValues } = h;
const YEARS = def.periods.count;
const OPTIONS = ['manual', 'sorting', 'full'] as const;
type Option = (typeof OPTIONS)[number];

/** Σ (1 + g)^t (1 + r)^−(t + ½) over the horizon: a 2025 wage paid every year, in years of it. */
const annuity = (v: ParamValues, g = v.wageGrowth) =>
	Array.from({ length: YEARS }, (_, t) => (1 + g) ** t * (1 + v.rate) ** -(t + 0.5)).reduce((a, b) => a + b);
/** A worker on the books costs this many years of wage, the peak weeks’ extra labour included. */
const peakLoad = (v: ParamValues) => 1 + (((v.peakFactor - 1) * v.peakWeeks) / 52) * (1 + v.peakPremium);
/** The share of the staff full automation cuts, as in the reported warehouse of 2,000 (1,000 left: half). */
const cut = (v: ParamValues) => 1 - v.fullHeadcount / REF_HEADCOUNT;
const staff = (v: ParamValues, o: Option) =>
	v.headcount * (1 - (o === 'full' ? 1 : o === 'sorting' ? v.sortShare : 0) * cut(v));
/** Capital for the reported warehouse, scaled to this one's size by the six-tenths rule and to its peak. */
const capital = (v: ParamValues, o: Option) =>
	(o === 'full' ? 1 : o === 'sorting' ? v.sortCapitalShare : 0) *
	v.fullCapital *
	(v.headcount / REF_HEADCOUNT) ** v.scale *
	(v.peakFactor / PEAK_REF);
/** Capital with its maintenance after tax, less its depreciation’s tax shield, all in 2025 money. */
const capitalAllIn = (v: ParamValues, o: Option) => {
	const A = annuity(v, 0);
	return capital(v, o) * (1 + v.maintenance * (1 - v.taxRate) * A - (v.taxRate / YEARS) * A);
};
/** An option’s cost, written from the brief without the model’s formulas. */
const cost = (v: ParamValues, o: Option) =>
	capitalAllIn(v, o) + (staff(v, o) * v.wage * peakLoad(v) * (1 - v.taxRate) * annuity(v)) / 1000;

checkAsData(h);

describe('provenance', () => {
	it('attaches no quoted passage to a parameter it says nothing about', () => {
		// Review finding: the RMB 100 bn backbone and the observer’s passages state neither one warehouse’s capital nor how the headcount cut splits; they stay in teach.context.
		for (const id of ['fullCapital', 'sortShare']) {
			const quoted = h.param(id).sources.filter((s) => 'quote' in s);
			expect(quoted, id).toEqual([]);
		}
	});
});

describe('the logistics-automation model', () => {
	it('decides by cost, over the machines’ ten-year life with nothing after it, and draws cost against the wage', () => {
		expect(def.decide).toEqual({ by: 'totalCost', higherIsBetter: false });
		expect(YEARS).toBe(10);
		expect(def.profile).toEqual({ param: 'wage', output: 'totalCost', scale: 'log' });
		expect(def.options.map((o) => o.id)).toEqual([...OPTIONS]);
	});

	it('does not discount capital, and discounts wages from mid-year', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				const r = evaluate(v);
				close(r.full.outputs.capitalCost, capital(v, 'full'), 'capital at the start');
				const wages = r.manual.series.labour.reduce((a, c, t) => a + c * (1 + v.rate) ** -(t + 0.5), 0);
				close(r.manual.outputs.labourCost, wages * (1 - v.taxRate), 'wages after tax');
			}),
			{ numRuns: 40 }
		);
	});
});

checkByHand(h, [
	{
		name: 'manual peak labour, flat wages: 2,000 × USD 12 k = 24 a year × 75 % × annuity 6.83 × (3 − 1) × 4 ÷ 52 × (1 + 50 %) = USD 28.4 m',
		option: 'manual',
		output: 'peakCost',
		// The annuity: Σ 1.085^−(t + ½) over ten years = (1 − 1.085^−10) ÷ 0.085 × √1.085 = 6.83.
		expected: 24 * 0.75 * ((1 - 1.085 ** -10) / 0.085) * Math.sqrt(1.085) * ((2 * 4) / 52) * 1.5,
		at: { wageGrowth: 0 }
	},
	{
		name: 'machines sized for a peak of 3 are used (1 + 2 × 4 ÷ 52) ÷ 3 = 38.5 % of the year',
		option: 'full',
		output: 'utilisation',
		expected: (1 + (2 * 4) / 52) / 3
	},
	{
		name: 'sorting alone: 45 % of the 1,000 workers full automation saves, at 30 % of USD 60 m',
		option: 'sorting',
		output: 'capitalCost',
		expected: 0.3 * 60
	},
	{
		name: 'W*, flat wages: 1,000 × 60 × (1 + 5 % × 75 % × 6.83 − 25 % ÷ 10 × 6.83) ÷ (1,000 × 1.2308 × 75 % × 6.83) = USD 10.3 k',
		option: 'full',
		output: 'breakEvenWage',
		at: { wageGrowth: 0 },
		expected: (() => {
			const A = ((1 - 1.085 ** -10) / 0.085) * Math.sqrt(1.085);
			return (
				(1000 * 60 * (1 + 0.05 * 0.75 * A - (0.25 / 10) * A)) / (1000 * (1 + (2 * 4 * 1.5) / 52) * 0.75 * A)
			);
		})()
	}
]);

checkClosedForms(
	h,
	OPTIONS.map((option) => ({
		name: `${option}: cost = capital × (1 + maintenance after tax − tax shield) + workers × wage × peak load × (1 − tax) × growing annuity`,
		option,
		output: 'totalCost',
		formula: (v: ParamValues) => cost(v, option)
	}))
);

checkDirections(h, [
	{
		name: 'a higher wage favours full automation over manual work',
		param: 'wage',
		of: { lead: ['full', 'manual'] },
		moves: 'up',
		given: (v) => v.fullHeadcount <= REF_HEADCOUNT
	},
	{
		name: 'faster wage growth favours full automation over manual work',
		param: 'wageGrowth',
		of: { lead: ['full', 'manual'] },
		moves: 'up',
		given: (v) => v.fullHeadcount <= REF_HEADCOUNT
	},
	{
		name: 'dearer machines count against full automation',
		param: 'fullCapital',
		of: { lead: ['full', 'manual'] },
		moves: 'down'
	},
	{
		name: 'a dearer peak makes manual work cost more',
		param: 'peakPremium',
		of: { option: 'manual', output: 'totalCost' },
		moves: 'up'
	},
	{
		name: 'a higher peak buys more machines that stand idle',
		param: 'peakFactor',
		of: { option: 'full', output: 'utilisation' },
		moves: 'down',
		where: { peakWeeks: 4 }
	}
]);

describe('the warehouse’s size', () => {
	it('keeps the reported shares at any size: twice the warehouse saves twice the workers for 2^scale the capital', () =>
		fc.assert(
			fc.property(anyValues, (v) => {
				const small = evaluate({ ...v, headcount: 1000 }).full.outputs;
				const large = evaluate({ ...v, headcount: 2000 }).full.outputs;
				close(large.headcountSaved, 2 * small.headcountSaved, 'workers saved', 1e-9);
				close(large.capitalCost, 2 ** v.scale * small.capitalCost, 'capital', 1e-9);
			}),
			{ numRuns: 50 }
		));

	it('is revision 1 exactly at the reported warehouse’s 2,000 workers', async () => {
		const { default: r1 } = await import('./revisions/r1');
		const old = harness(r1);
		fc.assert(
			fc.property(anyValues, (v) => {
				const at = { ...v, headcount: REF_HEADCOUNT };
				const now = evaluate(at);
				const then = old.evaluate(at);
				for (const o of OPTIONS) close(now[o].outputs.totalCost, then[o].outputs.totalCost, o, 1e-9);
			}),
			{ numRuns: 50 }
		);
	});

	// Capital grows as size^scale and the saving as size, so the lead per worker grows with size: once full
	// automation beats sorting alone at one size, it beats it at every larger one.
	it('gives full automation a lead per worker over sorting alone that grows with the warehouse', () =>
		fc.assert(
			fc.property(anyValues, fc.double({ min: 500, max: 5000, noNaN: true }), (v, other) => {
				fc.pre(v.scale < 1 && v.fullHeadcount < REF_HEADCOUNT);
				const [a, b] = [Math.min(v.headcount, other), Math.max(v.headcount, other)];
				const perWorker = (n: number) => h.lead('full', 'sorting')({ ...v, headcount: n }) / n;
				expect(perWorker(b)).toBeGreaterThanOrEqual(perWorker(a) - 1e-9);
			}),
			{ numRuns: 100 }
		));
});

describe('break-even wages', () => {
	// Full automation and sorting alone cost the same where their capital gap equals their wage gap.
	checkBreakEven(
		h,
		'wage',
		['full', 'sorting'],
		(v) =>
			(1000 * (capitalAllIn(v, 'full') - capitalAllIn(v, 'sorting'))) /
			((staff(v, 'sorting') - staff(v, 'full')) * peakLoad(v) * (1 - v.taxRate) * annuity(v)),
		{ once: true }
	);

	it('states as W* the wage at which the engine finds full automation and manual work cost the same', () => {
		fc.assert(
			fc.property(anyValues, (v) => {
				fc.pre(v.fullHeadcount < REF_HEADCOUNT);
				const W = evaluate(v).full.outputs.breakEvenWage;
				fc.pre(W > h.param('wage').min && W < h.param('wage').max);
				const found = breakEven(h.param('wage'), h.lead('full', 'manual'), v);
				expect(found.crossings).toHaveLength(1);
				close(found.crossings[0], W, 'W*', 1e-6);
			}),
			{ numRuns: 40 }
		);
	});

	it('puts China’s wage above W* and a western European wage far above it: the same warehouse, opposite margins', () => {
		const W = h.output('full', 'breakEvenWage');
		expect(defaults.wage).toBeGreaterThan(W);
		expect(h.param('wage').uncertain!.low).toBeLessThan(W);
		expect(45).toBeGreaterThan(4 * W);
	});
});

describe('the card’s carries', () => {
	it('names every assumption whose break-even lies inside its 90 % interval, the crux first', () => {
		// Review finding: the card left out assumptions that flip the verdict inside their own intervals.
		const report = new Reporter(h.cm).report(defaults, { samples: 200, seed: 7 });
		const carries = def.card!.carries;
		for (const b of report.breakEvens) {
			const u = h.param(b.paramId).uncertain;
			if (b.value === null || !u || b.value < u.low || b.value > u.high) continue;
			expect(carries, b.paramId).toContain(b.paramId);
		}
		const crux = report.breakEvens.find((b) => b.paramId === carries[0])!;
		const u = h.param(carries[0]).uncertain!;
		expect(crux.value).not.toBeNull();
		expect(crux.value!).toBeGreaterThan(u.low);
		expect(crux.value!).toBeLessThan(u.high);
	});
});

describe('the card’s figures', () => {
	it('puts both break-even wages inside the wage’s interval and below its default, as the card says', () => {
		// Review finding: the card said China’s wage lay between the two break-evens; it lies above both.
		const u = h.param('wage').uncertain!;
		const vsManual = h.output('full', 'breakEvenWage');
		const vsSorting = breakEven(h.param('wage'), h.lead('full', 'sorting'), defaults).value!;
		expect(vsManual).toBeCloseTo(8.48, 2);
		expect(vsSorting).toBeCloseTo(10.79, 2);
		for (const w of [vsManual, vsSorting]) {
			expect(w).toBeGreaterThan(u.low);
			expect(w).toBeLessThan(defaults.wage);
		}
	});
});
