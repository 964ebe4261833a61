/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { innovationSubsidiaries as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const star = (u: string) => m.output('integrated', `star${u}`);

	it('deciding unit by unit leads; all inside wins below the lift’s flip, all independent above its switch', () => {
		expect(m.best()).toBe('split');
		const [low] = m.flip('lift');
		expect(m.sides('lift', low.at)).toEqual(['integrated', 'split']);
		expect(m.best('lift=0.19')).toBe('independent');
		const u = m.param('lift').uncertain!;
		expect(low.at).toBeGreaterThan(u.low);
		expect(star('Xianyu')).toBeLessThan(u.high);
	});

	it('the commerce units’ break-even lifts are two to three times the others’, their synergies larger', () => {
		for (const [a, b] of [
			['1688', 'DingTalk'],
			['Xianyu', 'Quark']
		]) {
			expect(star(a) / star(b)).toBeGreaterThan(2);
			expect(star(a) / star(b)).toBeLessThan(3);
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
