/**
 * The big-run pool: one module worker per core (big-run-cost.ts poolSize: at least 1, at most 8), each
 * computing whole blocks of a run (blocks.ts) as they fall free, then answering the merge's questions
 * (blocks-merge.ts). The workers start when the first big run is asked for, and stay for the next.
 *
 * A newer run replaces the one under way: it is cancelled between steps, and the workers, which answer
 * in order, drop its blocks when the next job starts. When a run ends its blocks are dropped too, but
 * their buffers are kept for the next run (a million futures of a ten-year model are about 180 MB of
 * columns, which cost more to allocate afresh than to simulate into) until release().
 */
import type { BlockJob } from '$lib/engine/blocks';
import { blockCount } from '$lib/engine/blocks-size';
import { Cancelled, runBlocks, type BlockWorker } from '$lib/engine/blocks-merge';
import type { UncertaintyReport } from '$lib/engine/simulator';
import { poolSize } from './big-run-cost';
import type { BlockAnswer, BlockQuestion, BlockReply } from './block-protocol';
import type { UncertaintyRequest } from './protocol';

type Pending = { resolve: (a: BlockAnswer) => void; reject: (e: Error) => void };

/** One worker and the questions it has not answered yet. */
class Member {
	private seq = 0;
	private readonly pending = new Map<number, Pending>();

	constructor(readonly worker: Worker) {
		worker.onmessage = (e: MessageEvent<BlockReply>) => {
			const m = e.data;
			const p = this.pending.get(m.seq);
			this.pending.delete(m.seq);
			if (!p) return;
			if (m.ok) p.resolve(m.answer);
			else p.reject(new Error(m.error));
		};
		worker.onerror = (e) => {
			e.preventDefault();
			this.failAll(new Error(`A simulation worker stopped (${e.message || 'no reason given'}).`));
		};
	}

	ask<K extends BlockAnswer['kind']>(q: BlockQuestion & { kind: K }): Promise<BlockAnswer & { kind: K }> {
		const seq = ++this.seq;
		return new Promise((resolve, reject) => {
			this.pending.set(seq, { resolve: resolve as (a: BlockAnswer) => void, reject });
			this.worker.postMessage({ seq, ...q });
		});
	}

	failAll(err: Error): void {
		for (const p of this.pending.values()) p.reject(err);
		this.pending.clear();
	}

	/** This member as the merge sees a worker, for one request's model. */
	asBlockWorker(modelId: string, revision: number | undefined): BlockWorker {
		return {
			start: async (job) => {
				const a = await this.ask({ kind: 'start', job: { ...job, modelId, revision } });
				return { options: a.options, periods: a.periods };
			},
			block: async (block) => (await this.ask({ kind: 'block', block })).stats,
			spread: async (req) => (await this.ask({ kind: 'spread', req })).reply,
			gather: async (specs, wanted) => (await this.ask({ kind: 'gather', specs, wanted })).values,
			bins: async (req) => (await this.ask({ kind: 'bins', req })).reply
		};
	}
}

export class BlockPool {
	private readonly members: Member[];
	private run = 0;

	constructor(
		size = poolSize(globalThis.navigator?.hardwareConcurrency),
		make: () => Worker = () => new Worker(new URL('./block.worker.ts', import.meta.url), { type: 'module' })
	) {
		this.members = Array.from({ length: size }, () => new Member(make()));
	}

	get size(): number {
		return this.members.length;
	}

	/**
	 * The report of a big run; null when a newer run (or cancel) replaced it before it was done.
	 * `onprogress` hears the futures simulated so far, after each block.
	 */
	async simulate(
		r: UncertaintyRequest,
		onprogress: (done: number, total: number) => void = () => {}
	): Promise<UncertaintyReport | null> {
		const id = ++this.run;
		const live = () => id === this.run;
		const job: BlockJob = { values: r.values, best: r.best, runnerUp: r.runnerUp, ...r.settings };
		const workers = this.members
			.slice(0, Math.min(this.members.length, blockCount(job.samples)))
			.map((m) => m.asBlockWorker(r.modelId, r.revision));
		try {
			const report = await runBlocks(
				job,
				workers,
				(done) => live() && onprogress(done, job.samples),
				() => !live()
			);
			return live() ? report : null;
		} catch (err) {
			if (err instanceof Cancelled || !live()) return null;
			throw err;
		} finally {
			// The blocks are merged: the workers drop them (keeping the buffers), unless a newer run already
			// started, whose own start drops them.
			if (live()) for (const m of this.members) m.ask({ kind: 'drop' }).catch(() => {});
		}
	}

	/** Lets the workers free the memory kept for the next big run (the page went back to fewer futures). */
	release(): void {
		for (const m of this.members) m.ask({ kind: 'release' }).catch(() => {});
	}

	/** Stops the run under way at its next step; its promise gives null. */
	cancel(): void {
		this.run++;
	}

	destroy(): void {
		this.cancel();
		for (const m of this.members) {
			m.worker.terminate();
			m.failAll(new Cancelled());
		}
	}
}
