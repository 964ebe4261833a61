/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { logisticsAutomation as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const switchTo = (param: string, option: string, scenario = '') =>
		m.flip(param, scenario).find((s) => s.to === option || s.from === option)!.at;

	it('puts China’s wage above both break-evens, and full automation ahead of sorting alone above the higher one', () => {
		const W = m.output('full', 'breakEvenWage');
		expect(m.value('wage')).toBeGreaterThan(switchTo('wage', 'full'));
		expect(switchTo('wage', 'full')).toBeGreaterThan(W);
		expect(m.sides('wage', switchTo('wage', 'full'))).toEqual(['sorting', 'full']);
	});

	it('full automation wins by far more at a western European wage than at China’s', () => {
		expect(m.best('wage=45')).toBe('full');
		expect(m.margin('wage=45')).toBeGreaterThan(10 * m.margin());
	});

	it('a higher peak hands the verdict to sorting alone, and machines sized for it idle more', () => {
		expect(m.sides('peakFactor', switchTo('peakFactor', 'sorting'))).toEqual(['full', 'sorting']);
		expect(m.output('full', 'utilisation', 'peakFactor=4.5')).toBeLessThan(m.output('full', 'utilisation'));
		expect(m.output('manual', 'peakCost', 'peakFactor=4.5')).toBeGreaterThan(m.output('manual', 'peakCost'));
	});

	it('sorting alone is cheapest between two wages, saves more per unit of capital, and wins on dearer machines', () => {
		const [low, high] = [switchTo('wage', 'sorting'), switchTo('wage', 'full')];
		expect(low).toBeLessThan(high);
		expect(m.best(`wage=${(low + high) / 2}`)).toBe('sorting');
		const perCapital = (o: string) => m.output(o, 'headcountSaved') / m.output(o, 'capitalCost');
		expect(perCapital('sorting')).toBeGreaterThan(perCapital('full'));
		expect(m.sides('fullCapital', switchTo('fullCapital', 'sorting'))).toEqual(['full', 'sorting']);
		expect(m.sides('sortShare', switchTo('sortShare', 'sorting'))).toEqual(['full', 'sorting']);
	});

	it('a smaller warehouse automates less: sorting alone below a headcount', () => {
		expect(m.sides('headcount', switchTo('headcount', 'full'))).toEqual(['sorting', 'full']);
		expect(m.best(`headcount=${m.param('headcount').min}`)).toBe('sorting');
		expect(m.sides('rate', switchTo('rate', 'sorting'))).toEqual(['full', 'sorting']);
	});
});
