import { describe, expect, it } from 'vitest';
import { compileModel } from '$lib/engine/model';
import { chartOvertake, Reporter, type Report } from '$lib/engine/report';
import { getCompiled, models } from '$lib/decisions/testing';
import { cardedModel } from './testing/carded-model';
import {
	breakdownSteps,
	optimumSentence,
	overtakeSentence,
	stabilitySentence,
	standInOptimum,
	standInOvertake,
	standInSimulation,
	terminalSentence,
	uncertaintySentence,
	verdictHeadline
} from './describe';
import { formatPercent, formatValue } from './format';
import { optionLabel } from '$lib/engine/types';
import { likelihood } from './likelihood';
import { formatUsable } from './precision';

const settings = { samples: 2000, seed: 1 };
const carded = compileModel(cardedModel);
const cardedReport = new Reporter(carded).report({}, settings);

/** The same report with its chance of staying ahead set by hand, to pin the wording of each band. */
const withChance = (r: Report, p: number): Report => ({
	...r,
	uncertainty: { ...r.uncertainty!, ahead: { p, se: 0.005 } }
});

describe('the verdict’s first sentence carries its uncertainty', () => {
	it('calls a lead that holds in 49 % of futures a toss-up, in the headline', () => {
		const text = verdictHeadline(cardedModel, withChance(cardedReport, 0.49));
		expect(text).toMatch(
			/^A toss-up: Invest now is worth USD\u00a0[\d.]+\u00a0bn more than Wait at these values, but stays ahead in only 49\u00a0% of simulated futures\.$/
		);
	});

	it('says "likely", "very likely" in the scale’s words, with the share of futures', () => {
		for (const p of [0.66, 0.7, 0.95, 0.995]) {
			const text = verdictHeadline(cardedModel, withChance(cardedReport, p));
			expect(text.split('. ')[0]).toContain(`is ${likelihood(p).term} to stay ahead of Wait`);
			expect(text).toContain(`${formatPercent(p)} of simulated futures`);
		}
	});

	it('names first the option the simulation favours when the one ahead at these values trails in most futures', () => {
		const text = verdictHeadline(cardedModel, withChance(cardedReport, 0.25));
		expect(text).toMatch(
			/^Wait is likely to come out ahead of Invest now: it leads in 75\u00a0% of simulated futures, though Invest now is worth USD\u00a0[\d.]+\u00a0bn more at these values\.$/
		);
		expect(verdictHeadline(cardedModel, withChance(cardedReport, 0.05))).toMatch(
			/^Wait is very likely to come out ahead/
		);
		// At 33 % the lead is a toss-up, not a reversal.
		expect(verdictHeadline(cardedModel, withChance(cardedReport, 0.33))).toMatch(/^A toss-up/);
	});

	it('claims no likelihood until the simulation of these values arrives', () => {
		const pending = verdictHeadline(cardedModel, { ...cardedReport, uncertainty: null });
		expect(pending).toContain('the chance it stays ahead is being computed');
		expect(pending).not.toMatch(/likely|toss-up|%/);
		// A simulation of another pair (the verdict moved on) is not this verdict's chance either.
		const stale = { ...cardedReport, uncertainty: { ...cardedReport.uncertainty!, best: 'wait' } };
		expect(verdictHeadline(cardedModel, stale)).toContain('being computed');
		expect(verdictHeadline(cardedModel, cardedReport, null)).toContain('being computed');
	});

	it('uses the same word in the uncertainty sentence', () => {
		const r = withChance(cardedReport, 0.8);
		expect(uncertaintySentence(cardedModel, r)).toContain('(likely on the scale below)');
	});

	it('says the word’s band itself where there is no scale below to open (a slide)', () => {
		const said = (p: number) =>
			uncertaintySentence(cardedModel, withChance(cardedReport, p), 'said')!.replace(/\u00a0/g, ' ');
		expect(said(0.8)).toContain('(on the verdict’s scale, 66 to 90 % is likely)');
		expect(said(0.5)).toContain('(on the verdict’s scale, 33 to 66 % is about as likely as not)');
		expect(said(0.995)).toContain('(on the verdict’s scale, 99 % or more is virtually certain)');
		expect(said(0.005)).toContain('(on the verdict’s scale, under 1 % is exceptionally unlikely)');
		for (const p of [0.005, 0.05, 0.2, 0.5, 0.8, 0.95, 0.995]) expect(said(p)).not.toMatch(/below/);
	});
});

