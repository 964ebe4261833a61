/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { innovationSubsidiaries as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const star = (u: string) => m.output('integrated', `star${u}`);

	it('keeping all four inside leads; deciding unit by unit wins above the lift’s flip, inside its interval, all four independent nowhere in its range', () => {
		expect(m.best()).toBe('integrated');
		const [low] = m.flip('lift');
		expect(m.sides('lift', low.at)).toEqual(['integrated', 'split']);
		const u = m.param('lift').uncertain!;
		expect(low.at).toBeGreaterThan(u.low);
		expect(low.at).toBeLessThan(u.high);
		expect(m.best(`lift=${m.param('lift').max}`)).toBe('split');
	});

	it('deciding unit by unit leads with an overhead below its switch', () => {
		expect(m.best('overhead=0.02')).toBe('split');
	});

	it('the commerce units’ break-even lifts are nearly four times the others’, their synergies larger', () => {
		for (const [a, b] of [
			['1688', 'DingTalk'],
			['Xianyu', 'Quark']
		]) {
			expect(star(a) / star(b)).toBeGreaterThan(3.5);
			expect(star(a) / star(b)).toBeLessThan(4);
		}
		expect(Math.min(m.value('s1688'), m.value('sXianyu'))).toBeGreaterThan(
			Math.max(m.value('sDingTalk'), m.value('sQuark'))
		);
	});

	it('outside capital costs the discount and trails independence alone', () => {
		expect(m.output('outside', 'dilution')).toBeGreaterThan(0);
		expect(m.output('outside', 'value')).toBeLessThan(m.output('independent', 'value'));
		expect(m.output('outside', 'value', 'investorDiscount=-0.2')).toBeGreaterThan(
			m.output('independent', 'value', 'investorDiscount=-0.2')
		);
	});

	it('doubling the funding changes neither the verdict nor the lead', () => {
		expect(m.best('funding=0.5')).toBe(m.best());
		expect(Math.abs(m.margin('funding=0.5') - m.margin())).toBeLessThan(1e-9);
	});
});
