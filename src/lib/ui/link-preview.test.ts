import { describe, expect, it } from 'vitest';
import { Reporter } from '$lib/engine/report';
import { getCompiled } from '$lib/decisions/testing';
import { decodeScenario } from '$lib/state/url';
import { sourcedAnswer } from '$lib/state/sourced';
import { linkPreview, MAX_DESCRIPTION } from './link-preview';

const cm = getCompiled('cainiao-ownership')!;
const def = cm.def;
const reporter = new Reporter(cm);
const atSources = sourcedAnswer(reporter).verdict;

/** The preview of a link's query, as the page builds it. */
function preview(query: string) {
	const { scenario } = decodeScenario(def, query);
	return linkPreview(def, scenario, reporter.quick(scenario.values).verdict, atSources);
}

describe('a link’s preview', () => {
	it('of the sourced values: the decision’s title and its verdict', () => {
		const p = preview('');
		expect(p.title).toBe(def.title);
		expect(p.description).toMatch(
			/^List Cainiao \(IPO\) leads: it is worth USD\u00a0[\d.]+\u00a0bn more than Own it fully\. Every assumption is at its sourced value\.$/
		);
	});

	it('of a changed scenario: “your scenario”, the verdict at its values, and that the sources disagree', () => {
		const p = preview('v=1&r=4&valuation=3');
		expect(p.title).toBe(`${def.title} — your scenario`);
		expect(p.description).toMatch(
			/^Own it fully leads: it is worth USD\u00a0[\d.]+\u00a0bn more than List Cainiao \(IPO\)\. This scenario changes 1 assumption from the sources; at the sourced values List Cainiao \(IPO\) leads instead\.$/
		);
	});

	it('of a changed scenario that keeps the sourced verdict: how many changed, nothing about a flip', () => {
		const p = preview('v=1&r=4&valuation=15&raise=2');
		expect(p.description).toMatch(/This scenario changes 2 assumptions from the sources\.$/);
	});

	it('of a named scenario: the name as the title, the decision in the description', () => {
		const p = preview('v=1&r=4&valuation=3&name=Team%20A');
		expect(p.title).toBe('Team A');
		expect(p.description.startsWith(`${def.title} Own it fully leads`)).toBe(true);
	});

	it('counts neither locks nor a name as changes', () => {
		const p = preview('v=1&r=4&lock=stake&name=Room');
		expect(p.description).toContain('Every assumption is at its sourced value.');
	});

	it('is cut between words when a long title makes it too long', () => {
		const long = { ...def, title: 'A decision '.repeat(40).trim() };
		const { scenario } = decodeScenario(def, 'v=1&r=4&name=x');
		const p = linkPreview(long, scenario, atSources, atSources);
		expect(p.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
		const kept = p.description.slice(0, -1);
		expect(p.description.endsWith('…')).toBe(true);
		expect(`${long.title} `.startsWith(`${kept} `)).toBe(true);
	});
});
