/**
 * The words around the figures. A strong answer's numbers come from the engine, but its prose makes
 * claims of direction ("the buyout wins below", "the lead shrinks") that a recalibrated model could
 * make false. Each decision's guide.test.ts checks its claims against the engine through these helpers,
 * so a change that breaks one fails a test instead of leaving a facilitator with a wrong answer.
 *
 * It calls Vitest's expect, so it is for test files only.
 */
import { expect } from 'vitest';
import type { ModelDef } from '$lib/engine/types';
import { GuideFigures } from '$lib/guides/figures';
import { compiled } from './compiled';

/**
 * Each claim takes several full reports of its model: seconds on a loaded machine, with the other decisions'
 * guide tests running beside it.
 */
export const reports = { timeout: 20000 };

/** Helpers over one model: the best option, the flip and a value at a scenario. */
export function probe(def: ModelDef) {
	const figs = new GuideFigures(compiled(def));
	const best = (scenario = '') => figs.report(scenario)!.verdict.best;
	const margin = (scenario = '') => figs.report(scenario)!.verdict.margin;
	const output = (option: string, output: string, scenario = '') =>
		figs.report(scenario)!.results[option].outputs[output];
	const flip = (param: string, scenario = '') => {
		const fs = figs.flips(param, scenario)!;
		expect(fs.length, `${param} flips the verdict`).toBeGreaterThan(0);
		return fs;
	};
	const value = (param: string) => figs.report()!.values[param];
	const param = (id: string) => figs.cm.params.get(id)!;
	/** The best option a little below and a little above x. */
	const sides = (id: string, x: number) => {
		const p = param(id);
		const d = (p.max - p.min) / 200;
		return [best(`${id}=${Math.max(p.min, x - d)}`), best(`${id}=${Math.min(p.max, x + d)}`)];
	};
	return { figs, best, margin, output, flip, value, param, sides };
}
