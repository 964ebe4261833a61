import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { docIdOf, documents, getDocument } from './documents';

describe('documents', () => {
	it('loads the three seeds, each with a catalog entry', () => {
		expect(documents.map((d) => d.id)).toEqual([
			'000_f6e0178e0d085426',
			'001_86fc04a350121958',
			'002_e74d1a13da165fef'
		]);
		for (const d of documents) {
			expect(catalog[d.id], d.id).toBeDefined();
			expect(d.text.length).toBeGreaterThan(1000);
			expect(d.file).toBe(`${d.id}.txt`);
		}
	});

	it('accepts ids and file names', () => {
		expect(docIdOf('001_86fc04a350121958.txt')).toBe('001_86fc04a350121958');
		expect(docIdOf('/seeds/001_86fc04a350121958.txt')).toBe('001_86fc04a350121958');
		expect(docIdOf('001_86fc04a350121958')).toBe('001_86fc04a350121958');
		expect(getDocument('001_86fc04a350121958.txt')).toBe(getDocument('001_86fc04a350121958'));
		expect(getDocument('001_86fc04a350121958')?.title).toBe(catalog['001_86fc04a350121958'].title);
		expect(getDocument('999_missing')).toBeUndefined();
	});
});
