import { describe, expect, it } from 'vitest';
import { getModel } from '$lib/decisions/testing';
import { getDocument } from '$lib/sources/documents';
import { modelFootnote, sourceLink, sourceText } from './sources-text';

const LINK = 'https://lab.example/decisions/cainiao-ownership?v=1';

describe('sources as text', () => {
	const def = getModel('cainiao-ownership')!;
	const sources = def.params.flatMap((p) => p.sources);

	it('quotes a passage with where it stands, and names an assumption as one', () => {
		const seed = sources.find((s) => 'doc' in s)!;
		const pub = sources.find((s) => 'url' in s)!;
		const judged = sources.find((s) => 'assumption' in s)!;
		expect(sourceText(seed)).toMatch(/^“.+” \(.+, seeds\/\d{3}_[0-9a-f]+\.txt\)/);
		expect(sourceText(pub)).toContain(`${pub.url})`);
		expect(sourceText(judged)).toMatch(/^Assumption: /);
		expect(sourceLink(seed, LINK)).toMatch(/^https:\/\/lab\.example\/sources\/\d{3}_[0-9a-f]+#/);
		expect(sourceLink(judged, LINK)).toBeNull();
	});

	it("footnotes a chart with each cited document once, the count of assumptions and the scenario's link", () => {
		const [title, cited, link] = modelFootnote(def, LINK);
		expect(title).toContain(def.title);
		for (const s of sources)
			if ('doc' in s) expect(cited.split(getDocument(s.doc)!.title)).toHaveLength(2);
			else if ('url' in s) expect(cited).toContain(s.title);
		const assumptions = sources.filter((s) => 'assumption' in s).length;
		expect(cited).toContain(`${assumptions} assumptions`);
		expect(link).toBe(`Scenario: ${LINK}`);
	});
});
