/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { cainiaoOwnership as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	it('the buyout wins above the break-even lift, which lies inside the stated uncertainty', () => {
		// The answer claims no size for the lift beside anything unmeasured: only the break-even and its place.
		const [x] = m.flip('uplift');
		expect(m.sides('uplift', x.at)).toEqual(['ipo', 'own']);
		const u = m.param('uplift').uncertain!;
		expect(x.at).toBeGreaterThan(u.low);
		expect(x.at).toBeLessThan(u.high);
	});

	it('the buyout wins below the break-even valuation, which the offer lies above, so the model lists', () => {
		const [x] = m.flip('valuation');
		expect(m.sides('valuation', x.at)).toEqual(['own', 'ipo']);
		expect(m.value('valuation')).toBeGreaterThan(x.at);
		// At the offer the model lists: the platform benefit does not quite make up what owning overpays.
		expect(m.best()).toBe('ipo');
		expect(m.output('own', 'standalone')).toBeLessThan(m.value('valuation'));
		expect(m.best('valuation=20')).toBe('ipo');
	});

	it('values all of Cainiao at about a third of the offer, and owns at a valuation equal to that value', () => {
		// The outcome step and the valuation answer: "about a third of the offer".
		const ratio = m.output('own', 'standalone') / m.value('valuation');
		expect(ratio).toBeGreaterThan(0.3);
		expect(ratio).toBeLessThan(0.4);
		// The listing's new shares sell at the valuation less the discount, well above the model's value.
		expect(m.value('valuation') * (1 - m.value('discount'))).toBeGreaterThan(
			2 * m.output('own', 'standalone')
		);
		// The slider reaches the model's own value, where owning leads.
		expect(m.param('valuation').min).toBeLessThanOrEqual(3.7);
		expect(m.best('valuation=3.7')).toBe('own');
	});

	it('the buyout wins if a listed Cainiao keeps less than the break-even share of the benefit', () => {
		expect(m.sides('capture', m.flip('capture')[0].at)).toEqual(['own', 'ipo']);
		expect(m.output('own', 'platformAll')).toBeGreaterThan(m.output('ipo', 'platformAll'));
	});

	it('a higher discount rate hurts the buyout more, and more than all its value lies beyond the horizon', () => {
		const [x] = m.flip('rate');
		expect(m.sides('rate', x.at)).toEqual(['own', 'ipo']);
		// A little under the rate assumed: within half a point.
		expect(x.at).toBeLessThan(m.value('rate'));
		expect(x.at).toBeGreaterThan(m.value('rate') - 0.005);
		expect(m.output('own', 'beyond')).toBeGreaterThan(m.output('own', 'value'));
		expect(m.output('own', 'flows')).toBeLessThan(0);
		expect(m.output('own', 'paid')).toBeLessThan(0);
		// "more than twice" for the buyout; "about all of it, not more than twice" for the listing.
		expect(m.output('own', 'beyond')).toBeGreaterThan(2 * m.output('own', 'value'));
		const ipoAfter = m.output('ipo', 'beyond') / m.output('ipo', 'value');
		expect(ipoAfter).toBeGreaterThan(0.9);
		expect(ipoAfter).toBeLessThan(1.1);
	});

	it('one rate for both options: the buyout suffers more from a higher rate because more of its value comes later', () => {
		// The rate answer: the same rate discounts both options' cash, and the buyout's share of value
		// after the horizon is the larger, so the same rise takes more from it.
		const later = (o: string) => m.output(o, 'beyond') / m.output(o, 'value');
		expect(later('own')).toBeGreaterThan(later('ipo'));
		const up = 'rate=0.13';
		const fall = (o: string) => m.output(o, 'value') - m.output(o, 'value', up);
		expect(fall('own')).toBeGreaterThan(fall('ipo'));
		expect(fall('ipo')).toBeGreaterThan(0);
	});
});
