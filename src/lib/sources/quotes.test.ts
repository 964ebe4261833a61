import { describe, expect, it } from 'vitest';
import type { ModelDef, ParamDef, Source } from '$lib/engine/types';
import { citeHref, quoteId } from './cite';
import { getDocument } from './documents';
import { passageViews } from './highlight';
import { passagesOf } from './passages';
import { citationsOf, findQuote } from './quotes';
import { loadAllModels } from '$lib/decisions/registry';

const DOC = '001_86fc04a350121958.txt';
const CAINIAO = 'Cainiao, Alibaba’s logistics arm, is playing a crucial role';

function param(id: string, sources: Source[]): ParamDef {
	return { id, label: `Label ${id}`, unit: '%', default: 0.1, min: 0, max: 1, step: 0.01, sources };
}

function model(params: ParamDef[], context: Source[][] = []): ModelDef {
	return {
		id: 'fake',
		title: 'Fake model',
		question: '?',
		summary: '',
		periods: { count: 2, unit: 'year', start: 2024 },
		params,
		options: [{ id: 'a', label: 'A', description: '' }],
		series: { s: { label: 'S', unit: 'USD', formula: '1' } },
		outputs: { v: { label: 'V', unit: 'USD', formula: 'sum(s)' } },
		decide: { by: 'v', higherIsBetter: true },
		chart: { series: 's' },
		teach: { context: context.map((sources) => ({ text: 'context', sources })), prompts: [] }
	};
}

describe('findQuote', () => {
	it('finds an exact quote and reports its span and passage', () => {
		const m = findQuote(DOC, CAINIAO);
		expect(m).not.toBeNull();
		expect(m?.docId).toBe('001_86fc04a350121958');
		expect(m?.anchor).toBe('p-cainiao-alibabas-logistics-arm-is-playing');
		expect(getDocument(DOC)?.text.slice(m?.start, m?.end)).toBe(CAINIAO);
	});

	it('accepts the document id without .txt', () => {
		expect(findQuote('001_86fc04a350121958', CAINIAO)).toEqual(findQuote(DOC, CAINIAO));
	});

	it('ignores differences in whitespace, including line breaks', () => {
		expect(findQuote(DOC, `  Cainiao,   Alibaba’s\tlogistics\n arm, is playing a  crucial\r\nrole `)).toEqual(
			findQuote(DOC, CAINIAO)
		);
		// The quote runs over a line break (and the indentation) of the document.
		const across = findQuote(
			'002_e74d1a13da165fef',
			'as cloud spin-off falls through • Alibaba has sharpened'
		);
		expect(across?.anchor).toBe('p-alibaba-looks-to-strategic-innovations-at');
		const span = getDocument('002_e74d1a13da165fef')?.text.slice(across?.start, across?.end);
		expect(span).toMatch(/^as cloud spin-off falls through\n\n\s+• Alibaba has sharpened$/);
	});

	it('does not normalise apostrophes', () => {
		expect(findQuote(DOC, "Cainiao, Alibaba's logistics arm")).toBeNull();
	});

	it('does not find a quote that strays from the text', () => {
		expect(findQuote(DOC, 'Cainiao, Alibaba’s logistics arm, is playing a decisive role')).toBeNull();
		// Both halves exist, but not next to each other.
		expect(
			findQuote(DOC, 'price cuts of up to 50% for core cloud services. Cainiao is investing heavily')
		).toBeNull();
	});

	it('does not insert whitespace the document lacks, nor find empty quotes or missing documents', () => {
		expect(findQuote(DOC, 'Cai niao, Alibaba’s')).toBeNull();
		expect(findQuote(DOC, '   ')).toBeNull();
		expect(findQuote('999_missing.txt', CAINIAO)).toBeNull();
	});
});

describe('citeHref', () => {
	it('points a seed source at its quote’s id, which the document’s page gives the passage it starts in', () => {
		const href = citeHref({ doc: DOC, quote: CAINIAO })!;
		expect(href).toBe(`/sources/001_86fc04a350121958#${quoteId(CAINIAO)}`);
		expect(href).toMatch(/^\/sources\/001_86fc04a350121958#q-[0-9a-z]+$/);
		const doc = getDocument(DOC)!;
		const views = passageViews(doc.id, passagesOf(doc.text), [
			{
				modelId: 'm',
				modelTitle: 'M',
				paramId: null,
				paramLabel: null,
				source: { doc: DOC, quote: CAINIAO },
				match: findQuote(DOC, CAINIAO)
			}
		]);
		const at = views.filter((v) => v.quoteIds.includes(quoteId(CAINIAO)));
		expect(at.map((v) => v.anchor)).toEqual(['p-cainiao-alibabas-logistics-arm-is-playing']);
	});
	it('gives the same id whatever the quote’s whitespace, as quotes are matched', () => {
		expect(quoteId('a  b\nc ')).toBe(quoteId('a b c'));
		expect(quoteId('a b c')).not.toBe(quoteId('a b d'));
	});
	it('points a public source at its URL and gives an assumption nothing', () => {
		expect(citeHref({ url: 'https://example.com/a', title: 't', date: '2024-01-01', quote: 'q' })).toBe(
			'https://example.com/a'
		);
		expect(citeHref({ assumption: 'a judgement' })).toBeNull();
	});
	it('gives every quote the models cite its own id within its document', async () => {
		const cites = citationsOf(await loadAllModels());
		const byDoc = new Map<string, Map<string, string>>();
		for (const c of cites) {
			const ids = byDoc.get(c.source.doc) ?? new Map<string, string>();
			const words = c.source.quote.replace(/\s+/g, ' ').trim();
			const id = quoteId(words);
			expect(ids.get(id) ?? words, `${id} names two quotes`).toBe(words);
			ids.set(id, words);
			byDoc.set(c.source.doc, ids);
		}
		expect(byDoc.size).toBeGreaterThan(0);
	});
});

describe('citationsOf', () => {
	it('lists seed citations of parameters and teaching context, with their matches', () => {
		const m = model(
			[
				param('a', [{ doc: DOC, quote: CAINIAO }, { assumption: 'no' }]),
				param('b', [{ url: 'https://example.com', title: 't', date: 'd', quote: 'q' }])
			],
			[[{ doc: '000_f6e0178e0d085426.txt', quote: 'missing words' }]]
		);
		const cs = citationsOf([m]);
		expect(cs).toHaveLength(2);
		expect(cs[0]).toMatchObject({
			modelId: 'fake',
			modelTitle: 'Fake model',
			paramId: 'a',
			paramLabel: 'Label a'
		});
		expect(cs[0].match?.anchor).toBe('p-cainiao-alibabas-logistics-arm-is-playing');
		expect(cs[1]).toMatchObject({ paramId: null, paramLabel: null, match: null });
	});
});
