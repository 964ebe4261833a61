/**
 * What a worker of the big-run pool does with each question (block-protocol.ts), apart from the worker's
 * global scope so that a test can put it behind a stand-in worker: it holds the blocks of the current
 * job that it was given, and answers the merge's questions about them (blocks.ts). A new job drops the
 * last one's blocks; the model's plans stay for the next.
 */
import { BlockHolder } from '$lib/engine/blocks';
import type { CompiledModel } from '$lib/engine/compiled-model';
import type { BlockAnswer, BlockMessage, BlockReply } from './block-protocol';

type Load = (modelId: string, revision: number | undefined) => Promise<CompiledModel>;

/**
 * An answerer: questions are answered one after another, in the order they came, so that a start that
 * waits for its model cannot let a block of the new job run on the old one. `reply` gets each answer.
 */
export function blockAnswerer(load: Load, reply: (r: BlockReply) => void): (m: BlockMessage) => void {
	const holders = new Map<string, BlockHolder>();
	let current: BlockHolder | null = null;

	async function answer(m: BlockMessage): Promise<BlockAnswer> {
		if (m.kind === 'start') {
			const { modelId, revision, ...job } = m.job;
			const key = revision === undefined ? modelId : `${modelId}@r${revision}`;
			let h = holders.get(key);
			if (!h) holders.set(key, (h = new BlockHolder(await load(modelId, revision))));
			// Another model's buffers would not fit this one's blocks.
			if (current !== h) current?.release();
			current = h;
			h.start(job);
			return { kind: 'start', options: h.layout.options, periods: h.layout.periods };
		}
		if (m.kind === 'drop') {
			current?.drop();
			current = null;
			return { kind: 'drop' };
		}
		if (m.kind === 'release') {
			for (const h of holders.values()) h.release();
			current = null;
			return { kind: 'release' };
		}
		if (!current) throw new Error('No big run is under way in this worker.');
		if (m.kind === 'block') return { kind: 'block', stats: current.block(m.block) };
		if (m.kind === 'spread') return { kind: 'spread', reply: current.spread(m.req) };
		if (m.kind === 'gather') return { kind: 'gather', values: current.gather(m.specs, m.wanted) };
		return { kind: 'bins', reply: current.bins(m.req) };
	}

	let queue: Promise<void> = Promise.resolve();
	return (m) => {
		queue = queue.then(async () => {
			try {
				reply({ seq: m.seq, ok: true, answer: await answer(m) });
			} catch (err) {
				reply({ seq: m.seq, ok: false, error: err instanceof Error ? err.message : String(err) });
			}
		});
	};
}
