/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { foundationModels as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	it('backing outside makers leads the hybrid, and building at the frontier is well behind', () => {
		expect(m.best()).toBe('partner');
		expect(m.figs.report()!.verdict.runnerUp).toBe('hybrid');
		expect(m.output('build', 'value')).toBeLessThan(m.output('hybrid', 'value'));
	});

	it('after the cut no usage puts building first; before it building led below the usage assumed', () => {
		expect(m.figs.flips('usage')!.some((s) => s.to === 'build' || s.from === 'build')).toBe(false);
		expect(m.best('usage=max')).toBe('hybrid');
		const before = m.figs.flips('usage', 'price=16.7')!.find((s) => s.to === 'build')!;
		expect(before.at).toBeLessThan(m.value('usage'));
		expect(m.figs.flips('usage')!.find((s) => s.to === 'hybrid')).toBeDefined();
	});

	it('a fatter margin, a likelier or costlier cut-off, or more lift hands it to the hybrid', () => {
		for (const id of ['margin', 'pLoss', 'lossCost', 'lift']) {
			const at = m.flip(id)[0].at;
			expect(m.sides(id, at), id).toEqual(['partner', 'hybrid']);
		}
	});

	it('building at the frontier leads only at several times the lift assumed', () => {
		const s = m.figs.flips('lift')!.find((x) => x.to === 'build')!;
		expect(s.at).toBeGreaterThan(3 * m.value('lift'));
		expect(m.output('build', 'value', 'lift=0')).toBeLessThan(0);
	});

	it('a smaller frontier share or cheaper own models favour the hybrid', () => {
		expect(m.sides('hardShare', m.flip('hardShare')[0].at)).toEqual(['hybrid', 'partner']);
		expect(m.sides('followCost', m.flip('followCost')[0].at)).toEqual(['hybrid', 'partner']);
	});
});
