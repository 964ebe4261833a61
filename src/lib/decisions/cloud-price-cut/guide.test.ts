/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { cloudPriceCut as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	// One test per parameter: each flip and its two sides take several full reports.
	for (const [id, sides] of [
		['elasticity', ['hold', 'cut']],
		['speed', ['hold', 'cut']],
		['attach', ['hold', 'cut']],
		['match', ['cut', 'hold']],
		['core', ['cut', 'hold']],
		['depth', ['cut', 'hold']]
	] as const) {
		it(`${sides[1]} is best just above the break-even ${id}, ${sides[0]} just below`, () => {
			expect(m.sides(id, m.flip(id)[0].at)).toEqual(sides);
		});
	}

	it('keeping prices loses share to rivals who cut, and a full match of an undercut leaves keeping prices ahead', () => {
		expect(m.output('hold', 'share')).toBeLessThan(m.value('share0'));
		expect(m.best('match=1')).toBe('hold');
		expect(m.best('attach=0')).toBe('hold');
		expect(m.output('cut', 'gap')).toBeLessThan(m.value('depth'));
	});

	it('profit falls at first; the cut is behind to 2033 and ahead after it', () => {
		expect(m.output('cut', 'profitNow')).toBeLessThan(m.output('hold', 'profitNow'));
		expect(m.output('cut', 'horizon')).toBeLessThan(m.output('hold', 'horizon'));
		expect(m.output('cut', 'beyond')).toBeGreaterThan(m.output('hold', 'beyond'));
	});

	it('value against depth peaks a little beyond the rivals’ own cut, and moves with it; no depth pays without scale', () => {
		const lead = (depth: number, more = '') => {
			const r = m.figs.report(`depth=${depth}${more}`)!;
			return r.results.cut.outputs.value - r.results.hold.outputs.value;
		};
		const war = m.value('war');
		expect(lead(war)).toBeGreaterThan(0);
		expect(lead(war + 0.03)).toBeGreaterThan(lead(war));
		expect(lead(war + 0.03)).toBeGreaterThan(lead(m.value('depth')));
		expect(m.best('war=0.2')).toBe('cut');
		expect(m.best('scale=0')).toBe('hold');
		for (const d of [0.05, 0.1, 0.2, 0.3]) expect(lead(d, ',scale=0')).toBeLessThan(0);
	});

	it('puts the best depth beyond the rivals’ own cut, and moves it with their cut, which no source sizes', () => {
		const best = (scenario = '') => m.figs.report(scenario)!.optimum!.at;
		expect(best()).toBeGreaterThan(m.value('war'));
		expect(best('war=0')).toBeLessThan(best());
		expect(best('war=0.2')).toBeGreaterThan(best());
		expect(best('war=0.2')).toBeGreaterThan(0.2);
		expect(m.best('war=0.2')).toBe('cut');
		expect(m.param('war').sources.some((x) => 'role' in x && x.role === 'value')).toBe(false);
	});

	it('moves the best depth with the rivals’ match too: deeper the less they match, the deepest cut if they never answer', () => {
		const best = (scenario = '') => m.figs.report(scenario)!.optimum!.at;
		expect(best('match=0.1')).toBeGreaterThan(best());
		expect(best('match=0.8')).toBeLessThan(best());
		expect(best('match=0')).toBeCloseTo(m.param('depth').max, 6);
		// Unanswered, a deeper cut is always worth more: the best point comes from the rivals' answer.
		const values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((d) => m.output('cut', 'value', `match=0,depth=${d}`));
		for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThan(values[k - 1]);
		expect(m.param('match').sources.some((x) => 'role' in x && x.role === 'value')).toBe(false);
	});

	it('shows keeping prices a higher 2024 margin only because 2024 is set to the reported margin at the cut', () => {
		expect(m.output('cut', 'ebitaNow')).toBeCloseTo(m.value('ebita'), 9);
		expect(m.output('hold', 'ebitaNow')).toBeGreaterThan(m.output('cut', 'ebitaNow'));
		// Set the reported margin lower and keeping prices' margin falls with it: it is the setting's.
		expect(m.output('hold', 'ebitaNow', 'ebita=0.05')).toBeLessThan(m.output('hold', 'ebitaNow'));
	});

	it('scale is a small saving on usage far from a doubling; without it the cut is behind both to 2033 and after', () => {
		for (const o of ['cut', 'hold']) expect(Math.abs(m.output(o, 'usage'))).toBeLessThan(0.5);
		expect(m.output('cut', 'horizon', 'scale=0')).toBeLessThan(m.output('hold', 'horizon', 'scale=0'));
		expect(m.output('cut', 'beyond', 'scale=0')).toBeLessThan(m.output('hold', 'beyond', 'scale=0'));
		expect(m.sides('scale', m.flip('scale')[0].at)).toEqual(['hold', 'cut']);
	});
});
