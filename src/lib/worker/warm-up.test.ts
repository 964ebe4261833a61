import { describe, expect, it, vi } from 'vitest';
import { lastMile } from '$lib/decisions/last-mile/model';
import { evaluator, verdict } from '$lib/engine/analysis';
import { compileModel, withDefaults } from '$lib/engine/model';
import { Simulator } from '$lib/engine/report';
import type { UncertaintyRequest, WarmedUp } from './protocol';
import { WARM_PARAMS, WARM_SAMPLES, warmUp, warmUpSteps, warmUpValues } from './warm-up';

const cm = compileModel(lastMile);
const values = withDefaults(lastMile, {});
const v = verdict(cm, evaluator(cm)(values));
const request: UncertaintyRequest = {
	modelId: lastMile.id,
	values,
	best: v.best,
	runnerUp: v.runnerUp,
	settings: { samples: 2000, seed: 7 }
};

/** Runs queued with `later`, one at a time, as tasks would. */
function tasks() {
	const queue: (() => void)[] = [];
	return {
		later: (fn: () => void) => queue.push(fn),
		next: () => queue.shift()?.(),
		size: () => queue.length
	};
}

describe('the worker’s warm-up', () => {
	it('moves each of the first uncertain parameters by 1 % in turn, then runs the values asked', () => {
		const steps = warmUpValues(new Simulator(cm), values);
		const uncertain = lastMile.params.filter((p) => p.uncertain).slice(0, WARM_PARAMS);
		expect(steps).toHaveLength(WARM_PARAMS + 1);
		uncertain.forEach((p, i) => {
			expect(steps[i][p.id]).toBeCloseTo(values[p.id] * 1.01, 12);
			const others = Object.keys(values).filter((k) => k !== p.id);
			for (const k of others) expect(steps[i][k]).toBe(values[k]);
		});
		expect(steps.at(-1)).toEqual(values);
	});

	it('warms a simulator of its own on few futures, then the page’s on the futures asked', () => {
		const page = new Simulator(cm);
		const steps = warmUpSteps(page, request);
		const small = steps.filter((s) => s.simulator !== page);
		const full = steps.filter((s) => s.simulator === page);
		expect(small).toHaveLength(WARM_PARAMS + 2);
		expect(new Set(small.map((s) => s.simulator)).size).toBe(1);
		expect(small.every((s) => s.samples === Math.min(WARM_SAMPLES, 2000))).toBe(true);
		// The page's simulator runs last, and ends at the values asked, which its kept calls then hold.
		expect(steps.slice(-2)).toEqual(full);
		expect(full.map((s) => s.samples)).toEqual([2000, 2000]);
		expect(full[1].values).toEqual(values);
		expect(full[0].values).not.toEqual(values);
	});

	it('runs one step per task, with the request’s pair, and tells the last run’s pace', () => {
		const page = new Simulator(cm);
		const run = vi.spyOn(Simulator.prototype, 'run');
		const done = vi.fn<(w: WarmedUp) => void>();
		const t = tasks();
		const count = warmUpSteps(page, request).length;
		warmUp(page, request, () => false, done, t.later);
		expect(run).not.toHaveBeenCalled();
		for (let i = 0; i < count; i++) {
			t.next();
			expect(run).toHaveBeenCalledTimes(i + 1);
			expect(run.mock.calls[i][1]).toEqual({ best: v.best, runnerUp: v.runnerUp });
			expect(run.mock.calls[i][2].seed).toBe(request.settings.seed);
		}
		expect(t.size()).toBe(0);
		expect(done).toHaveBeenCalledTimes(1);
		expect(done.mock.calls[0][0]).toMatchObject({ warmed: true, samples: 2000 });
		expect(done.mock.calls[0][0].ms).toBeGreaterThan(0);
		run.mockRestore();
	});

	it('stops when a newer request arrives, and says nothing', () => {
		const sim = new Simulator(cm);
		const run = vi.spyOn(Simulator.prototype, 'run');
		const done = vi.fn();
		const t = tasks();
		let stale = false;
		warmUp(sim, request, () => stale, done, t.later);
		t.next();
		stale = true;
		t.next();
		expect(run).toHaveBeenCalledTimes(1);
		expect(t.size()).toBe(0);
		expect(done).not.toHaveBeenCalled();
		run.mockRestore();
	});

	it('changes no number of the next run, stopped half-way or not', () => {
		const pressed = { ...values, volume: values.volume * 1.02 };
		const fresh = new Simulator(cm);
		fresh.run(values, v, request.settings);
		const expected = fresh.run(pressed, v, request.settings);
		for (const stopAfter of [1, WARM_PARAMS + 3, WARM_PARAMS + 4]) {
			const sim = new Simulator(cm);
			sim.run(values, v, request.settings);
			const t = tasks();
			let runs = 0;
			warmUp(
				sim,
				request,
				() => runs++ >= stopAfter,
				() => {},
				t.later
			);
			while (t.size()) t.next();
			expect(sim.run(pressed, v, request.settings)).toEqual(expected);
		}
	});
});
