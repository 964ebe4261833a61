import { describe, expect, it } from 'vitest';
import { documents } from './documents';
import { passageAt, slugOf, splitPassages } from './passages';

describe('slugOf', () => {
	it('takes the first six words, lowercased ASCII, apostrophes joined', () => {
		expect(slugOf('- Cainiao, Alibaba’s logistics arm, is playing a crucial role')).toBe(
			'p-cainiao-alibabas-logistics-arm-is-playing'
		);
	});
	it('drops accents and symbols', () => {
		expect(slugOf('Café • “Déjà vu” – 01:53')).toBe('p-cafe-deja-vu-01-53');
	});
	it('gives a line without letters or digits a generic slug', () => {
		expect(slugOf('——')).toBe('p-passage');
	});
});

describe('splitPassages', () => {
	const text = 'First line here.\n\n  Second line, indented.  \r\nFirst line here.\n';

	it('makes one passage per non-empty line, trimmed, with offsets into the text', () => {
		const ps = splitPassages(text);
		expect(ps.map((p) => p.text)).toEqual(['First line here.', 'Second line, indented.', 'First line here.']);
		expect(ps.map((p) => p.index)).toEqual([0, 1, 2]);
		for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
	});

	it('suffixes only colliding anchors, in document order', () => {
		expect(splitPassages(text).map((p) => p.anchor)).toEqual([
			'p-first-line-here',
			'p-second-line-indented',
			'p-first-line-here-2'
		]);
	});

	it('keeps other anchors when a passage is added or edited elsewhere', () => {
		const before = splitPassages('Alpha one.\nBeta two.\nGamma three.');
		const added = splitPassages('A new opening.\nAlpha one.\nBeta two, now edited.\nInserted.\nGamma three.');
		const anchorOf = (ps: typeof before, start: string) => ps.find((p) => p.text.startsWith(start))?.anchor;
		expect(anchorOf(added, 'Alpha')).toBe(anchorOf(before, 'Alpha'));
		expect(anchorOf(added, 'Gamma')).toBe(anchorOf(before, 'Gamma'));
	});

	it('passageAt finds the passage holding an offset, or the next one between passages', () => {
		const ps = splitPassages(text);
		expect(passageAt(ps, ps[1].start + 3)?.anchor).toBe('p-second-line-indented');
		expect(passageAt(ps, ps[0].end + 1)?.anchor).toBe('p-second-line-indented');
	});
});

describe('the seed documents', () => {
	it.each(documents.map((d) => [d.id, d] as const))(
		'%s has unique anchors that cover every line',
		(_id, doc) => {
			const ps = splitPassages(doc.text);
			const lines = doc.text.split('\n').filter((l) => l.trim());
			expect(ps).toHaveLength(lines.length);
			expect(new Set(ps.map((p) => p.anchor)).size).toBe(ps.length);
			for (const p of ps) expect(p.anchor).toMatch(/^p-[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	);

	it('gives a known passage a readable anchor', () => {
		const doc = documents.find((d) => d.id === '001_86fc04a350121958');
		const ps = splitPassages(doc?.text ?? '');
		expect(ps.map((p) => p.anchor)).toContain('p-cainiao-alibabas-logistics-arm-is-playing');
	});
});
