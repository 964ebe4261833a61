/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { choiceCountries as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const switchTo = (param: string, option: string, scenario = '') =>
		m.flip(param, scenario).find((s) => s.to === option || s.from === option)!.at;

	it('holds at the defaults; the next tier pays above the break-even size, which a typical next-tier country does not reach', () => {
		expect(m.best()).toBe('hold');
		const q = switchTo('qNext', 'next');
		expect(m.sides('qNext', q)).toEqual(['hold', 'next']);
		expect(m.value('qNext')).toBeLessThan(q);
		expect(m.output('next', 'perOrder')).toBeGreaterThan(0);
	});

	it('the next tier pays above the break-even lift, which lies below a lift like Korea’s', () => {
		const x = switchTo('lift', 'next');
		expect(m.sides('lift', x)).toEqual(['hold', 'next']);
		expect(x).toBeLessThan(1);
		expect(m.output('next', 'value', 'lift=1')).toBeGreaterThan(0);
	});

	it('the premium on orders that came anyway pays only below its break-even', () => {
		expect(m.sides('premium', switchTo('premium', 'next'))).toEqual(['next', 'hold']);
	});

	it('with a Korea-like lift, more late orders end the case for the next tier', () => {
		const x = switchTo('late', 'next', 'lift=1');
		expect(m.best(`lift=1,late=${x / 2}`)).toBe('next');
		expect(m.best(`lift=1,late=${Math.min(0.25, x * 1.2)}`)).not.toBe('next');
	});

	it('the long tail never pays at the defaults, and pays above a size with a Korea-like lift', () => {
		expect(m.output('all', 'value')).toBeLessThan(m.output('next', 'value'));
		expect(m.figs.resolve('never:qRest')).not.toBeNull();
		const x = switchTo('qRest', 'all', 'lift=1');
		expect(m.best(`lift=1,qRest=${x * 0.9}`)).toBe('next');
		expect(m.best(`lift=1,qRest=${x * 1.1}`)).toBe('all');
	});
});
