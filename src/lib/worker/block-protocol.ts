/**
 * The messages between the page and the workers of the big-run pool (block-pool.ts). Each question
 * carries the job it belongs to and a sequence number its answer repeats; typed arrays in answers are
 * transferred, not copied.
 */
import type {
	BinsReply,
	BinsRequest,
	BlockJob,
	BlockStats,
	BucketSpec,
	SpreadReply,
	SpreadRequest,
	Wanted
} from '$lib/engine/blocks';

export type BlockQuestion =
	| { kind: 'start'; job: BlockJob & { modelId: string; revision?: number } }
	| { kind: 'block'; block: number }
	| { kind: 'spread'; req: SpreadRequest }
	| { kind: 'gather'; specs: BucketSpec[]; wanted: Wanted[] }
	| { kind: 'bins'; req: BinsRequest }
	| { kind: 'drop' }
	| { kind: 'release' };

export type BlockAnswer =
	| { kind: 'start'; options: string[]; periods: number }
	| { kind: 'block'; stats: BlockStats }
	| { kind: 'spread'; reply: SpreadReply }
	| { kind: 'gather'; values: Float64Array[] }
	| { kind: 'bins'; reply: BinsReply }
	| { kind: 'drop' }
	| { kind: 'release' };

export type BlockMessage = { seq: number } & BlockQuestion;

export type BlockReply = { seq: number } & ({ ok: true; answer: BlockAnswer } | { ok: false; error: string });

/** The buffers of an answer's typed arrays, to transfer rather than copy. */
export function transferables(a: BlockAnswer): ArrayBuffer[] {
	const arrays: ArrayBufferView[] =
		a.kind === 'block'
			? [a.stats.sums, a.stats.mins, a.stats.maxs, a.stats.nans]
			: a.kind === 'spread'
				? [...a.reply.squares, ...a.reply.counts]
				: a.kind === 'gather'
					? a.values
					: a.kind === 'bins'
						? [a.reply.counts]
						: [];
	// A buffer listed twice cannot be transferred; these are each their own.
	return [...new Set(arrays.map((x) => x.buffer as ArrayBuffer))];
}
