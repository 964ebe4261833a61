/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { smeMerchants as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const never = (id: string) => expect(m.figs.flips(id)!, `${id} flips nothing`).toEqual([]);

	it('the fee leads; the cut loses money; no depth of cut flips it', () => {
		expect(m.best()).toBe('fee');
		expect(m.output('cut', 'value')).toBeLessThan(0);
		never('cut');
		expect(m.output('cut', 'liftReached')).toBeLessThan(m.output('cut', 'neededLift'));
	});

	it('the fee stops paying only far above the interval of merchants who leave', () => {
		const s = m.figs.flips('exit')!.find((x) => x.from === 'fee')!;
		expect(s.to).toBe('hold');
		expect(s.at).toBeGreaterThan(1.5 * m.param('exit').uncertain!.high);
		expect(m.output('fee', 'merchantsChange')).toBeLessThan(0);
	});

	it('neither the share of moved GMV nor new tool spending changes the verdict', () => {
		never('cannibal');
		expect(m.output('cut', 'value', 'cannibal=0')).toBeLessThan(0);
		expect(m.output('fee', 'value', 'toolNew=0')).toBeGreaterThan(0);
	});
});
