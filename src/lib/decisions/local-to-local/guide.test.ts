/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { localToLocal as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const switchTo = (param: string, option: string, scenario = '') =>
		m.flip(param, scenario).find((s) => s.to === option || s.from === option)!.at;

	it('prices a parcel above the marginal-cost floor, the floor below the network’s average cost, and opening below a partnership at its best price', () => {
		const floor = m.output('open', 'priceFloor');
		expect(floor).toBeLessThan(m.output('open', 'ownCostBefore'));
		// At the floor each parcel only covers itself: the sales team and launch capital are lost.
		expect(m.output('open', 'value', `price=${floor}`)).toBeLessThan(0);
		const best = m.figs.report()!.optimum!.at;
		expect(m.output('open', 'value', `price=${best}`)).toBeLessThan(m.output('partner', 'value'));
		expect(m.best()).toBe('partner');
		expect(m.best('coverage=max')).toBe('open');
	});

	it('at the assumed reach no price makes opening beat partnering; with all of the market within reach a band of prices does', () => {
		expect(m.figs.flips('price')).toEqual([]);
		const fs = m.flip('price', 'coverage=max');
		const d = (m.param('price').max - m.param('price').min) / 200;
		const around = (x: number) => [x - d, x + d].map((y) => m.best(`coverage=max,price=${y}`));
		expect(around(fs[0].at)).toEqual(['partner', 'open']);
		expect(around(fs[fs.length - 1].at)).toEqual(['open', 'partner']);
	});

	it('the crux: selling openly leads above a local carriers’ price, and above a merchants’ response, both inside their intervals', () => {
		for (const id of ['incumbentPrice', 'switching']) {
			const at = switchTo(id, 'partner');
			expect(m.sides(id, at), id).toEqual(['partner', 'open']);
			const u = m.param(id).uncertain!;
			expect(at, id).toBeGreaterThan(u.low);
			expect(at, id).toBeLessThan(u.high);
		}
		expect(def.card!.carries[0]).toBe('incumbentPrice');
	});

	it('opening pays at all only in a band of prices above the floor and below the local carriers’ price', () => {
		const floor = m.output('open', 'priceFloor');
		expect(m.output('open', 'value')).toBeGreaterThan(0);
		expect(m.output('open', 'value', `price=${floor}`)).toBeLessThan(0);
		expect(m.output('open', 'value', `price=${m.value('incumbentPrice')}`)).toBeLessThan(0);
	});

	it('selling openly leads only above a reach, outside the interval assumed', () => {
		const at = switchTo('coverage', 'partner');
		expect(m.sides('coverage', at)).toEqual(['partner', 'open']);
		expect(at).toBeGreaterThan(m.param('coverage').uncertain!.high);
	});

	it('third-party parcels lower the own parcels’ unit cost', () => {
		expect(m.output('open', 'ownCostAfter')).toBeLessThan(m.output('open', 'ownCostBefore'));
		expect(m.output('open', 'savingValue')).toBeGreaterThan(0);
	});

	it('partnering wins when the incumbents match more of the undercut', () => {
		expect(m.sides('match', switchTo('match', 'partner'))).toEqual(['open', 'partner']);
	});

	it('value against price rises then falls, with its best price inside the range', () => {
		const at = (p: number) => m.output('open', 'value', `price=${p}`);
		const best = m.figs.report()!.optimum!.at;
		expect(at(best)).toBeGreaterThan(at(m.param('price').min));
		expect(at(best)).toBeGreaterThan(at(m.output('open', 'ownCostBefore') + 0.9));
	});

	it('the best price follows the local carriers’ price far more than the share of the undercut they match', () => {
		const best = (scenario: string) => m.figs.report(scenario)!.optimum!.at;
		const byPrice = best('incumbentPrice=5.4') - best('incumbentPrice=3.9');
		const byMatch = Math.abs(best('match=0.8') - best('match=0.2'));
		expect(byPrice).toBeGreaterThan(5 * byMatch);
	});

	it('selling openly leads only with a partner’s volume or price below its interval', () => {
		const volume = switchTo('partnerVolume', 'partner');
		expect(m.sides('partnerVolume', volume)).toEqual(['open', 'partner']);
		expect(volume).toBeLessThan(m.param('partnerVolume').uncertain!.low);
		const price = switchTo('partnerPrice', 'partner');
		expect(m.sides('partnerPrice', price)).toEqual(['open', 'partner']);
		expect(price).toBeLessThan(m.param('partnerPrice').uncertain!.low);
	});

	it('the ramp does not decide: the partnership leads at the fastest and the slowest', () => {
		expect(m.figs.flips('rampYears')).toEqual([]);
		expect(m.best('rampYears=min')).toBe('partner');
		expect(m.best('rampYears=max')).toBe('partner');
		expect(m.margin('rampYears=max')).toBeGreaterThan(m.margin('rampYears=min'));
	});
});
