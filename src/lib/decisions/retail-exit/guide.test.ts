/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { retailExit as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	it('keeping wins above the break-even synergy, which lies inside its interval', () => {
		const [x] = m.flip('synergy');
		expect(m.sides('synergy', x.at)).toEqual(['sell', 'keep']);
		const u = m.param('synergy').uncertain!;
		expect(x.at).toBeGreaterThan(u.low);
		expect(x.at).toBeLessThan(u.high);
		expect(m.best()).toBe('keep');
	});

	it('the stores’ own cash is worth a little less than a full sale brings', () => {
		const own = m.output('keep', 'keepStores');
		const price = m.output('sell', 'price');
		expect(own).toBeLessThan(price);
		expect(own).toBeGreaterThan(0.85 * price);
	});

	it('the book loss changes no value and no verdict', () => {
		expect(m.best('bookLoss=5')).toBe(m.best());
		expect(m.margin('bookLoss=5')).toBe(m.margin());
		for (const o of ['keep', 'sell', 'list'])
			expect(m.output(o, 'value', 'bookLoss=0')).toBe(m.output(o, 'value', 'bookLoss=5'));
	});

	it('keeping wins below the break-even Sun Art price, and above it listing Freshippo does; it lies close', () => {
		const [x] = m.flip('priceSunArt');
		expect(m.sides('priceSunArt', x.at)).toEqual(['keep', 'list']);
		expect(Math.abs(x.at - m.value('priceSunArt'))).toBeLessThan(0.2 * m.value('priceSunArt'));
	});

	it('a higher return on redeployed cash flips the verdict away from keeping', () => {
		const [x] = m.flip('coreReturn');
		expect(x.at).toBeGreaterThan(m.value('coreReturn'));
		expect(m.best('coreReturn=0.15')).not.toBe('keep');
		expect(m.output('sell', 'redeployed')).toBeLessThan(m.output('sell', 'price'));
	});

	it('listing Freshippo beats selling everything at the sourced values', () => {
		expect(m.output('list', 'value')).toBeGreaterThan(m.output('sell', 'value'));
	});
});
