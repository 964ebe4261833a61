import { describe, expect, it } from 'vitest';
import { cainiaoOwnership } from '$lib/decisions/cainiao-ownership/model';
import { evaluator, verdict } from '$lib/engine/analysis';
import type { CompiledModel } from '$lib/engine/compiled-model';
import { compileModel, withDefaults } from '$lib/engine/model';
import type { WarmedUp, WorkerMessage, WorkerReply } from './protocol';
import { simulationHandler } from './simulation-handler';

const cm = compileModel(cainiaoOwnership);
const values = withDefaults(cainiaoOwnership, {});
const v = verdict(cm, evaluator(cm)(values));
const message = (seq: number, samples = 10000): WorkerMessage => ({
	seq,
	modelId: cainiaoOwnership.id,
	values: { ...values, valuation: values.valuation + seq },
	best: v.best,
	runnerUp: v.runnerUp,
	settings: { samples, seed: 5 }
});

/**
 * A handler whose replies are kept, whose warm-up steps wait in a queue, and whose clock moves `runMs` a
 * run (1 ms: every run well within the warm-up's limit).
 */
function setUp({ runMs = 1, load = async (): Promise<CompiledModel> => cm } = {}) {
	const posted: (WorkerReply | WarmedUp)[] = [];
	const queue: (() => void)[] = [];
	let t = 0;
	let reading = 0;
	const handle = simulationHandler({
		post: (r) => posted.push(r),
		load,
		later: (fn) => queue.push(fn),
		// Read before and after each run: the second reading of each pair is runMs later.
		now: () => (reading++ % 2 ? (t += runMs) : t)
	});
	const drain = () => {
		while (queue.length) queue.shift()!();
	};
	return { posted, queue, handle, drain, warmed: () => posted.filter((p) => 'warmed' in p) };
}

describe('the Monte Carlo worker’s handler', () => {
	it('answers, then warms the model up once, and tells its pace', async () => {
		const { posted, queue, handle, drain, warmed } = setUp();
		await handle(message(1));
		expect(posted).toHaveLength(1);
		expect(posted[0]).toMatchObject({ seq: 1, ok: true });
		expect(queue).toHaveLength(1);
		drain();
		expect(warmed()).toEqual([expect.objectContaining({ warmed: true, samples: 10000 })]);
		await handle(message(2));
		expect(queue).toHaveLength(0);
		expect(warmed()).toHaveLength(1);
	});

	it('stops the warm-up when a request arrives, whatever it awaits first', async () => {
		const { posted, queue, handle, drain, warmed } = setUp();
		await handle(message(1));
		queue.shift()!();
		// The next request is counted as it arrives, before its own run.
		const second = handle(message(2));
		drain();
		await second;
		drain();
		expect(warmed()).toEqual([]);
		expect(posted.filter((p) => 'seq' in p).map((p) => (p as { seq: number }).seq)).toEqual([1, 2]);
	});

	it('after a slow first run (a phone), warms up on few futures only, and tells no pace', async () => {
		const { posted, handle, drain } = setUp({ runMs: 1000 });
		await handle(message(1));
		expect(posted[0]).toMatchObject({ seq: 1, ok: true, ms: 1000 });
		drain();
		expect(posted).toHaveLength(1);
	});

	it('says what went wrong, and warms nothing up', async () => {
		const { posted, handle, queue } = setUp({
			load: async () => {
				throw new Error("No decision called 'nope'.");
			}
		});
		await handle(message(1));
		expect(posted).toEqual([{ seq: 1, ok: false, error: "No decision called 'nope'." }]);
		expect(queue).toEqual([]);
	});
});
