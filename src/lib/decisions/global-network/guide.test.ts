/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { globalNetwork as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const switchTo = (param: string, option: string, scenario = '') =>
		m.flip(param, scenario).find((s) => s.to === option || s.from === option)!.at;

	it('owning beats renting above the break-even throughput, which the assumed hub clears', () => {
		expect(m.best()).toBe('own');
		const x = switchTo('throughput', 'own');
		expect(m.value('throughput')).toBeGreaterThan(x);
		expect(m.output('own', 'costPerParcel')).toBeLessThan(m.output('rent', 'costPerParcel'));
	});

	it('owning wins on cost before speed: with no lift from a day saved it still wins', () => {
		expect(m.best('liftPerDay=0')).toBe('own');
		expect(m.figs.resolve('never:liftPerDay')).not.toBeNull();
	});

	it('a higher peak, or fewer parcels above the average day, hands the verdict to the hybrid', () => {
		expect(m.sides('peak', switchTo('peak', 'hybrid'))).toEqual(['own', 'hybrid']);
		expect(m.sides('overflow', switchTo('overflow', 'hybrid'))).toEqual(['hybrid', 'own']);
	});

	it('renting wins only below a price near an owned hub’s cost per parcel', () => {
		const x = switchTo('rentPrice', 'rent');
		expect(m.best(`rentPrice=${x * 0.98}`)).toBe('rent');
		expect(x).toBeLessThan(m.value('rentPrice'));
		// costPerParcel is after tax; a third party’s price p costs p × (1 − tax).
		expect(Math.abs(x * (1 - m.value('taxRate')) - m.output('own', 'costPerParcel'))).toBeLessThan(0.02);
	});

	it('a higher rate needs more throughput, and above a rate in the range hands the verdict to the hybrid', () => {
		expect(switchTo('throughput', 'hybrid', 'rate=0.14')).toBeGreaterThan(switchTo('throughput', 'own'));
		const r = switchTo('rate', 'hybrid');
		expect(r).toBeGreaterThan(m.value('rate'));
		expect(m.sides('rate', r)).toEqual(['own', 'hybrid']);
	});

	it('the rate flips the verdict only above its interval', () => {
		expect(m.flip('rate')[0].at).toBeGreaterThan(m.param('rate').uncertain!.high);
	});
});
