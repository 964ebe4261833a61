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
});