describe('how much of the lead lies after the horizon', () => {
	it('is the terminal part’s share of the lead, from the breakdown', () => {
		const steps = breakdownSteps(cardedModel, cardedReport);
		const after = steps.find((s) => s.id === 'after')!.delta;
		const lead = steps.reduce((sum, s) => sum + s.delta, 0);
		expect(lead).toBeCloseTo(cardedReport.verdict.margin, 9);
		expect(after / lead).toBeGreaterThan(0);
		expect(terminalSentence(cardedModel, cardedReport)).toMatch(
			new RegExp(`^${formatPercent(after / lead)} of the lead comes after 2028, in value after 2028\\. `)
		);
	});

	it('says when all of the lead, and more, lies after the horizon', () => {
		// A dearer investment: behind within the horizon, ahead only by what comes after it.
		const r = new Reporter(carded).report({ upfront: 2 }, null);
		const steps = breakdownSteps(cardedModel, r);
		expect(steps.find((s) => s.id === 'within')!.delta).toBeLessThan(0);
		expect(terminalSentence(cardedModel, r)).toMatch(
			/^All of the lead comes after 2028, in value after 2028: up to 2028 Invest now is behind by USD\u00a0[\d.]+\u00a0bn\. /
		);
	});

	it('says how much of each option’s own value lies after the horizon, from the terminal output', () => {
		const { best, runnerUp } = cardedReport.verdict;
		const share = (o: string) => {
			const out = cardedReport.results[o].outputs;
			return `${formatValue(out.after, 'USD bn')} of the ${formatValue(out.value, 'USD bn')} of ${optionLabel(cardedModel, o)}`;
		};
		expect(terminalSentence(cardedModel, cardedReport)).toMatch(
			new RegExp(`Value after 2028: ${share(best)}, and ${share(runnerUp)}\\.$`)
		);
	});

	it('says nothing for a model that names no terminal part', () => {
		const { terminal: _t, ...decide } = cardedModel.decide;
		expect(terminalSentence({ ...cardedModel, decide }, cardedReport)).toBeNull();
	});
});

describe('the overtaking year describes the line the chart draws', () => {
	it('reads the medians the value-over-time chart draws, for every model', () => {
		for (const def of [...models, cardedModel]) {
			const r = new Reporter(getCompiled(def.id) ?? carded).report({}, settings);
			const u = r.uncertainty!;
			const median = (id: string) => u.options[id].path.map((s) => s.p50);
			const [a, b] = [median(r.verdict.best), median(r.verdict.runnerUp)];
			const ahead = (k: number) => (def.decide.higherIsBetter ? a[k] > b[k] : a[k] < b[k]);
			const sentence = overtakeSentence(def, r)!;
			const o = chartOvertake(def, u, r.verdict.best, r.verdict.runnerUp);
			if (o === null) {
				expect(ahead(a.length - 1), def.id).toBe(false);
				expect(sentence, def.id).toMatch(/does not pass/);
				continue;
			}
			// Ahead on the chart from the year said to the end, and not the year before.
			for (let k = o.period; k < a.length; k++) expect(ahead(k), `${def.id} ${k}`).toBe(true);
			if (o.period > 0) {
				expect(ahead(o.period - 1), def.id).toBe(false);
				expect(sentence, def.id).toContain(`in ${o.year} and stays ahead`);
				expect(sentence, def.id).toContain(def.decide.higherIsBetter ? ' passes ' : ' falls below ');
			}
		}
	});

	it('follows the medians, not the deterministic path, where the two disagree', () => {
		expect(cardedReport.overtake).not.toBeNull();
		const u = cardedReport.uncertainty!;
		// Medians of Invest now held below Wait's throughout: the chart shows no crossing.
		const below = u.options.wait.path.map((s) => ({ ...s, p50: s.p50 - 1 }));
		const r: Report = {
			...cardedReport,
			uncertainty: { ...u, options: { ...u.options, invest: { ...u.options.invest, path: below } } }
		};
		expect(overtakeSentence(cardedModel, r)).toBe(
			'On the chart of value over time, the median line of Invest now does not pass that of Wait by 2028.'
		);
	});
});

