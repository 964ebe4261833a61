/**
 * The registry finds every decision by its folder, and what holds for every decision in the app, whatever
 * its economics: its listing entry agrees with its model, it compiles, and its verdict's parts add up to
 * the verdict.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakdown, evaluator } from '$lib/engine/analysis';
import { isPublicSource, isSeedSource, type ModelDef, type Source } from '$lib/engine/types';
import { sharedFigures } from '$lib/sources/public-figures';
import { decisions, findDecision, hasGuide, loadGuide, loadModel } from './registry';
import { getCompiled, getGuide, models } from './testing';
import { EVERYWHERE, SHARED_ASSUMPTIONS } from './shared-assumptions';
import { byShelf, FIXTURE_PREFIX } from './types';

const sourcesOf = (def: ModelDef): Source[] => [
	...def.params.flatMap((p) => p.sources),
	...(def.teach?.context.flatMap((c) => c.sources) ?? [])
];

describe('the registry', () => {
	it('finds each folder by itself, with the test-only decision in the tests’ build', () => {
		expect(decisions.length).toBeGreaterThan(1);
		expect(decisions.some((d) => d.id.startsWith(FIXTURE_PREFIX))).toBe(true);
		expect(models.map((m) => m.id)).toEqual(decisions.map((d) => d.id));
	});

	it('lists decisions by shelf, then title', () => {
		expect(decisions).toEqual([...decisions].sort(byShelf));
	});

	it('finds nothing for an unknown id or an inherited name', async () => {
		for (const id of ['no-such-decision', 'constructor', '__proto__', '../registry']) {
			expect(findDecision(id)).toBeUndefined();
			expect(await loadModel(id)).toBeUndefined();
			expect(await loadGuide(id)).toBeUndefined();
			expect(hasGuide(id)).toBe(false);
		}
	});

	it('loads a model once, however often it is asked for', async () => {
		const id = decisions[0].id;
		expect(await loadModel(id)).toBe(await loadModel(id));
	});
});

describe.each(decisions.map((d) => [d.id, d] as const))('the folder %s', (id, meta) => {
	const def = models.find((m) => m.id === id)!;

	it('holds a model with its folder’s id, title and question', () => {
		expect(def).toBeDefined();
		expect({ id: def.id, title: def.title, question: def.question }).toEqual({
			id,
			title: meta.title,
			question: meta.question
		});
	});

	it('holds a room guide for its model', () => {
		expect(hasGuide(id)).toBe(true);
		expect(getGuide(id)?.modelId).toBe(id);
	});

	it('names in `shares` exactly the shared public figures its model cites', () => {
		const cited = Object.entries(sharedFigures)
			.filter(([, f]) =>
				sourcesOf(def).some((s) => isPublicSource(s) && s.url === f.url && s.quote === f.quote)
			)
			.map(([key]) => key);
		expect([...meta.shares].sort()).toEqual(cited.sort());
	});

	it('carries each shared assumption it declares in a parameter it has, once each', () => {
		const ids = def.params.map((p) => p.id);
		for (const use of meta.assumes) {
			expect(ids, `${use.id} → ${use.param}`).toContain(use.param);
			expect(use.as.length, use.id).toBeGreaterThan(20);
		}
		expect(new Set(meta.assumes.map((u) => u.id)).size).toBe(meta.assumes.length);
		expect(meta.assumes.map((u) => u.id)).toContain(EVERYWHERE);
	});

	it('counts in `from` exactly the document passages its model quotes', () => {
		const quoted: Record<string, Set<string>> = {};
		for (const s of sourcesOf(def))
			if (isSeedSource(s)) (quoted[s.doc] ??= new Set()).add(s.quote.replace(/\s+/g, ' ').trim());
		expect(meta.from).toEqual(Object.fromEntries(Object.entries(quoted).map(([doc, q]) => [doc, q.size])));
	});
});

const anyValues = (id: string) => {
	const def = getCompiled(id)!.def;
	return fc.record(
		Object.fromEntries(
			def.params.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })] as const)
		)
	);
};

describe.each(models.map((m) => [m.id] as const))('the model %s', (id) => {
	const cm = getCompiled(id)!;
	const evaluate = evaluator(cm);
	const { by } = cm.def.decide;

	it('declares the parts of its deciding output', () => {
		expect(cm.def.breakdown?.add.length).toBeGreaterThan(0);
	});

	it('has parts that add up to the deciding output for every option, at any values', () => {
		fc.assert(
			fc.property(anyValues(id), (values) => {
				const results = evaluate(values);
				const rows = breakdown(cm, results);
				for (const o of cm.def.options) {
					const total = results[o.id].outputs[by];
					const sum = rows.reduce((a, r) => a + r.byOption[o.id], 0);
					expect(sum).toBeCloseTo(total, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(total) + 1))));
				}
			}),
			{ numRuns: 60 }
		);
	});
});

describe('the shared assumptions', () => {
	it('each connect two decisions or more', () => {
		const real = decisions.filter((d) => !d.id.startsWith(FIXTURE_PREFIX));
		for (const id of Object.keys(SHARED_ASSUMPTIONS))
			expect(real.filter((d) => d.assumes.some((u) => u.id === id)).length, id).toBeGreaterThan(1);
	});
});
