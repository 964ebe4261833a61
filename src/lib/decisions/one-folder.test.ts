/**
 * A decision is its folder and nothing else: the test-only decision, added as one folder, is named nowhere
 * outside it, and no file elsewhere keeps a list of decisions by hand (two or more ids in one file), apart
 * from the files below, each with its reason. A file may still use one decision as a worked example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisions } from './registry';
import { FIXTURE_PREFIX } from './types';

const EXCEPTIONS: Record<string, string> = {
	'src/lib/state/old-links.test.ts': 'old links as they were sent, one per decision: fixtures of the past',
	'src/lib/decisions/revisions.test.ts':
		'the revision each decision had when random streams came to be keyed by id: a fact of the past, one per decision',
	'src/lib/guides/figures.test.ts': 'each token kind tried on a decision whose figures have that feature',
	'src/lib/compare/comparison.test.ts': 'a link of one decision pasted into another’s comparison needs two',
	'tests/e2e/compare.test.ts': 'a link of one decision pasted into another’s comparison needs two',
	'tests/e2e/hostile-link.test.ts': 'a comparison link that names two decisions needs two',
	'src/lib/compare/paste.test.ts': 'links of another decision pasted among one decision’s need two',
	'src/lib/ui/scenario-changes.test.ts':
		'a lead is worded as value on a value model and as cost on a cost model: one of each',
	'tests/bench/page-settle.ts': 'the bench times one time-chart page and one profile-chart page',
	'tests/bench/press-parts.ts': 'it takes apart the press page-settle.ts times, on the same two pages',
	'tests/bench/big-runs-models.ts':
		'the big-run bench times one two-option model and one four-option model with many uncertain inputs',
	'tests/e2e/csp.test.ts':
		'one two-option page and one four-option page, each run with and without generated code'
};

const ROOT = join(import.meta.dirname, '../../..');
const DECISIONS = join(ROOT, 'src/lib/decisions');

function* files(dir: string): Generator<string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, e.name);
		if (e.isDirectory()) yield* files(path);
		else if (/\.(ts|js|svelte)$/.test(e.name)) yield path;
	}
}

/**
 * An id as code writes it: quoted, in a path or a query ('last-mile', /decisions/last-mile?…, d=last-mile&),
 * not the word in prose.
 */
const named = (text: string, id: string) => new RegExp(`['"\`/=]${id}['"\`/?#&]`).test(text);

const outside = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'tests'))].map((path) => ({
	path: relative(ROOT, path).split('\\').join('/'),
	folder: path.startsWith(DECISIONS) ? relative(DECISIONS, path).split(/[\\/]/)[0] : null,
	text: readFileSync(path, 'utf8')
}));
const namesIn = (f: (typeof outside)[number]) =>
	decisions.map((d) => d.id).filter((id) => id !== f.folder && named(f.text, id));

describe('one folder per decision', () => {
	it('finds the files it checks', () => {
		expect(outside.length).toBeGreaterThan(50);
		expect(namesIn({ path: 'x', folder: null, text: "open('/decisions/last-mile?v=1')" })).toEqual(
			decisions.some((d) => d.id === 'last-mile') ? ['last-mile'] : []
		);
	});

	it('names a test-only decision nowhere outside its own folder', () => {
		const fixtures = decisions.filter((d) => d.id.startsWith(FIXTURE_PREFIX)).map((d) => d.id);
		expect(fixtures.length).toBeGreaterThan(0);
		const found = outside.filter((f) => namesIn(f).some((id) => fixtures.includes(id))).map((f) => f.path);
		expect(found).toEqual([]);
	});

	it('keeps no hand-made list of decisions outside the folders, but for the files it names and why', () => {
		const lists = outside
			.filter((f) => !Object.hasOwn(EXCEPTIONS, f.path) && namesIn(f).length > 1)
			.map((f) => `${f.path}: ${namesIn(f).join(', ')}`);
		expect(lists).toEqual([]);
	});

	it('keeps no exception that has stopped being one', () => {
		for (const path of Object.keys(EXCEPTIONS)) {
			const f = outside.find((x) => x.path === path);
			expect(f && namesIn(f).length > 1, path).toBe(true);
		}
	});
});
