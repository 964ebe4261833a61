/**
 * The claims of direction in this decision's room guide, checked against the engine (see ../claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { probe, reports } from '../claims';
import { openSourceModels as def } from './model';

describe(`${def.id}: the guide’s claims`, reports, () => {
	const m = probe(def);

	it('weights and an API win above the break-even share of teams renting compute and below the break-even leakage', () => {
		expect(m.sides('cloudRun', m.flip('cloudRun')[0].at)).toEqual(['proprietary', 'both']);
		expect(m.sides('leakage', m.flip('leakage')[0].at)).toEqual(['both', 'proprietary']);
	});

	it('the imitation rate has to fall less, in proportion, than the market size', () => {
		const drop = (id: string) => (m.value(id) - m.flip(id)[0].at) / m.value(id);
		expect(drop('qOpen')).toBeLessThan(drop('marketOpen'));
	});

	it('doing both is behind the closed API over the ten years and leads on the value after 2033', () => {
		const horizon = (o: string) => m.output(o, 'value') - m.output(o, 'terminalValue');
		expect(horizon('both')).toBeLessThan(horizon('proprietary'));
		const after = m.output('both', 'terminalValue') - m.output('proprietary', 'terminalValue');
		expect(after).toBeGreaterThan(m.margin());
	});

	it('the closed API wins above the break-even rate, without teams renting cloud, and with slow rivals', () => {
		expect(m.sides('rate', m.flip('rate')[0].at)).toEqual(['both', 'proprietary']);
		expect(m.best('cloudRun=0')).toBe('proprietary');
		expect(m.sides('rivalCatchUp', m.flip('rivalCatchUp')[0].at)).toEqual(['proprietary', 'both']);
		expect(m.best('rivalCatchUp=0')).toBe('proprietary');
	});
});
