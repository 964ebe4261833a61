/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { lastMile as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const switchTo = (param: string, option: string, scenario = '') =>
		m.flip(param, scenario).find((s) => s.to === option || s.from === option)!.at;

	it('owning pays at a higher volume when density halves and a lower one when it doubles', () => {
		expect(switchTo('volume', 'buy', 'density=0.5')).toBeGreaterThan(switchTo('volume', 'buy'));
		expect(switchTo('volume', 'buy', 'density=2')).toBeLessThan(switchTo('volume', 'buy'));
		// At half the density automation takes over at a volume above the one where owning starts to pay.
		expect(switchTo('volume', 'automate', 'density=0.5')).toBeGreaterThan(
			switchTo('volume', 'buy', 'density=0.5')
		);
	});

	it('at half the density automation is cheapest only inside a band of volumes, with buying on either side', () => {
		const at = m.flip('volume', 'density=0.5').filter((s) => s.to === 'automate' || s.from === 'automate');
		expect(at.map((s) => [s.from, s.to])).toEqual([
			['buy', 'automate'],
			['automate', 'buy']
		]);
		// The answer's upper end is the break-even nearest the top of the range.
		const upper = m.flip('volume', 'density=0.5,volume=max').at(-1)!.at;
		expect(upper).toBeCloseTo(at[1].at, 6);
		expect(m.best(`density=0.5,volume=${Math.round((at[0].at + at[1].at) / 2)}`)).toBe('automate');
	});

	it('automation suits sparse markets, not dense ones: it beats buying only below a density, and trails more the denser', () => {
		const x = switchTo('density', 'automate');
		expect(m.sides('density', x)).toEqual(['automate', 'buy']);
		const behind = [0.25, 0.5, 1, 2, 4].map(
			(d) => m.output('automate', 'totalCost', `density=${d}`) - m.output('buy', 'totalCost', `density=${d}`)
		);
		for (let k = 1; k < behind.length; k++) expect(behind[k]).toBeGreaterThan(behind[k - 1]);
	});

	it('control cuts the cost of missed guarantees', () => {
		expect(m.output('buy', 'lateCost')).toBeLessThan(m.output('partner', 'lateCost'));
	});

	it('automation beats the owned carrier with the fastest ramp and best reliability, and on cheaper capital', () => {
		expect(m.best('autoRamp=min,autoOnTime=max')).toBe('automate');
		const x = switchTo('autoCapital', 'automate');
		expect(m.sides('autoCapital', x)).toEqual(['automate', 'buy']);
	});

	it('pickup points beat the owned carrier above the break-even share of customers', () => {
		expect(m.sides('pickupShare', switchTo('pickupShare', 'pickup'))).toEqual(['buy', 'pickup']);
	});

	it('takes the Polish ceiling as the top of the pickup share’s range, with the share assumed below it', () => {
		const p = m.param('pickupShare');
		expect(p.uncertain!.high).toBe(0.4);
		expect(m.value('pickupShare')).toBeLessThan(p.uncertain!.high);
	});

	it('automation needs about an owned carrier’s reliability to beat it', () => {
		const x = m.figs.flips('autoOnTime')!.find((s) => s.to === 'automate' || s.from === 'automate')!.at;
		expect(x).toBeGreaterThan(m.value('autoOnTime'));
		expect(Math.abs(x - m.value('buyOnTime'))).toBeLessThan(0.01);
	});
});
