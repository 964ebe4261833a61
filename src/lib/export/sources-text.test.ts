import { describe, expect, it } from 'vitest';
import { getModel } from '$lib/decisions/testing';
import { getDocument } from '$lib/sources/documents';
import type { Source } from '$lib/engine/types';
import { hasValueSource } from '$lib/ui/source-role';
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
		// A parameter whose value no source's figure states counts as an assumption, context or not.
		const assumed = def.params.filter((p) => !hasValueSource(p)).length;
		expect(cited).toContain(`${def.params.length - assumed} of ${def.params.length} from a source's figure`);
		expect(cited).toContain(`${assumed} assumptions`);
		expect(link).toBe(`Scenario: ${LINK}`);
	});

	it('says with its parameter what a source does: supports the value (with the arithmetic) or gives context', () => {
		const seed = sources.find((s) => 'doc' in s)!;
		const param = { default: 0.25, unit: '%', step: 0.01 };
		const value: Source = {
			...seed,
			role: 'value',
			derive: { figure: '25%', formula: 'x / 100', says: 'as a fraction' }
		};
		expect(sourceText(value, param)).toMatch(/^Supports the value: 25% → as a fraction → 25\u00a0%\. “/);
		expect(sourceText({ ...seed, role: 'context' }, param)).toMatch(/^Context: “/);
		// Without a role a quote is context.
		expect(sourceText({ ...seed, role: undefined, derive: undefined }, param)).toMatch(/^Context: “/);
	});
});
