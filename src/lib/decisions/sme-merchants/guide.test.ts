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

	it('the fee stops paying only far above the interval of merchants who leave, nearly three times its top', () => {
		const s = m.figs.flips('exit')!.find((x) => x.from === 'fee')!;
		expect(s.to).toBe('hold');
		expect(s.at).toBeGreaterThan(2.5 * m.param('exit').uncertain!.high);
		expect(s.at).toBeLessThan(3 * m.param('exit').uncertain!.high);
		expect(m.output('fee', 'merchantsChange')).toBeLessThan(0);
	});

	it('no assumption’s break-even lies inside its plausible range, as the flip step says', () => {
		for (const p of m.figs.cm.def.params) {
			if (!p.uncertain) continue;
			for (const f of m.figs.flips(p.id)!)
				expect(f.at < p.uncertain.low || f.at > p.uncertain.high, `${p.id} flips at ${f.at}`).toBe(true);
		}
	});

	it('with every assumption at the end of its interval that hurts the fee, the cut leads and the fee loses', () => {
		const against =
			'exit=0.3,elasticity=0.9,cannibal=0.3,spill=0.6,take=0.05,gmvCost=0.003,buyerElasticity=4,pass=0.3,toolNew=0.2,toolSpend=0.001,feeBase=0.75';
		expect(m.best(against)).toBe('cut');
		expect(m.output('fee', 'value', against)).toBeLessThan(0);
	});

	it('neither the share of moved GMV nor new tool spending changes the verdict', () => {
		never('cannibal');
		expect(m.output('cut', 'value', 'cannibal=0')).toBeLessThan(0);
		expect(m.output('fee', 'value', 'toolNew=0')).toBeGreaterThan(0);
	});
});
