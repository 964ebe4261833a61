/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { cloudSpinoff as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	it('no probability flips the sourced verdict; once growth is worth buying back, keeping wins above one', () => {
		const rich = 'margin=0.15,capital=0.6';
		expect(m.figs.flips('pTighten', '')).toEqual([]);
		const x = m.flip('pTighten', rich)[0].at;
		expect(m.best(`${rich},pTighten=${x - 0.02}`)).toBe('spinoff');
		expect(m.best(`${rich},pTighten=${x + 0.02}`)).toBe('keep');
	});

	it('keeping wins above the break-even haircut; the cushion costs keeping more than it keeps at the sourced values', () => {
		expect(m.sides('haircut', m.flip('haircut')[0].at)).toEqual(['spinoff', 'keep']);
		expect(m.best('cushion=0')).toBe('spinoff');
		expect(m.margin('cushion=0')).toBeLessThan(m.margin());
		expect(m.output('keep', 'cushionCost')).toBeGreaterThan(0);
		expect(m.best('margin=0.15,capital=0.6,pTighten=0.8')).toBe('keep');
	});

	it('no discount in range explains the market’s fall of USD 20 bn, which is most of the unit’s value', () => {
		// USD 20 bn: the fall the prompt cites (networkworld.com, 2023-11-17), a fact beside the model.
		expect(m.margin('discount=max')).toBeLessThan(20);
		expect(20).toBeGreaterThan(m.output('keep', 'intrinsic') / 2);
	});
});
