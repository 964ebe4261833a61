import { describe, expect, it } from 'vitest';
import { bySection, stripLayout, type StripInput } from './strip';

const base: StripInput = { min: 0, max: 10, source: 2, breakEven: 5, value: 8, width: 220, inset: 10 };

describe('stripLayout', () => {
	it('places the marks along the range between the insets', () => {
		const l = stripLayout(base);
		expect([l.x0, l.x1]).toEqual([10, 210]);
		expect(l.source).toBe(50);
		expect(l.breakEven).toBe(110);
		expect(l.value).toBe(170);
	});

	it('says whether the group’s value lies across the break-even from the sources', () => {
		expect(stripLayout(base).across).toBe(true);
		expect(stripLayout({ ...base, value: 3 }).across).toBe(false);
		expect(stripLayout({ ...base, value: 5 }).across).toBeNull();
		expect(stripLayout({ ...base, breakEven: null }).across).toBeNull();
	});

	it('draws no break-even or value it does not have, and keeps marks outside the range at its ends', () => {
		const l = stripLayout({ ...base, breakEven: null, value: null, source: -4 });
		expect(l.breakEven).toBeNull();
		expect(l.value).toBeNull();
		expect(l.source).toBe(10);
		expect(stripLayout({ ...base, value: 12 }).value).toBe(210);
	});

	it('puts every mark in the middle of a range of one value, and never gives NaN', () => {
		const l = stripLayout({ ...base, min: 3, max: 3, source: 3, breakEven: 3, value: 3 });
		expect([l.source, l.breakEven, l.value]).toEqual([110, 110, 110]);
		const narrow = stripLayout({ ...base, width: 5 });
		for (const x of [narrow.x0, narrow.x1, narrow.source, narrow.value!])
			expect(Number.isFinite(x)).toBe(true);
		expect(narrow.x1).toBeGreaterThanOrEqual(narrow.x0);
	});
});

describe('bySection', () => {
	it('keeps one section per assumption, in the order the groups first name them, groups in their order', () => {
		const g = (id: number, param: string) => ({ id, param });
		const s = bySection([
			g(1, 'uplift'),
			g(2, 'valuation'),
			g(3, 'capture'),
			g(4, 'rate'),
			g(5, 'uplift'),
			g(6, 'valuation')
		]);
		expect(s.map((x) => [x.param, x.groups.map((y) => y.id)])).toEqual([
			['uplift', [1, 5]],
			['valuation', [2, 6]],
			['capture', [3]],
			['rate', [4]]
		]);
		expect(bySection([])).toEqual([]);
	});
});
