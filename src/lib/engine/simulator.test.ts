import { describe, expect, it } from 'vitest';
import { cainiaoOwnership } from '$lib/decisions/cainiao-ownership/model';
import { compileModel, withDefaults } from './model';
import { Simulator, WARMING_FUTURES } from './simulator';

const cm = compileModel(cainiaoOwnership);
const values = withDefaults(cainiaoOwnership, {});
const pair = { best: 'ipo', runnerUp: 'own' };
const uncertain = cainiaoOwnership.params.filter((p) => p.uncertain).length;

describe('Simulator.firstRunSteps', () => {
	it('warms the kernel on a few futures, draws a parameter a step, then runs: the numbers a first run gives', () => {
		const settings = { samples: 2000, seed: 4 };
		const simulator = new Simulator(cm);
		const steps = simulator.firstRunSteps(values, pair, settings);
		expect(steps).toHaveLength(1 + uncertain + 1);
		for (const step of steps) step();
		const moved = { ...values, valuation: values.valuation + 1 };
		expect(simulator.run(moved, pair, settings)).toEqual(new Simulator(cm).run(moved, pair, settings));
	});

	it('warms nothing for a run no larger than the warming one', () => {
		const steps = new Simulator(cm).firstRunSteps(values, pair, { samples: WARMING_FUTURES, seed: 4 });
		expect(steps).toHaveLength(uncertain + 1);
	});
});
