/**
 * Uniforms for one block of a big run (blocks.ts): each block of each parameter has a stream of its own,
 * keyed by (seed, parameter stream, block index), so any worker can draw any block without drawing the
 * blocks before it. sfc32 cannot skip ahead, so rather than one long stream cut into slices, each block
 * starts its own.
 *
 * The words are sfc32's, seeded as uniformsInto seeds them (random.ts) with one change: the second word
 * is also mixed with the block index. mix32 is a bijection, so distinct (seed, stream, block) triples
 * start from distinct states, and since mix32(x) is 0 only for x = 0, no block below about 3.7 × 10^9
 * starts where uniformsInto's stream of the same seed and parameter starts: the existing sample counts
 * and big runs never replay each other's draws.
 */
import { GOLDEN, INV_TWO_POW_32, mix32, TWO_POW_32, toWord } from './random';

/** The block index's own offset in the splitmix sequence, apart from those of the seed and the stream. */
const BLOCK_OFFSET = 5 * GOLDEN;

/** `out.length` uniforms strictly inside (0, 1) for block `block` of stream `stream` of `seed`. */
export function blockUniformsInto(
	seed: number,
	stream: number,
	block: number,
	out: Float64Array
): Float64Array {
	if (!Number.isInteger(stream) || stream < 0 || stream >= TWO_POW_32 - 1) {
		throw new RangeError(`stream must be an integer in [0, 2^32 - 1), got ${stream}`);
	}
	if (!Number.isInteger(block) || block < 0 || block >= 2 ** 31) {
		throw new RangeError(`block must be an integer in [0, 2^31), got ${block}`);
	}
	const word = toWord(seed);
	let a = mix32(word + GOLDEN);
	let b = (mix32(word + 2 * GOLDEN) ^ mix32(block + BLOCK_OFFSET)) >>> 0;
	let c = mix32(stream + 1 + 3 * GOLDEN);
	let d = mix32(stream + 1 + 4 * GOLDEN) ^ a;
	for (let i = 0; i < 16; i++) {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
	}
	for (let i = 0; i < out.length; i++) {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		out[i] = ((t >>> 0) + 0.5) * INV_TWO_POW_32;
	}
	return out;
}
