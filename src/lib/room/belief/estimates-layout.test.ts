import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanes, estimatesDomain, labelWidth, ruleLabelX } from './estimates-layout';

describe('estimatesDomain', () => {
	it('holds every answer, the pool and the rules, padded, within the parameter’s range', () => {
		const answers = [
			{ participant: 1, best: 0.1, low: 0.05, high: 0.2, implied: false },
			{ participant: 2, best: 0.12, implied: false, unfit: 'no' }
		];
		const table = Array.from({ length: 41 }, (_, k) => 0.02 + k * 0.005);
		const [lo, hi] = estimatesDomain(answers, table, [0.3], { min: -0.05, max: 0.3 });
		expect(lo).toBeLessThan(0.02);
		expect(lo).toBeGreaterThanOrEqual(-0.05);
		expect(hi).toBe(0.3);
	});

	it('gives a single point some width, and falls back to the range with nothing to show', () => {
		const [lo, hi] = estimatesDomain([], null, [5], { min: 0, max: 10 });
		expect(lo).toBeLessThan(5);
		expect(hi).toBeGreaterThan(5);
		expect(estimatesDomain([], null, [], { min: 0, max: 10 })).toEqual([0, 10]);
	});
});

describe('assignLanes', () => {
	it('puts overlapping spans in different lanes and reuses a lane once it is free', () => {
		const { lanes, count } = assignLanes(
			[
				{ from: 0, to: 10 },
				{ from: 5, to: 15 },
				{ from: 12, to: 20 }
			],
			1,
			10
		);
		expect(lanes).toEqual([0, 1, 0]);
		expect(count).toBe(2);
	});

	it('never overlaps within a lane while lanes are left, and never exceeds the limit (property)', () => {
		const span = fc
			.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }))
			.map(([from, w]) => ({ from, to: from + w }));
		fc.assert(
			fc.property(fc.array(span, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (spans, max) => {
				const { lanes, count } = assignLanes(spans, 2, max);
				expect(count).toBeLessThanOrEqual(Math.max(1, max));
				expect(Math.max(0, ...lanes)).toBeLessThan(count);
				if (count < max) {
					for (let i = 0; i < spans.length; i++)
						for (let j = i + 1; j < spans.length; j++)
							if (lanes[i] === lanes[j]) {
								const [a, b] = spans[i].from <= spans[j].from ? [spans[i], spans[j]] : [spans[j], spans[i]];
								expect(a.to + 2).toBeLessThanOrEqual(b.from);
							}
				}
			}),
			{ seed: 5, numRuns: 200 }
		);
	});
});

describe('ruleLabelX', () => {
	it('puts a label right of its rule, left of it near the right edge, and whole inside a narrow chart', () => {
		expect(ruleLabelX(300, 200, 5, 0, 1000)).toBe(305);
		expect(ruleLabelX(900, 200, 5, 0, 1000)).toBe(695);
		expect(ruleLabelX(150, 300, 5, 20, 360)).toBe(60);
		expect(ruleLabelX(150, 500, 5, 20, 360)).toBe(20);
	});

	it('puts a label left of its rule when asked and it fits there', () => {
		expect(ruleLabelX(500, 200, 5, 0, 1000, true)).toBe(295);
		expect(ruleLabelX(100, 200, 5, 0, 1000, true)).toBe(105);
	});

	it('estimates a label’s width from its length and font size', () => {
		expect(labelWidth('Source: 12 %', 20)).toBe(144);
	});
});
