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

	it('prices opening above the marginal-cost floor, and the floor below the network’s average cost', () => {
		const floor = m.output('open', 'priceFloor');
		expect(floor).toBeLessThan(m.output('open', 'ownCostBefore'));
		expect(switchTo('price', 'open', 'price=min')).toBeGreaterThan(floor);
	});

	it('opening beats partnering only inside a band of prices, the assumed price near its top and the best inside it', () => {
		const fs = m.flip('price');
		const [low, high] = [fs[0], fs[fs.length - 1]];
		// What the guide's {flip:price@price=min} and {flip:price} print: the flips nearest each value.
		expect(m.figs.resolve('flip:price@price=min')).toBe(m.figs.resolve(`flip:price@price=${low.at}`));
		expect(m.sides('price', low.at)).toEqual(['partner', 'open']);
		expect(m.sides('price', high.at)).toEqual(['open', 'partner']);
		expect(high.at).toBeGreaterThan(m.value('price'));
		expect(high.at - m.value('price')).toBeLessThan(0.1 * (high.at - low.at));
		const best = m.figs.report()!.optimum!.at;
		expect(best).toBeGreaterThan(low.at);
		expect(best).toBeLessThan(high.at);
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

	it('a partnership wins with more volume or a higher wholesale price', () => {
		expect(m.sides('partnerVolume', switchTo('partnerVolume', 'partner'))).toEqual(['open', 'partner']);
		expect(m.sides('partnerPrice', switchTo('partnerPrice', 'partner'))).toEqual(['open', 'partner']);
	});

	it('the partnership wins above a volume at the assumed wholesale price', () => {
		const x = m.figs.flips('partnerVolume')!.find((s) => s.to === 'partner')!.at;
		expect(x).toBeGreaterThan(m.value('partnerVolume'));
		expect(m.sides('partnerVolume', x)).toEqual(['open', 'partner']);
	});
});
