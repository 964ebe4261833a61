import { describe, expect, it } from 'vitest';
import type { ModelDef } from '$lib/engine/types';
import { models } from '$lib/decisions/testing';
import { checkDerivations, derivedValue, readFigure } from './derive';

describe('value-supporting sources', () => {
	it('every one states its figure in its quote, and its arithmetic gives the default', () => {
		const problems = checkDerivations(models);
		expect(problems, `\n${problems.join('\n')}`).toEqual([]);
	});
});

describe('the derivation checker', () => {
	it('reads figures as people write them', () => {
		expect(readFigure('$10.3 billion')).toBe(10.3);
		expect(readFigure('63.7%')).toBe(63.7);
		expect(readFigure('RMB 1,200 million')).toBe(1200);
		expect(readFigure('\u22124 percent')).toBe(-4);
		expect(readFigure('no number')).toBeNaN();
		expect(derivedValue({ figure: '63.7%', formula: 'x / 100', says: '' })).toBeCloseTo(0.637, 12);
	});

	it('names a figure missing from its quote, a wrong arithmetic and a missing derivation', () => {
		const fake = {
			id: 'fake',
			params: [
				{
					id: 'stake',
					default: 0.637,
					sources: [
						{
							doc: 'x',
							quote: 'owns approximately 63.7% of',
							role: 'value',
							derive: { figure: '63.7%', formula: 'x / 100', says: '' }
						},
						{
							doc: 'x',
							quote: 'owns approximately 63.7% of',
							role: 'value',
							derive: { figure: '64%', formula: 'x / 100', says: '' }
						},
						{
							doc: 'x',
							quote: 'owns approximately 63.7% of',
							role: 'value',
							derive: { figure: '63.7%', formula: 'x', says: '' }
						},
						{ doc: 'x', quote: 'owns approximately 63.7% of', role: 'value' },
						{ doc: 'x', quote: 'context only', role: 'context' }
					]
				}
			]
		} as unknown as ModelDef;
		const problems = checkDerivations([fake]);
		expect(problems).toHaveLength(3);
		expect(problems[0]).toContain('does not stand');
		expect(problems[1]).toContain('gives 63.7');
		expect(problems[2]).toContain('must say how');
	});

	it('refuses an “up to” figure taken as the default as it stands, and allows a share of it', () => {
		const model = (formula: string, value: number) =>
			({
				id: 'fake',
				params: [
					{
						id: 'share',
						default: value,
						sources: [
							{
								doc: 'x',
								quote: 'up to 40% of consumers prefer lockers',
								role: 'value',
								derive: { figure: '40%', formula, says: '' }
							}
						]
					}
				]
			}) as unknown as ModelDef;
		expect(checkDerivations([model('x / 100', 0.4)])).toEqual([
			'fake.share: "up to 40%" is an upper bound, not a value to take as it stands'
		]);
		expect(checkDerivations([model('x / 100 / 2', 0.2)])).toEqual([]);
	});
});