describe('beside a verdict at a chosen depth, the best depth the engine finds', () => {
	const cm = getCompiled('cloud-price-cut')!;
	const def = cm.def;
	const depth = def.params.find((p) => p.id === 'depth')!;
	const war = def.params.find((p) => p.id === 'war')!;
	const pct = (x: number) => formatUsable(x, '%', depth.step);
	const reporter = new Reporter(cm);

	it('says the depth the verdict is at and what it is, the best depth and its lead, and what the best follows', () => {
		const r = reporter.report({}, null);
		const o = r.optimum!;
		const text = optimumSentence(def, r)!;
		expect(text).toContain(`at a price cut on core services of ${pct(depth.default)}, the cut Alibaba made.`);
		expect(text).toContain(
			`The best the engine finds at these values is ${pct(o.at)}, where Cut prices is worth`
		);
		expect(text).toContain(
			`follows the rivals’ own cut in the price war, ${pct(war.default)}, an assumption with no public figure`
		);
		expect(text).toContain(`${pct(o.follows!.atLow)} and ${pct(o.follows!.atHigh)}.`);
		// Computed, not written in: another war moves every figure of the sentence but the depth set.
		const other = optimumSentence(def, reporter.report({ war: 0.15 }, null))!;
		expect(other).not.toContain(`is ${pct(o.at)}, where`);
	}, 30000);

	it('names the default only at the default, and says so when no depth puts the option ahead', () => {
		expect(optimumSentence(def, reporter.report({ depth: 0.3 }, null))).toContain(
			'at a price cut on core services of 30\u00a0%. The best'
		);
		expect(optimumSentence(def, reporter.report({ scale: 0 }, null))).toContain(
			'No price cut on core services in its range puts Cut prices ahead of Keep prices at these values.'
		);
	}, 30000);

	it('is absent while the sweeps are being computed, and for a model that declares no choice', () => {
		expect(optimumSentence(def, reporter.quick({}))).toBeNull();
		expect(optimumSentence(cardedModel, cardedReport)).toBeNull();
	});
});

describe('the stand-in that holds the simulation’s sentences’ place before it comes', () => {
	it('is about as long as the real sentences, for every decision at its defaults', () => {
		for (const m of models) {
			const r = new Reporter(getCompiled(m.id)!).report({}, { samples: 2000, seed: 1 });
			if (r.uncertainty!.ahead.p < 0.5) continue; // the real sentence then adds a clause of its own
			const standIn = standInSimulation(m, { ...r, uncertainty: null });
			const says: [string, string][] = [
				[uncertaintySentence(m, r)!, uncertaintySentence(m, standIn)!],
				[stabilitySentence(m, r)!, stabilitySentence(m, standIn)!],
				[overtakeSentence(m, r)!, standInOvertake(m, { ...r, uncertainty: null })!]
			];
			for (const [real, held] of says) {
				expect(Math.abs(held.length - real.length), `${m.id}: ${held} / ${real}`).toBeLessThanOrEqual(
					real.length * 0.15
				);
			}
		}
	});
});

describe('the stand-in that holds the optimum’s sentence’s place before the sweep brings it', () => {
	it('is at least as long as the real sentence, less a few characters, and not much longer', () => {
		const declaring = models.filter((m) => m.profile?.optimum);
		expect(declaring.length).toBeGreaterThan(0);
		for (const m of declaring) {
			const reporter = new Reporter(getCompiled(m.id)!);
			const real = optimumSentence(m, reporter.report({}, { samples: 1000, seed: 1 }))!;
			// Written from what the page holds while the sweep runs: the quick answer.
			const held = standInOptimum(m, reporter.quick({}))!;
			// Shorter, the page would move down as the real one comes; longer, it leaves a gap under it.
			expect(real.length - held.length, `${m.id}: ${held} / ${real}`).toBeLessThanOrEqual(real.length * 0.02);
			expect(held.length - real.length, `${m.id}: ${held} / ${real}`).toBeLessThanOrEqual(real.length * 0.1);
		}
	}, 30000);

	it('is absent for a model that declares no best value', () => {
		expect(standInOptimum(cardedModel, cardedReport)).toBeNull();
	});
});
