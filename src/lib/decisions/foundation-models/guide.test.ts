/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { foundationModels as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);
	const never = (id: string) => expect(m.figs.flips(id)!, `${id} flips nothing`).toEqual([]);

	it('the hybrid leads buying everything, nearly all of it after 2034; building at the frontier comes last', () => {
		expect(m.best()).toBe('hybrid');
		expect(m.figs.report()!.verdict.runnerUp).toBe('partner');
		expect(m.output('build', 'value')).toBeLessThan(m.output('partner', 'value'));
		const afterLead = m.output('hybrid', 'beyond') - m.output('partner', 'beyond');
		expect(afterLead).toBeGreaterThan(0.8 * m.margin());
	});

	it('after the cut no usage flips it; before it building led from below the usage assumed', () => {
		never('usage');
		const before = m.figs.flips('usage', 'price=16.7')!.find((s) => s.to === 'build')!;
		expect(before.at).toBeLessThan(m.param('usage').uncertain!.high);
		expect(m.output('build', 'breakEvenUsage')).toBeGreaterThan(m.param('usage').uncertain!.high);
	});

	it('no margin flips it; a cut-off less likely than the interval’s middle hands it to buying', () => {
		never('margin');
		const s = m.flip('pLoss').find((x) => x.to === 'partner' || x.from === 'partner')!;
		expect(s.at).toBeGreaterThan(m.param('pLoss').uncertain!.low);
		expect(s.at).toBeLessThan(m.value('pLoss'));
		const lead = (sc: string) => m.output('hybrid', 'value', sc) - m.output('partner', 'value', sc);
		expect(lead('pLoss=0.15')).toBeGreaterThan(lead(''));
	});

	it('less lift, inside its interval, hands it to buying; building at the frontier needs about three times the lift', () => {
		const fs = m.flip('lift');
		const toPartner = fs.find((s) => s.from === 'partner' || s.to === 'partner')!;
		expect(m.sides('lift', toPartner.at)).toEqual(['partner', 'hybrid']);
		expect(toPartner.at).toBeGreaterThan(m.param('lift').uncertain!.low);
		const toBuild = fs.find((s) => s.to === 'build')!;
		expect(toBuild.at / m.value('lift')).toBeGreaterThan(3.2);
		expect(toBuild.at / m.value('lift')).toBeLessThan(4.2);
		expect(m.output('build', 'value', 'lift=0')).toBeLessThan(0);
	});

	it('dearer training, a larger frontier share or dearer own models hand it to buying', () => {
		for (const id of ['trainCost', 'hardShare', 'followCost', 'costGrowth'])
			expect(m.sides(id, m.flip(id)[0].at), id).toEqual(['hybrid', 'partner']);
	});
});
