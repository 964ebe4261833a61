import { describe, expect, it, vi } from 'vitest';
import { lastMile } from '$lib/decisions/last-mile/model';
import { evaluator, verdict } from '$lib/engine/analysis';
import { compileModel, withDefaults } from '$lib/engine/model';
import { Simulator } from '$lib/engine/report';
import type { UncertaintyRequest, WarmedUp } from './protocol';
import {
	FULL_RUN_MS,
	SMALL_ROUNDS,
	WARM_PARAMS,
	WARM_SAMPLES,
	warmUp,
	warmUpSteps,
	warmUpValues,
	type WarmUpHooks
} from './warm-up';

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

/**
 * A warm-up whose steps wait in a queue, run one at a time as tasks would be, on a clock each run moves by
 * `runMs`; `warm` starts one, after a first run of 100 ms unless told otherwise.
 */
function tasks(runMs = 1) {
	const queue: (() => void)[] = [];
	let t = 0;
	let reading = 0;
	const later = (fn: () => void) => queue.push(fn);
	// Read twice a run (before and after): the second reading of each pair is runMs later.
	const now = () => (reading++ % 2 ? (t += runMs) : t);
	return {
		warm: (simulator: Simulator, hooks: Partial<WarmUpHooks> = {}) =>
			warmUp(simulator, request, {
				stale: () => false,
				done: () => {},
				firstRunMs: 100,
				...hooks,
				later,
				now
			}),
		next: () => queue.shift()?.(),
		drain: () => {
			while (queue.length) queue.shift()!();
		},
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
			for (const k of Object.keys(values).filter((k) => k !== p.id)) expect(steps[i][k]).toBe(values[k]);
		});
		expect(steps.at(-1)).toEqual(values);
	});

	it('moves the first certain parameter too, where a model has one: a slider on one takes another path', () => {
		// Last mile's parameters are all uncertain: here its fourth is not.
		const fourth = lastMile.params[3];
		const def = {
			...lastMile,
			params: lastMile.params.map((p) => (p === fourth ? { ...p, uncertain: undefined } : p))
		};
		const steps = warmUpValues(new Simulator(compileModel(def)), values);
		expect(steps).toHaveLength(WARM_PARAMS + 2);
		expect(steps[WARM_PARAMS]).toEqual({ ...values, [fourth.id]: values[fourth.id] * 1.01 });
		expect(steps.at(-1)).toEqual(values);
		expect(warmUpValues(new Simulator(compileModel(def)), values, 1)).toHaveLength(3);
	});

	it('warms a simulator of its own on few futures, then the page’s on the futures asked', () => {
		const page = new Simulator(cm);
		const { small, full } = warmUpSteps(page, request);
		// Last mile has no certain parameter: a round is the values, the first WARM_PARAMS moved, the values.
		expect(small).toHaveLength(SMALL_ROUNDS * (WARM_PARAMS + 2));
		const round = small.length / SMALL_ROUNDS;
		// Each round is the same runs, from the values asked.
		for (let r = 0; r < SMALL_ROUNDS; r++) {
			expect(small[r * round].values).toEqual(values);
			expect(small.slice(r * round, (r + 1) * round).map((s) => s.values)).toEqual(
				small.slice(0, round).map((s) => s.values)
			);
		}
		expect(new Set(small.map((s) => s.simulator)).size).toBe(1);
		expect(small[0].simulator).not.toBe(page);
		expect(small.every((s) => s.samples === Math.min(WARM_SAMPLES, 2000))).toBe(true);
		// The page's simulator ends at the values asked, which its kept calls then hold.
		expect(full.map((s) => [s.simulator, s.samples])).toEqual([
			[page, 2000],
			[page, 2000]
		]);
		expect(full[1].values).toEqual(values);
		expect(full[0].values).not.toEqual(values);
	});

	it('runs one step per task, with the request’s pair, and tells the last full run’s pace', () => {
		const run = vi.spyOn(Simulator.prototype, 'run');
		const done = vi.fn<(w: WarmedUp) => void>();
		const t = tasks(3);
		t.warm(new Simulator(cm), { done });
		expect(run).not.toHaveBeenCalled();
		const count = SMALL_ROUNDS * (WARM_PARAMS + 2) + 2;
		for (let i = 0; i < count; i++) {
			t.next();
			expect(run).toHaveBeenCalledTimes(i + 1);
			expect(run.mock.calls[i][1]).toEqual({ best: v.best, runnerUp: v.runnerUp });
			expect(run.mock.calls[i][2].seed).toBe(request.settings.seed);
		}
		expect(t.size()).toBe(0);
		expect(done).toHaveBeenCalledTimes(1);
		expect(done.mock.calls[0][0]).toEqual({ warmed: true, ms: 3, samples: 2000 });
		run.mockRestore();
	});

	it('makes no run at the futures asked where the first run was slow (a phone, 100,000 futures)', () => {
		const run = vi.spyOn(Simulator.prototype, 'run');
		const done = vi.fn();
		const t = tasks();
		t.warm(new Simulator(cm), { done, firstRunMs: FULL_RUN_MS + 1 });
		t.drain();
		expect(run).toHaveBeenCalledTimes(SMALL_ROUNDS * (WARM_PARAMS + 2));
		expect(run.mock.calls.every((c) => c[2].samples === WARM_SAMPLES)).toBe(true);
		expect(done).not.toHaveBeenCalled();
		run.mockRestore();
	});

	it('stops when a newer request arrives, and tells nothing', () => {
		const run = vi.spyOn(Simulator.prototype, 'run');
		const done = vi.fn();
		const t = tasks();
		let stale = false;
		t.warm(new Simulator(cm), { stale: () => stale, done });
		t.next();
		stale = true;
		t.next();
		expect(run).toHaveBeenCalledTimes(1);
		expect(t.size()).toBe(0);
		expect(done).not.toHaveBeenCalled();
		run.mockRestore();
	});

	it('tells no pace when a request came during its last run', () => {
		const original = Simulator.prototype.run;
		const last = SMALL_ROUNDS * (WARM_PARAMS + 2) + 2;
		let runs = 0;
		let stale = false;
		const run = vi.spyOn(Simulator.prototype, 'run').mockImplementation(function (this: Simulator, ...args) {
			// The request arrives while the last run is under way.
			if (++runs === last) stale = true;
			return original.apply(this, args);
		});
		const done = vi.fn();
		const t = tasks();
		t.warm(new Simulator(cm), { stale: () => stale, done });
		t.drain();
		expect(runs).toBe(last);
		expect(done).not.toHaveBeenCalled();
		run.mockRestore();
	});

	it('ends quietly when a run fails, and tells nothing', () => {
		const run = vi.spyOn(Simulator.prototype, 'run').mockImplementation(() => {
			throw new RangeError('a value past what the model allows');
		});
		const done = vi.fn();
		const t = tasks();
		t.warm(new Simulator(cm), { done });
		expect(() => t.drain()).not.toThrow();
		expect(run).toHaveBeenCalledTimes(1);
		expect(done).not.toHaveBeenCalled();
		run.mockRestore();
	});

	it('changes no number of the next run, stopped half-way or not', () => {
		const pressed = { ...values, volume: values.volume * 1.02 };
		const expected = new Simulator(cm).run(pressed, v, request.settings);
		const small = SMALL_ROUNDS * (WARM_PARAMS + 2);
		for (const stopAfter of [1, WARM_PARAMS + 3, small + 1, small + 2]) {
			const sim = new Simulator(cm);
			sim.run(values, v, request.settings);
			const t = tasks();
			let runs = 0;
			t.warm(sim, { stale: () => runs++ >= stopAfter });
			t.drain();
			expect(sim.run(pressed, v, request.settings)).toEqual(expected);
		}
	});
});
