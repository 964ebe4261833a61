/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { cainiaoOwnership as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	it('the buyout wins above the break-even lift, which lies inside the stated uncertainty', () => {
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
	});
});
