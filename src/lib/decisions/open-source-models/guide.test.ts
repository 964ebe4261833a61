/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { openSourceModels as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const never = (id: string) => expect(m.figs.flips(id)!, `${id} flips nothing`).toEqual([]);

	it('doing both leads; no share of teams renting compute flips it', () => {
		expect(m.best()).toBe('both');
		never('cloudRun');
		expect(m.best('cloudRun=0')).toBe('both');
	});

	it('doing both trails the closed API’s cumulative value until 2033 and passes it then: its lead is value after 2033', () => {
		const r = m.figs.report()!.results;
		const pv = r.both.series.pv;
		pv.slice(0, -1).forEach((v, t) => expect(v).toBeLessThan(r.proprietary.series.pv[t]));
		expect(pv.at(-1)!).toBeGreaterThan(r.proprietary.series.pv.at(-1)!);
		const cash = r.both.series.cash;
		// Positive from the fourth year, ahead of the API's yearly value from the fifth.
		expect(cash.findIndex((x) => x > 0)).toBe(3);
		expect(cash.findIndex((x, t) => x > r.proprietary.series.cash[t])).toBe(4);
		expect(m.output('both', 'terminalValue')).toBeGreaterThan(m.output('proprietary', 'terminalValue'));
	});

	it('no churn, no market and no API imitation rate flips it; only an open imitation rate far below its interval', () => {
		never('churn');
		never('marketOpen');
		never('qApi');
		const at = m.flip('qOpen')[0].at;
		expect(m.sides('qOpen', at)).toEqual(['proprietary', 'both']);
		expect(at).toBeLessThan(m.param('qOpen').uncertain!.low);
	});

	it('more leakage, inside its interval, or less community savings hands it to the closed API', () => {
		const at = m.flip('leakage')[0].at;
		expect(m.sides('leakage', at)).toEqual(['both', 'proprietary']);
		expect(at).toBeLessThan(m.param('leakage').uncertain!.high);
		expect(m.sides('rdSaving', m.flip('rdSaving')[0].at)).toEqual(['proprietary', 'both']);
	});

	it('no discount rate flips it; rivals catching up slower than the interval allows hands it to the closed API', () => {
		never('rate');
		const at = m.flip('rivalCatchUp')[0].at;
		expect(m.sides('rivalCatchUp', at)).toEqual(['proprietary', 'both']);
		expect(at).toBeLessThan(m.param('rivalCatchUp').uncertain!.low);
		expect(m.best('rivalCatchUp=0')).toBe('proprietary');
	});

	it('only an imitation rate for the open weights far below its interval hands the verdict to the closed API', () => {
		const f = m.flip('qOpen');
		expect(f).toHaveLength(1);
		expect(f[0].at).toBeLessThan(m.param('qOpen').uncertain!.low);
		expect(m.sides('qOpen', f[0].at)).toEqual(['proprietary', 'both']);
	});
});
