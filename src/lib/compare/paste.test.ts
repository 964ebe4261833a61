import { describe, expect, it } from 'vitest';
import { getModel } from '$lib/decisions/testing';
import { decodeScenario } from '$lib/state/url';
import { MAX_SCENARIOS } from './comparison';
import { batchMessage, batchNotices, readPastedBatch, shortLink, splitPastedLinks } from './paste';

const model = getModel('cainiao-ownership')!;
const r = model.revision ?? 1;
const HOST = 'https://scenario-lab.example';
const team = (name: string, values: string) =>
	`${HOST}/decisions/cainiao-ownership?v=1&r=${r}&${values}&name=${encodeURIComponent(name)}`;
const FIVE = [
	team('Team A', 'stake=0.7'),
	team('Team B', 'uplift=0.02'),
	`/decisions/cainiao-ownership?v=1&r=${r}&valuation=15&name=Team%20C`,
	team('Team D', 'growth=0.2'),
	team('Team E', 'rate=0.06')
];
const titleOf = (id: string) => getModel(id)?.title;

describe('splitting pasted text into links', () => {
	it('splits links separated by line breaks, spaces or tabs, each whole', () => {
		expect(splitPastedLinks(FIVE.join('\n'))).toEqual({ links: FIVE, words: [] });
		expect(splitPastedLinks(`  ${FIVE.join(' \r\n\t ')}\n`).links).toEqual(FIVE);
	});

	it('splits links glued end to end, as a one-line field leaves them without their line breaks', () => {
		expect(splitPastedLinks(FIVE.join('')).links).toEqual(FIVE);
	});

	it('keeps a chat’s words apart, and drops its brackets and commas', () => {
		const chat = `Anna: <${FIVE[0]}>, Ben: (${FIVE[1]})`;
		expect(splitPastedLinks(chat)).toEqual({ links: FIVE.slice(0, 2), words: ['Anna:', 'Ben:'] });
	});

	it('leaves one link whole, as it always read', () => {
		const one = `${FIVE[0]} `;
		expect(splitPastedLinks(one)).toEqual({ links: [FIVE[0]], words: [] });
		// A name written with a raw space is one link still, read as before.
		expect(splitPastedLinks('/decisions/cainiao-ownership?name=Team A').links).toEqual([
			'/decisions/cainiao-ownership?name=Team A'
		]);
		expect(splitPastedLinks('').links).toEqual(['']);
	});

	it('does not split one link at its own /decisions/ path', () => {
		const present = `${HOST}/decisions/cainiao-ownership/present/flip?lock=stake`;
		expect(splitPastedLinks(`${present} ${FIVE[0]}`).links).toEqual([present, FIVE[0]]);
	});
});

describe('reading several pasted links', () => {
	it('makes each link its own scenario, never one of mixed values', () => {
		const batch = readPastedBatch(FIVE, model, MAX_SCENARIOS, titleOf);
		expect(batch.problems).toEqual([]);
		expect(batch.added.map((a) => a.scenario)).toEqual(
			FIVE.map((l) => decodeScenario(model, new URL(l, HOST).search).scenario)
		);
		expect(batch.added.map((a) => Object.keys(a.scenario.values).length)).toEqual([1, 1, 1, 1, 1]);
		expect(batchMessage(batch, FIVE.length)).toBeNull();
	});

	it('names each link it could not read, by place and text, and keeps the rest', () => {
		const links = [FIVE[0], 'https://example.org/sources/x', '/decisions/last-mile?v=1&volume=9000', FIVE[1]];
		const batch = readPastedBatch(links, model, MAX_SCENARIOS, titleOf);
		expect(batch.added.map((a) => a.scenario.name)).toEqual(['Team A', 'Team B']);
		expect(batch.rest).toEqual(links.slice(1, 3));
		expect(batch.problems[0]).toMatch(
			/^Link 2 of 4 \(\/sources\/x\) could not be read: That is not a link to a decision/
		);
		expect(batch.problems[1]).toBe(
			`Link 3 of 4 (/decisions/last-mile?v=1&volume=9000) is for another decision (“${titleOf('last-mile')}”).`
		);
		expect(batchMessage(batch, 4)).toMatch(/^Added 2 of 4 links as scenarios, one each\. Link 2 of 4 /);
	});

	it('adds no more than the comparison has room for, and says which links did not fit', () => {
		const batch = readPastedBatch(FIVE, model, 3, titleOf);
		expect(batch.added).toHaveLength(3);
		expect(batch.rest).toEqual(FIVE.slice(3));
		expect(batch.problems[0]).toContain(
			`Link 4 of 5 (/decisions/cainiao-ownership?v=1&r=${r}&growth=0.2&name=Team%2…) was not added`
		);
	});

	it('says when none was added, and what words it ignored', () => {
		const batch = readPastedBatch(['/nothing', '/sources/x'], model, MAX_SCENARIOS, titleOf, ['Anna:']);
		expect(batchMessage(batch, 2)).toMatch(
			/^None of the 2 links was added\. .* Ignored “Anna:”: not a link\.$/
		);
	});

	it('says what each link held that could not be used, naming its scenario', () => {
		const batch = readPastedBatch(
			[FIVE[0], '/decisions/cainiao-ownership?stake=abc'],
			model,
			MAX_SCENARIOS,
			titleOf
		);
		expect(batchNotices(batch, 2)).toEqual([
			expect.stringMatching(
				/^Pasted link 2 \(Scenario 4\): Alibaba’s stake before the deal: “abc” is not a number/
			)
		]);
	});
});

describe('a link in a sentence', () => {
	it('is its path and query, cut to be read', () => {
		expect(shortLink('https://x.example/decisions/a?v=1')).toBe('/decisions/a?v=1');
		expect(shortLink(`/decisions/${'a'.repeat(80)}`)).toHaveLength(60);
	});
});
