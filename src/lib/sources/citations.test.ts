/**
 * The guarantee behind every quote in the app: each seed citation in every registered model stands
 * verbatim (whitespace aside) in a document that exists.
 */
import { describe, expect, it } from 'vitest';
import type { ModelDef } from '$lib/engine/types';
import { models } from '$lib/decisions/testing';
import { checkCitations, citationsOf } from './quotes';

describe('citations in the registered models', () => {
	it('the registry has models to check', () => {
		expect(models.length).toBeGreaterThan(0);
	});

	it.each(models.map((m) => [m.id, m] as const))('%s has parameters', (_id, model) => {
		expect(model.params.length).toBeGreaterThan(0);
	});

	it('every seed quote stands verbatim in its document', () => {
		const problems = checkCitations(models);
		expect(problems, `\n${problems.join('\n')}`).toEqual([]);
	});
});

describe('the citation checker', () => {
	it('fails on a deliberately altered quote and names model, parameter and quote', () => {
		const good = 'Cainiao, Alibaba’s logistics arm, is playing a crucial role';
		const altered = good.replace('’', "'");
		const fake = {
			id: 'altered',
			title: 'Altered',
			params: [
				{
					id: 'speed',
					label: 'Delivery speed',
					sources: [
						{ doc: '001_86fc04a350121958.txt', quote: good },
						{ doc: '001_86fc04a350121958.txt', quote: altered },
						{ doc: '404_nothing.txt', quote: good }
					]
				}
			]
		} as unknown as ModelDef;
		expect(citationsOf([fake])).toHaveLength(3);
		const problems = checkCitations([fake]);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('"altered"');
		expect(problems[0]).toContain('"speed"');
		expect(problems[0]).toContain(altered);
		expect(problems[1]).toContain('404_nothing.txt does not exist');
	});
});
