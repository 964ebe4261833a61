/**
 * The sizes of a big run's blocks (blocks.ts), apart from it so that a page can tell a big run from an
 * ordinary one without loading the block engine.
 */

/** Samples per block: 16 blocks make a million, enough to share among up to 8 workers evenly. */
export const BLOCK_SIZE = 62_500;

/** Sample counts above this run in blocks; those up to it run as they always have. */
export const BLOCKED_ABOVE = 100_000;

export const usesBlocks = (samples: number): boolean => samples > BLOCKED_ABOVE;

export const blockCount = (samples: number): number => Math.ceil(samples / BLOCK_SIZE);

/** Samples in block `b` of a run of `samples`: BLOCK_SIZE but for a shorter last block. */
export const blockLength = (samples: number, b: number): number =>
	Math.min(BLOCK_SIZE, samples - b * BLOCK_SIZE);
