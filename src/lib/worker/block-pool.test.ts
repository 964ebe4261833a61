/**
 * The big-run pool with its real protocol and answerer, each worker a stand-in that answers in this
 * thread: messages are structured-cloned both ways and answers' buffers transferred, as between threads.
 * The report equals the one computed in one thread, whatever the pool's size; progress is told after
 * each block; a newer run, or cancel, replaces the one under way.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '$lib/engine/blocks';
import { runBlocksHere } from '$lib/engine/blocks-merge';
import { evaluator, verdict } from '$lib/engine/analysis';
import { withDefaults } from '$lib/engine/compiled-model';
import { getCompiled } from '$lib/decisions/testing';
import { blockAnswerer } from './block-answer';
import { BlockPool } from './block-pool';
import { poolSize } from './big-run-cost';
import { transferables, type BlockMessage, type BlockReply } from './block-protocol';
import type { UncertaintyRequest } from './protocol';

const cm = getCompiled('cainiao-ownership')!;

/** A worker that answers in this thread, through the same answerer as block.worker.ts. */
class StandIn {
	onmessage: ((e: { data: BlockReply }) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	terminated = false;
	private readonly answer = blockAnswerer(
		async (id) => {
			if (id !== cm.def.id) throw new Error(`No decision called '${id}'.`);
			return cm;
		},
		(r) => {
			const data = structuredClone(r, { transfer: r.ok ? transferables(r.answer) : [] });
			setTimeout(() => !this.terminated && this.onmessage?.({ data }));
		}
	);

	postMessage(m: BlockMessage): void {
		this.answer(structuredClone(m));
	}

	terminate(): void {
		this.terminated = true;
	}
}

function requestFor(samples: number, seed: number, given: Record<string, number> = {}): UncertaintyRequest {
	const values = withDefaults(cm.def, given);
	const v = verdict(cm, evaluator(cm)(values));
	return { modelId: cm.def.id, values, best: v.best, runnerUp: v.runnerUp, settings: { samples, seed } };
}

const here = (r: UncertaintyRequest) =>
	runBlocksHere(cm, { values: r.values, best: r.best, runnerUp: r.runnerUp, ...r.settings });

const poolOf = (size: number) => new BlockPool(size, () => new StandIn() as unknown as Worker);

describe('the big-run pool', () => {
	const request = requestFor(2 * BLOCK_SIZE + 100, 9);
	const expected = here(request);

	it('gives the report of one thread on 1, 2 and 3 workers, and tells its progress block by block', async () => {
		for (const size of [1, 2, 3]) {
			const pool = poolOf(size);
			const seen: number[] = [];
			const report = await pool.simulate(request, (done, total) => {
				expect(total).toBe(request.settings.samples);
				seen.push(done);
			});
			expect(report).toStrictEqual(expected);
			expect(seen).toHaveLength(3);
			expect(seen.at(-1)).toBe(request.settings.samples);
			expect([...seen].sort((a, b) => a - b)).toEqual(seen);
			pool.destroy();
		}
	});

	it('drops a run that a newer one replaces, and answers the newer one', async () => {
		const pool = poolOf(2);
		const newer = requestFor(2 * BLOCK_SIZE + 100, 9, { [cm.def.params[0].id]: cm.def.params[0].max });
		const first = pool.simulate(request);
		const second = pool.simulate(newer);
		expect(await first).toBeNull();
		expect(await second).toStrictEqual(here(newer));
		pool.destroy();
	});

	it('gives the same report again after other runs and a release, on buffers it reuses', async () => {
		const pool = poolOf(2);
		const other = requestFor(3 * BLOCK_SIZE, 10);
		expect(await pool.simulate(request)).toStrictEqual(expected);
		expect(await pool.simulate(other)).toStrictEqual(here(other));
		expect(await pool.simulate(request)).toStrictEqual(expected);
		pool.release();
		expect(await pool.simulate(request)).toStrictEqual(expected);
		pool.destroy();
	});

	it('stops at the next block when cancelled', async () => {
		const pool = poolOf(1);
		let blocks = 0;
		const run = pool.simulate(request, () => {
			blocks++;
			pool.cancel();
		});
		expect(await run).toBeNull();
		expect(blocks).toBe(1);
		pool.destroy();
	});

	it('says which decision it could not find', async () => {
		const pool = poolOf(1);
		await expect(pool.simulate({ ...request, modelId: 'no-such-model' })).rejects.toThrow(
			"No decision called 'no-such-model'."
		);
		pool.destroy();
	});
});

describe('the pool size', () => {
	it('has one worker per core, 2 when the browser does not say, and between 1 and 8', () => {
		expect([undefined, 0, 1, 2, 3, 4, 9, 16, 64].map(poolSize)).toEqual([2, 2, 1, 2, 3, 4, 8, 8, 8]);
	});
});
