/**
 * A live room's console makes one link per group from the running order's group-work step (the segment
 * whose slide is 'groups'): group i gets the step's prompt i, cycling, and its link unlocks only that
 * prompt's `param`. So every group-work step hands out three to five prompts, each naming an assumption
 * of its own, and every prompt that names one names a parameter whose value moves the decision: a slider
 * that moves nothing would send a group back with nothing to report.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, type CompiledModel } from '$lib/engine/model';
import { model, param } from '$lib/engine/testing/fixtures';
import { getCompiled, getGuide, models } from '$lib/decisions/testing';
import { GuideFigures } from './figures';

/**
 * Whether moving the parameter across its range, the rest at the defaults, changes how far apart the
 * options are on the deciding output: false for a flag, a parameter every option sets, one that feeds
 * only a display figure (a sunk cost) and one that moves every option alike (a cost they all pay).
 */
function movesDecision(cm: CompiledModel, paramId: string): boolean {
	if (!cm.def.params.some((p) => p.id === paramId)) return false;
	const figs = GuideFigures.of(cm);
	const by = cm.def.decide.by;
	const gaps = (scenario: string) => {
		const r = figs.report(scenario)!;
		const first = r.results[cm.def.options[0].id].outputs[by];
		return cm.def.options.map((o) => r.results[o.id].outputs[by] - first);
	};
	const [low, high] = [gaps(`${paramId}=min`), gaps(`${paramId}=max`)];
	const scale = Math.max(1e-9, ...low.map(Math.abs), ...high.map(Math.abs));
	return low.some((g, i) => Math.abs(g - high[i]) > 1e-9 * scale);
}

describe.each(models.map((m) => [m.id] as const))('the group work of %s', (id) => {
	const cm = getCompiled(id)!;
	const guide = getGuide(id)!;
	const prompts = cm.def.teach?.prompts ?? [];

	it('names, for every prompt with an assumption, a parameter that moves the decision', () => {
		for (const p of prompts.filter((p) => p.param !== undefined))
			expect(movesDecision(cm, p.param!), `prompt ${p.id}: ${p.param}`).toBe(true);
	});

	it('has one group-work step that hands out three to five prompts, each with an assumption of its own', () => {
		const steps = guide.runningOrder.filter((s) => s.slide === 'groups');
		expect(steps).toHaveLength(1);
		const handed = (steps[0].prompts ?? []).map((pid) => prompts.find((p) => p.id === pid));
		expect(handed.length).toBeGreaterThanOrEqual(3);
		expect(handed.length).toBeLessThanOrEqual(5);
		for (const [i, p] of handed.entries()) expect(p?.param, `prompt ${steps[0].prompts![i]}`).toBeDefined();
		const params = handed.map((p) => p!.param);
		expect(new Set(params).size, `params ${params.join(', ')}`).toBe(params.length);
	});

	it('uses in its running order only prompts the model has, each with a strong answer', () => {
		for (const pid of guide.runningOrder.flatMap((s) => s.prompts ?? [])) {
			expect(
				prompts.some((p) => p.id === pid),
				pid
			).toBe(true);
			expect(guide.answers[pid]?.text, pid).toBeTruthy();
		}
	});
});

describe('the check that an assumption moves the decision', () => {
	// Option b earns gain × size; both pay the shared cost; the sunk cost is only shown; both options fix size.
	const probe = compileModel(
		model({
			params: [
				param('gain', { default: 1, min: 0, max: 2 }),
				param('shared', { default: 1, min: 0, max: 2 }),
				param('sunk', { default: 1, min: 0, max: 2 }),
				param('size', { default: 1, min: 0, max: 2 })
			],
			flags: { pick: 0 },
			series: { cash: 'pick * gain * size - shared' },
			outputs: { value: 'last(cash)', lost: 'sunk' },
			options: [
				{ id: 'a', label: 'A', description: 'Option A', set: { pick: 0, size: 1 } },
				{ id: 'b', label: 'B', description: 'Option B', set: { pick: 1, size: 1 } }
			]
		})
	);

	it('refuses a sunk cost, a cost every option pays alike, one every option fixes, a flag and no name', () => {
		for (const id of ['sunk', 'shared', 'size', 'pick', 'nothing'])
			expect(movesDecision(probe, id), id).toBe(false);
	});

	it('accepts an assumption that moves one option against the other', () => {
		expect(movesDecision(probe, 'gain')).toBe(true);
	});
});
