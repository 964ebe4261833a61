import { describe, expect, it } from 'vitest';
import { getModel } from '$lib/decisions/testing';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import {
	MAX_SCENARIOS,
	comparisonQuery,
	differences,
	readComparison,
	readPastedLink,
	scenarioLabel
} from './comparison';
import { clearPins, pin, readPins, unpin } from './pins';
import { decodeScenario, encodeScenario } from '$lib/state/url';

/** A scenario's query as a comparison writes it: the codec's own, versioned. */
const canonical = (id: string, query: string) => {
	const def = getModel(id)!;
	return encodeScenario(def, decodeScenario(def, query).scenario, { versioned: true });
};

const read = (query: string) => readComparison(new URLSearchParams(query), getModel);
const scenario = (values: Record<string, number>, name?: string) => ({
	values,
	samples: 10000,
	seed: 1,
	...(name ? { name } : {})
});

describe('a comparison link', () => {
	it('round-trips its scenarios, names and all, through its own link', () => {
		const scenarios = [
			scenario({ stake: 0.7 }, 'Team A'),
			scenario({}, 'Team B'),
			scenario({ uplift: 0.02 })
		];
		const query = comparisonQuery(model, scenarios);
		// Each scenario's link carries today's revision of the model, whatever it is.
		const r = model.revision;
		expect(query).toBe(
			`d=cainiao-ownership&s=v%3D1%26r%3D${r}%26stake%3D0.7%26name%3DTeam%2520A&s=v%3D1%26r%3D${r}%26name%3DTeam%2520B&s=v%3D1%26r%3D${r}%26uplift%3D0.02`
		);
		const back = read(query);
		expect(back.modelId).toBe('cainiao-ownership');
		expect(back.problems).toEqual([]);
		expect(back.entries.map((e) => e.scenario)).toEqual(scenarios);
		expect(back.entries.every((e) => e.notices.length === 0)).toBe(true);
	});

	it('reads each scenario with the decision page’s codec, so old and bad links get their notices', () => {
		const price = read('d=cloud-price-cut&s=' + encodeURIComponent('v=1&cut=0.3&match=abc'));
		// Revision 3 reworked the model (a notice with no parameter) and gives old links two new settings.
		expect(price.entries[0].scenario.values).toEqual({ depth: 0.3, attach: 1, war: 0 });
		expect(price.entries[0].notices.map((n) => n.param)).toEqual([
			'depth',
			undefined,
			'attach',
			'war',
			'match'
		]);
	});

	it('says what it could not use: an unknown decision, more than six scenarios', () => {
		expect(read('d=nope')).toEqual({
			modelId: null,
			entries: [],
			problems: ['There is no decision called “nope”; choose one below.']
		});
		const many = read('d=cainiao-ownership' + '&s=v%3D1'.repeat(9));
		expect(many.entries).toHaveLength(MAX_SCENARIOS);
		expect(many.problems[0]).toContain('holds 9 scenarios');
		expect(read('')).toEqual({ modelId: null, entries: [], problems: [] });
	});

	it('says when the decision is named more than once, and which one it shows', () => {
		const twice = read('d=cainiao-ownership&d=last-mile&s=v%3D1');
		expect(twice.modelId).toBe('cainiao-ownership');
		expect(twice.problems).toEqual([
			'The decision appears 2 times in this comparison link; it shows the first, “cainiao-ownership”.'
		]);
	});

	it('says which keys are not part of a comparison link, a few by name, the rest counted', () => {
		expect(read('d=cainiao-ownership&x=1&s=v%3D1&%3Cb%3E=2').problems).toEqual([
			'“x” is not part of a comparison link (only d and s are); ignored it.',
			'“<b>” is not part of a comparison link (only d and s are); ignored it.'
		]);
		const many = read('d=cainiao-ownership&' + Array.from({ length: 40 }, (_, i) => `k${i}=1`).join('&'));
		expect(many.problems).toHaveLength(6);
		expect(many.problems[5]).toBe('…and 35 more keys that are not part of a comparison link ignored.');
		// Even without a decision, the reader learns why nothing was used.
		expect(read('stake=0.7').problems).toEqual([
			'“stake” is not part of a comparison link (only d and s are); ignored it.'
		]);
	});
});

