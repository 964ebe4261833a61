import { describe, expect, it } from 'vitest';
import { cainiaoOwnership } from '$lib/decisions/cainiao-ownership/model';
import { evaluator, verdict } from '$lib/engine/analysis';
import { compileModel, withDefaults } from '$lib/engine/model';
import { Simulator } from '$lib/engine/simulator';
import type { UncertaintyRequest } from '$lib/worker/protocol';
import { PAGE_MS, PageSimulation, READY_MARK, RETRY_AFTER } from './page-simulation';

const cm = compileModel(cainiaoOwnership);
const values = withDefaults(cainiaoOwnership, {});
const v = verdict(cm, evaluator(cm)(values));
const request = (valuation = values.valuation, samples = 2000, seed = 5): UncertaintyRequest => ({
	modelId: cainiaoOwnership.id,
	values: { ...values, valuation },
	best: v.best,
	runnerUp: v.runnerUp,
	settings: { samples, seed }
});

/**
 * A page simulation on the real model, whose idle tasks wait in a queue until `idle()` runs them, and
 * whose clock moves `runMs` between the start and the end of a run.
 */
function setUp({ runMs = 1, load = async () => new Simulator(cm) as Simulator | null } = {}) {
	const queue: (() => void | Promise<void>)[] = [];
	let t = 0;
	let reading = 0;
	const page = new PageSimulation(
		cainiaoOwnership.id,
		load,
		(fn) => {
			queue.push(fn);
			return () => {
				const at = queue.indexOf(fn);
				if (at >= 0) queue.splice(at, 1);
			};
		},
		() => {
			// Each run reads the clock twice: at its start, and at its end runMs later.
			t += reading++ % 2 ? runMs : 0;
			return t;
		}
	);
	/** Runs the idle tasks queued, and those they queue, until none is left. */
	const idle = async () => {
		while (queue.length) await queue.shift()!();
	};
	return { page, idle, queue };
}

/** The worker's pace (ms per future) that puts a run of `samples` at `ms`. */
const paceOf = (ms: number, samples = 2000) => ms / samples;

describe('PageSimulation', () => {
	it('runs nothing here until the worker has answered and the page was idle', async () => {
		const { page, idle } = setUp();
		const q = request();
		expect(page.fits(q, paceOf(2))).toBe(false);
		page.prepare(q, paceOf(2));
		// Not ready before the idle tasks: the first run here draws everything and is slow.
		expect(page.fits(q, paceOf(2))).toBe(false);
		await idle();
		expect(page.fits(request(values.valuation + 1), paceOf(2))).toBe(true);
	});

	it('readies in short idle tasks: the loading, the first run in its steps, and a press’s two runs', async () => {
		const { page, queue } = setUp();
		const q = request();
		page.prepare(q, paceOf(2));
		let tasks = 0;
		while (queue.length) {
			await queue.shift()!();
			tasks++;
		}
		const steps = new Simulator(cm).firstRunSteps(q.values, q, q.settings).length;
		// A warming run, a step per uncertain parameter and the run: more than a handful.
		expect(steps).toBeGreaterThan(5);
		expect(tasks).toBe(1 + steps + 2);
		const ready = performance.getEntriesByName(READY_MARK).at(-1) as PerformanceMark;
		expect(ready.detail).toHaveLength(steps + 2);
	});

	it('gives the numbers the worker gives: the same simulator, the same request', async () => {
		const { page, idle } = setUp();
		page.prepare(request(), paceOf(2));
		await idle();
		const q = request(values.valuation + 1);
		const here = page.run(q);
		expect(here?.ms).toBe(1);
		expect(here?.report).toEqual(new Simulator(cm).run(q.values, q, q.settings));
	});

	it('leaves to the worker a run expected over PAGE_MS, a frozen revision, another model, other draws', async () => {
		const slow = setUp();
		slow.page.prepare(request(), paceOf(PAGE_MS + 1));
		expect(slow.queue).toHaveLength(0);

		const { page, idle, queue } = setUp();
		page.prepare({ ...request(), revision: 1 }, paceOf(2));
		page.prepare({ ...request(), modelId: 'another-decision' }, paceOf(2));
		expect(queue).toHaveLength(0);
		page.prepare(request(), paceOf(2));
		await idle();
		expect(page.fits({ ...request(), revision: 1 }, paceOf(2))).toBe(false);
		// Another seed or count draws every parameter afresh: readied in idle time first, not in a press.
		expect(page.fits(request(values.valuation, 2000, 6), paceOf(2))).toBe(false);
		expect(page.fits(request(values.valuation, 4000), paceOf(2, 4000))).toBe(false);
	});

	it('goes by the worker’s pace until a press here times its own, and retries a slow page now and then', async () => {
		const { page, idle } = setUp({ runMs: PAGE_MS + 2 });
		page.prepare(request(), paceOf(2));
		await idle();
		// Readied: the runs that readied it ran code still cold, so the worker's pace says.
		expect(page.fits(request(), paceOf(2))).toBe(true);
		expect(page.fits(request(), paceOf(PAGE_MS + 1))).toBe(false);
		// A press here took longer than PAGE_MS: its own pace now says no, whatever the worker's.
		expect(page.run(request(values.valuation + 1))?.ms).toBe(PAGE_MS + 2);
		expect(page.fits(request(), paceOf(2))).toBe(false);
		// The worker answers the next presses, fast: after RETRY_AFTER of them, one more is tried here.
		for (let k = 1; k < RETRY_AFTER; k++) {
			page.prepare(request(), paceOf(2));
			expect(page.fits(request(), paceOf(2))).toBe(false);
		}
		page.prepare(request(), paceOf(2));
		expect(page.fits(request(), paceOf(2))).toBe(true);
	});

	it('stops for good when the page is left: an idle task waiting runs nothing, and nothing is kept', async () => {
		const { page, queue } = setUp();
		page.prepare(request(), paceOf(2));
		expect(queue).toHaveLength(1);
		page.stop();
		expect(queue).toHaveLength(0);
		page.prepare(request(), paceOf(2));
		expect(queue).toHaveLength(0);
		expect(page.fits(request(), paceOf(2))).toBe(false);
	});

	it('hands every request to the worker from a failed run on, and where no simulator loads', async () => {
		const { page, idle } = setUp();
		page.prepare(request(), paceOf(2));
		await idle();
		// More futures than one thread runs (a big run) throw in Simulator.run.
		expect(page.run(request(values.valuation, 200_000))).toBeNull();
		expect(page.fits(request(), paceOf(2))).toBe(false);

		const none = setUp({ load: async () => null });
		none.page.prepare(request(), paceOf(2));
		await none.idle();
		expect(none.page.fits(request(), paceOf(2))).toBe(false);
	});
});
