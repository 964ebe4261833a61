import { describe, expect, it } from 'vitest';
import type { Verdict } from '$lib/engine/analysis';
import { Reporter } from '$lib/engine/report';
import { getCompiled } from '$lib/decisions/testing';
import { decodeScenario } from '$lib/state/url';
import { sourcedAnswer } from '$lib/state/sourced';
import { formatValue } from './format';
import {
	changeSummary,
	changeValues,
	leadsSentence,
	LISTED_CHANGES,
	scenarioChanges,
	sourcedSentence
} from './scenario-changes';

const cm = getCompiled('cainiao-ownership')!;
const def = cm.def;
const reporter = new Reporter(cm);
const sourced = sourcedAnswer(reporter).verdict;
const verdictAt = (values: Record<string, number>) => reporter.quick(values).verdict;
const param = (id: string) => def.params.find((p) => p.id === id)!;

/** A verdict by hand, for the wordings the models' defaults do not reach. */
const verdict = (best: string, runnerUp: string, margin: number): Verdict => ({
	ranking: [],
	best,
	runnerUp,
	margin
});

describe('which assumptions a scenario changed', () => {
	it('lists the values away from their sources in the model’s order, with both values', () => {
		const changes = scenarioChanges(def, { valuation: 15, stake: 0.8 });
		expect(changes.map((c) => c.param.id)).toEqual(
			def.params.map((p) => p.id).filter((id) => id === 'stake' || id === 'valuation')
		);
		expect(changes.find((c) => c.param.id === 'valuation')).toMatchObject({ from: 10.3, to: 15 });
	});

	it('does not count a value within float noise of its source, nor one equal to it', () => {
		const growth = param('growth');
		expect(scenarioChanges(def, { growth: growth.default })).toEqual([]);
		expect(scenarioChanges(def, { growth: growth.default + growth.step * 1e-12 })).toEqual([]);
		expect(scenarioChanges(def, { growth: growth.default + growth.step })).toHaveLength(1);
	});

	it('does not count a lock: a link that only locks assumptions changed nothing', () => {
		const { scenario } = decodeScenario(def, 'v=1&r=4&lock=stake,valuation');
		expect(scenario.locked).toEqual(['valuation', 'stake']);
		expect(scenarioChanges(def, scenario.values)).toEqual([]);
		expect(changeSummary(def, scenario.values, sourced, verdictAt(scenario.values))).toBeNull();
	});

	it('counts a locked value away from its source as the change it is', () => {
		const { scenario } = decodeScenario(def, 'v=1&r=4&stake=0.8&lock=stake');
		expect(scenarioChanges(def, scenario.values).map((c) => c.param.id)).toEqual(['stake']);
	});

	it('ignores ids the model does not have and values that are not numbers', () => {
		expect(scenarioChanges(def, { nope: 3, valuation: Number.NaN })).toEqual([]);
	});
});

describe('how a change’s values are written', () => {
	it('keeps the source’s own figure, which may be finer than the slider’s step', () => {
		// The stake's source is 63.7 %; a slider at 64 % must not read "64 % → 64 %".
		expect(changeValues({ param: param('stake'), from: 0.637, to: 0.64 })).toEqual({
			from: '63.7\u00a0%',
			to: '64\u00a0%'
		});
		expect(changeValues({ param: param('valuation'), from: 10.3, to: 15 })).toEqual({
			from: 'USD\u00a010.3\u00a0bn',
			to: 'USD\u00a015\u00a0bn'
		});
	});

	it('writes both values finely enough to tell apart', () => {
		const p = { ...param('valuation'), step: 1 };
		const { from, to } = changeValues({ param: p, from: 10.3, to: 10.25 });
		expect(from).not.toBe(to);
	});
});

describe('the verdict at the sources, beside the scenario’s', () => {
	it('says the sourced verdict leads instead when the scenario flipped it', () => {
		const values = { valuation: 3 };
		const at = verdictAt(values);
		expect(at.best).not.toBe(sourced.best);
		const by = formatValue(sourced.margin, def.outputs[def.decide.by].unit);
		expect(sourcedSentence(def, sourced, at)).toBe(
			`List Cainiao (IPO) leads instead: it is worth ${by} more than Own it fully.`
		);
	});

	it('says it leads too when the scenario kept it, and gives its chance when at hand', () => {
		const at = verdictAt({ valuation: 15 });
		expect(at.best).toBe(sourced.best);
		expect(sourcedSentence(def, sourced, at, 0.78)).toMatch(
			/^List Cainiao \(IPO\) leads too: it is worth USD\u00a0[\d.]+\u00a0bn more than Own it fully, and stays ahead in 78\u00a0% of simulated futures\.$/
		);
	});

	it('words a cost model’s lead as costing less, and a tie as a tie', () => {
		const cost = getCompiled('last-mile')!.def;
		const [a, b] = cost.options.map((o) => o.id);
		const [la, lb] = cost.options.map((o) => o.label);
		expect(leadsSentence(cost, verdict(a, b, 2))).toMatch(new RegExp(`^.+ leads: it costs .+ less than .+$`));
		expect(sourcedSentence(cost, verdict(a, b, 0), verdict(b, a, 1), 0.5)).toBe(
			`${la} and ${lb} are worth the same; ${la} leads in 50\u00a0% of simulated futures.`
		);
		// A tied scenario neither agrees nor disagrees with the sources.
		expect(sourcedSentence(def, sourced, verdict('own', 'ipo', 0))).toMatch(/^List Cainiao \(IPO\) leads: /);
	});
});

describe('the block at the verdict', () => {
	it('is absent when nothing changed', () => {
		expect(changeSummary(def, {}, sourced, sourced)).toBeNull();
	});

	it('says one change and the sourced verdict in one text', () => {
		const values = { valuation: 3 };
		const s = changeSummary(def, values, sourced, verdictAt(values))!;
		expect(s.count).toBe(1);
		expect(s.more).toBe(0);
		expect(s.text).toBe(
			`This scenario changes 1 assumption: Cainiao equity valuation: USD\u00a010.3\u00a0bn → USD\u00a03\u00a0bn. At the sourced values: ${s.sourced}`
		);
	});

	it(`lists the first ${LISTED_CHANGES} changes and says how many more`, () => {
		const values = { valuation: 15, stake: 0.8, raise: 2, fees: 0.05, growth: 0.2 };
		const s = changeSummary(def, values, sourced, verdictAt(values))!;
		expect(s.count).toBe(5);
		expect(s.listed).toHaveLength(LISTED_CHANGES);
		expect(s.more).toBe(2);
		expect(s.intro).toBe('This scenario changes 5 assumptions');
		expect(s.text).toContain('; and 2 more. At the sourced values: ');
		expect(s.listed.map((l) => l.id)).toEqual(
			scenarioChanges(def, values)
				.slice(0, 3)
				.map((c) => c.param.id)
		);
	});
});