describe('a pasted link', () => {
	it('takes a full link from any host, a path, or a presenter step, and keeps only the scenario', () => {
		// A link made with the model as it is now: one from an older revision gets that revision's notices.
		const r = getModel('last-mile')!.revision ?? 1;
		expect(
			readPastedLink(` https://example.org/decisions/last-mile?v=1&r=${r}&volume=9000 `, getModel)
		).toEqual({
			ok: true,
			modelId: 'last-mile',
			scenario: decodeScenario(getModel('last-mile')!, 'volume=9000').scenario,
			query: canonical('last-mile', 'volume=9000'),
			notices: []
		});
		expect(readPastedLink('/decisions/last-mile', getModel)).toEqual({
			ok: true,
			modelId: 'last-mile',
			scenario: decodeScenario(getModel('last-mile')!, '').scenario,
			query: canonical('last-mile', ''),
			notices: []
		});
		expect(readPastedLink('http://x/decisions/last-mile/present/flip?lock=volume', getModel)).toMatchObject({
			ok: true,
			query: canonical('last-mile', 'lock=volume')
		});
	});

	it('keeps a long pasted link to what the scenario means, in the codec’s form, with its notices', () => {
		const junk = Array.from({ length: 2000 }, (_, i) => `k${i}=${i}`).join('&');
		const read = readPastedLink(`https://example.org/decisions/last-mile?${junk}&volume=9000`, getModel);
		if (!read.ok) throw new Error(read.message);
		// The scenario's link as the codec writes it: short, whatever was pasted.
		expect(read.query).toBe(canonical('last-mile', ''));
		expect(read.query.length).toBeLessThan(40);
		expect(read.notices.map((n) => n.message)).toContain(
			'This link is longer than 4,000 characters; ignored everything after that.'
		);
		const kept = readPastedLink('/decisions/last-mile?zzz=1&volume=9000&name=Team+A', getModel);
		expect(kept).toMatchObject({ ok: true, query: canonical('last-mile', 'volume=9000&name=Team%20A') });
	});

	it('says what is wrong with anything else', () => {
		const message = (t: string) => {
			const r = readPastedLink(t, getModel);
			return r.ok ? '' : r.message;
		};
		expect(message('')).toBe('Paste a scenario’s link first.');
		expect(message('http://[bad')).toBe('That is not a link.');
		expect(message('https://example.org/sources/doc')).toContain('not a link to a decision');
		expect(message('/decisions/%3Cscript%3E')).toBe('There is no decision called “<script>”.');
		expect(message('javascript:alert(1)')).toContain('not a link to a decision');
	});
});

describe('the table of differences', () => {
	it('lists the parameters any scenario changed, marks changed cells and rows that disagree', () => {
		const rows = differences(model, [
			scenario({ stake: 0.7 }),
			scenario({ stake: 0.7, uplift: 0.02 }),
			scenario({})
		]);
		const stake = model.params.find((p) => p.id === 'stake')!;
		expect(rows.map((r) => r.param.id)).toEqual(['stake', 'uplift']);
		expect(rows[0]).toEqual({
			param: stake,
			values: [0.7, 0.7, stake.default],
			changed: [true, true, false],
			differs: stake.default !== 0.7
		});
		expect(rows[1].changed).toEqual([false, true, false]);
		expect(differences(model, [scenario({}), scenario({})])).toEqual([]);
	});

	it('names an unnamed scenario by its place', () => {
		expect(scenarioLabel(scenario({}, 'Team A'), 0)).toBe('Team A');
		expect(scenarioLabel(scenario({}), 2)).toBe('Scenario 3');
	});
});

/** A Storage in memory; `broken` makes every write throw, as a full or disabled localStorage does. */
function memoryStorage(broken = false): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (k) => data.get(k) ?? null,
		key: (i) => [...data.keys()][i] ?? null,
		removeItem: (k) => void data.delete(k),
		setItem: (k, v) => {
			if (broken) throw new Error('QuotaExceededError');
			data.set(k, v);
		}
	};
}

describe('pins', () => {
	it('keeps pins per decision, once each, at most six', () => {
		const s = memoryStorage();
		expect(pin(s, 'last-mile', 'v=1&volume=9000').message).toBe('Pinned: 1 of 6 for a comparison.');
		expect(pin(s, 'last-mile', 'v=1&volume=9000').message).toBe('This scenario is pinned already.');
		for (let i = 2; i <= 6; i++) pin(s, 'last-mile', `v=1&seed=${i}`);
		expect(pin(s, 'last-mile', 'v=1&seed=7').message).toContain('unpin one first');
		expect(readPins(s, 'last-mile')).toHaveLength(6);
		expect(readPins(s, 'cloud-spinoff')).toEqual([]);
		expect(unpin(s, 'last-mile', 'v=1&volume=9000')).toHaveLength(5);
		clearPins(s, 'last-mile');
		expect(readPins(s, 'last-mile')).toEqual([]);
	});

	it('survives a storage that throws or holds junk', () => {
		const broken = memoryStorage(true);
		expect(pin(broken, 'last-mile', 'v=1').message).toContain('does not let the page keep pins');
		const junk = memoryStorage();
		junk.setItem('scenario-lab:pins:last-mile', '{not json');
		expect(readPins(junk, 'last-mile')).toEqual([]);
		junk.setItem('scenario-lab:pins:last-mile', JSON.stringify(['v=1', 7, null]));
		expect(readPins(junk, 'last-mile')).toEqual(['v=1']);
		expect(readPins(undefined, 'last-mile')).toEqual([]);
	});

	it('reads each pin once, even when the storage holds one twice', () => {
		const s = memoryStorage();
		s.setItem('scenario-lab:pins:last-mile', JSON.stringify(['v=1&volume=9000', 'v=1', 'v=1&volume=9000']));
		expect(readPins(s, 'last-mile')).toEqual(['v=1&volume=9000', 'v=1']);
		expect(unpin(s, 'last-mile', 'v=1&volume=9000')).toEqual(['v=1']);
	});
});
