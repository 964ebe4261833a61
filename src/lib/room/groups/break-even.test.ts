import { describe, expect, it } from 'vitest';
import { FIXTURE_ID, getCompiled } from '$lib/decisions/testing';
import { Reporter } from '$lib/engine/report';
import { breakEvenSearch } from './break-even';

describe('breakEvenSearch', () => {
	it('finds, for every parameter, the break-even the decision page shows at the same scenario', () => {
		for (const [id, values] of [
			['cainiao-ownership', {}],
			['cainiao-ownership', { rate: 0.11, valuation: 14 }],
			[FIXTURE_ID, { rent: 2 }]
		] as const) {
			const cm = getCompiled(id)!;
			const search = breakEvenSearch(cm, values);
			const page = new Reporter(cm).report(values, null).breakEvens;
			for (const b of page) expect(search(b.paramId), `${id} ${b.paramId}`).toBe(b.value);
		}
	});

	it('says null where the verdict does not flip in range, and refuses a parameter the model lacks', () => {
		const cm = getCompiled('cainiao-ownership')!;
		const search = breakEvenSearch(cm, {});
		const page = new Reporter(cm).report({}, null).breakEvens;
		// Both kinds occur at the sourced values: the test would be empty otherwise.
		expect(page.some((b) => b.value === null)).toBe(true);
		expect(page.some((b) => b.value !== null)).toBe(true);
		expect(search('uplift')).not.toBeNull();
		expect(() => search('nothing')).toThrow(/not a parameter/);
	});
});
