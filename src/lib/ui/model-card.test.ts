import { describe, expect, it } from 'vitest';
import { models } from '$lib/decisions/testing';
import { carriedRows, unknownCarried } from './model-card';
import { cardedModel } from './testing/carded-model';

describe('the model card’s carried assumptions', () => {
	it('lists them crux first, each with its value and what stands behind it', () => {
		const rows = carriedRows(cardedModel);
		expect(rows.map((r) => r.param.id)).toEqual(['growth', 'rate']);
		expect(rows[0].value).toBe('5\u00a0%');
		// Growth has only context and an assumption: it is an assumption, with its reason.
		expect(rows[0].basis).toBe('Assumption: No public figure; 5 % a year is a round judgement.');
	});

	it('names the figure and the arithmetic of a value source', () => {
		const rows = carriedRows({ ...cardedModel, card: { ...cardedModel.card!, carries: ['cash'] } });
		expect(rows[0].basis).toBe('From “$0.3 billion”: a quarter’s figure times four.');
	});

	it('holds every decision’s card to parameters of its own model', () => {
		for (const def of [...models, cardedModel]) expect(unknownCarried(def), def.id).toEqual([]);
		expect(unknownCarried({ ...cardedModel, card: { ...cardedModel.card!, carries: ['nope'] } })).toEqual([
			'nope'
		]);
	});
});
