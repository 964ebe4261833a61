/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { openSourceModels as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const never = (id: string) => expect(m.figs.flips(id)!, `${id} flips nothing`).toEqual([]);

	it('the closed API leads; weights and an API win only above a share renting compute beyond its interval, or a stronger pull', () => {
		expect(m.best()).toBe('proprietary');
		const at = m.flip('cloudRun')[0].at;
		expect(m.sides('cloudRun', at)).toEqual(['proprietary', 'both']);
		expect(at).toBeGreaterThan(m.param('cloudRun').uncertain!.high);
		expect(m.sides('cloudLift', m.flip('cloudLift')[0].at)).toEqual(['proprietary', 'both']);
	});

	it('doing both is behind in cumulative value every year and after 2033, turning positive only in the second half and passing the API’s yearly value by the end', () => {
		const r = m.figs.report()!.results;
		r.both.series.pv.forEach((v, t) => expect(v).toBeLessThan(r.proprietary.series.pv[t]));
		expect(m.figs.report()!.verdict.runnerUp).toBe('both');
		const cash = r.both.series.cash;
		for (let t = 0; t < cash.length / 2; t++) expect(cash[t]).toBeLessThan(0);
		expect(cash.at(-1)!).toBeGreaterThan(r.proprietary.series.cash.at(-1)!);
		expect(m.output('both', 'terminalValue')).toBeGreaterThan(m.output('proprietary', 'terminalValue'));
	});

	it('fewer developers leaving, or a larger market, flips it; no imitation rate does', () => {
		expect(m.sides('churn', m.flip('churn')[0].at)).toEqual(['both', 'proprietary']);
		expect(m.sides('marketOpen', m.flip('marketOpen')[0].at)).toEqual(['proprietary', 'both']);
		never('qOpen');
		never('qApi');
	});

	it('less leakage or more community savings flips it, and the two move the answer most', () => {
		expect(m.sides('leakage', m.flip('leakage')[0].at)).toEqual(['both', 'proprietary']);
		expect(m.sides('rdSaving', m.flip('rdSaving')[0].at)).toEqual(['proprietary', 'both']);
		const top = m.figs
			.report()!
			.tornado.slice(0, 2)
			.map((b) => b.paramId);
		expect(top.sort()).toEqual(['leakage', 'rdSaving']);
	});

	it('no discount rate and no pace of rivals flips it; without teams renting cloud the closed API leads by more', () => {
		never('rate');
		never('rivalCatchUp');
		expect(m.best('cloudRun=0')).toBe('proprietary');
		expect(m.margin('cloudRun=0')).toBeGreaterThan(m.margin());
		expect(m.best('rivalCatchUp=0')).toBe('proprietary');
	});
});
