import { describe, expect, it } from 'vitest';
import { getDocument } from './documents';
import { isCited, passageViews } from './highlight';
import { passagesOf } from './passages';
import { findQuote, type Citation } from './quotes';

const DOC = '001_86fc04a350121958';
const text = getDocument(DOC)?.text ?? '';

function cite(quote: string, paramId: string | null, modelId = 'm'): Citation {
	return {
		modelId,
		modelTitle: `Model ${modelId}`,
		paramId,
		paramLabel: paramId ? `Label ${paramId}` : null,
		source: { doc: `${DOC}.txt`, quote },
		match: findQuote(DOC, quote)
	};
}

describe('passageViews', () => {
	const cs = [
		cite('recent price cuts of up to 50%', 'cut'),
		cite('price cuts of up to 50% for core cloud services', 'cut2'),
		cite('price cuts of up to 50% for core cloud services', 'cut2'),
		cite('is definitely prioritizing market share', null),
		cite('quote that is not there', 'x')
	];
	const views = passageViews(DOC, passagesOf(text), cs);
	const cited = views.filter(isCited);

	it('marks merged quoted spans and keeps the passage text whole', () => {
		expect(cited).toHaveLength(1);
		const [p] = cited;
		expect(p.segments.map((s) => s.text).join('')).toBe(p.text);
		expect(p.segments.filter((s) => s.quoted).map((s) => s.text)).toEqual([
			'is definitely prioritizing market share',
			'recent price cuts of up to 50% for core cloud services'
		]);
	});

	it('links back to each citing parameter once, and to the model for teaching context', () => {
		expect(cited[0].citedBy).toEqual([
			{ href: '/decisions/m#param-cut', label: 'Label cut', modelTitle: 'Model m', role: 'context' },
			{ href: '/decisions/m#param-cut2', label: 'Label cut2', modelTitle: 'Model m', role: 'context' },
			{ href: '/decisions/m', label: 'Teaching notes', modelTitle: 'Model m', role: 'context' }
		]);
	});

	it('says which citing parameter takes its value from the passage: a value role with its arithmetic', () => {
		const derive = { figure: '50%', formula: 'x / 100', says: 'as a fraction' };
		const value = {
			...cite('recent price cuts of up to 50%', 'cut'),
			source: { doc: `${DOC}.txt`, quote: 'recent price cuts of up to 50%', role: 'value' as const, derive }
		};
		const flagOnly = { ...value, paramId: 'cut2', source: { ...value.source, derive: undefined } };
		const [p] = passageViews(DOC, passagesOf(text), [value, flagOnly]).filter(isCited);
		expect(p.citedBy.map((l) => l.role)).toEqual(['value', 'context']);
	});

	it('ignores citations of other documents', () => {
		expect(passageViews('000_f6e0178e0d085426', passagesOf(text), cs).filter(isCited)).toEqual([]);
	});

	it('marks every passage a quote runs across, and links from the first', () => {
		const v = passageViews(DOC, passagesOf(text), [cite('two main factors: - A renewed focus', 'f')]);
		const hit = v.filter(isCited);
		expect(hit).toHaveLength(2);
		expect(hit[0].citedBy).toHaveLength(1);
		expect(hit[1].citedBy).toHaveLength(0);
		expect(hit[1].segments[0]).toEqual({ text: '- A renewed focus', quoted: true });
	});
});
