/**
 * Seeded pseudo-random numbers. Everything here is integer arithmetic on 32-bit words (Math.imul, shifts),
 * so a seed gives the same sequence in every browser, in Node and in workers.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, from PractRand), whose four
 * words of state are filled by the splitmix32 mixing function. It passes PractRand's statistical tests,
 * and its built-in counter guarantees a period of at least 2^32 for every seed.
 */

/** Uniform numbers in [0, 1). */
export type PRNG = () => number;

export const TWO_POW_32 = 4294967296;
export const INV_TWO_POW_32 = 1 / TWO_POW_32;
export const GOLDEN = 0x9e3779b9;

/** splitmix32's finaliser: a bijection of 32-bit words in which every input bit flips about half the output. */
export function mix32(x: number): number {
	x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
	x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
	return (x ^ (x >>> 15)) >>> 0;
}

/** Folds any finite number into a 32-bit word; integer seeds below 2^32 map to themselves. */
export function toWord(seed: number): number {
	if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
	const n = Math.trunc(seed);
	const high = Math.floor(n / TWO_POW_32);
	return high === 0 ? n >>> 0 : (n >>> 0) ^ mix32((high >>> 0) + GOLDEN);
}

/**
 * An sfc32 generator returning raw 32-bit words. The seed words come from two splitmix32 sequences, one
 * keyed by the seed and one by the stream, so distinct (seed, stream) pairs always start from distinct
 * states; the warm-up rounds then spread that difference through all four words.
 */
function sfc32(seed: number, stream: number): () => number {
	let a = mix32(seed + GOLDEN);
	let b = mix32(seed + 2 * GOLDEN);
	let c = mix32(stream + 3 * GOLDEN);
	let d = mix32(stream + 4 * GOLDEN) ^ a;
	const next = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	for (let i = 0; i < 16; i++) next();
	return next;
}

/** A seeded generator of uniforms in [0, 1). */
export function createPrng(seed: number): PRNG {
	// Stream 0 is reserved for this generator; uniformStream numbers its streams from 1 internally, so a
	// PRNG and a parameter's stream made from the same seed never replay each other.
	const next = sfc32(toWord(seed), 0);
	return () => next() / TWO_POW_32;
}

/**
 * `n` uniforms strictly inside (0, 1) for stream `stream` of `seed`: one stream per uncertain parameter,
 * so adding or reordering draws for one parameter never changes another's.
 */
export function uniformStream(seed: number, stream: number, n: number): Float64Array {
	return uniformsInto(seed, stream, new Float64Array(n));
}

/**
 * A parameter's stream number from its id (FNV-1a, 32 bits): the same id draws the same uniforms in every
 * revision of a model, wherever the parameter stands in the list, so inserting, removing or reordering
 * parameters never changes another parameter's draws, nor an old link's Monte Carlo through them.
 */
export function streamOf(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		h ^= id.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	// uniformsInto takes streams below 2^32 − 1.
	return h % (TWO_POW_32 - 1);
}

/** uniformStream(seed, stream, out.length), written into `out`, which is returned. */
export function uniformsInto(seed: number, stream: number, out: Float64Array): Float64Array {
	if (!Number.isInteger(stream) || stream < 0 || stream >= TWO_POW_32 - 1) {
		throw new RangeError(`stream must be an integer in [0, 2^32 - 1), got ${stream}`);
	}
	// sfc32 as above, with its state in locals: the same words, several times faster than a call each.
	const word = toWord(seed);
	let a = mix32(word + GOLDEN);
	let b = mix32(word + 2 * GOLDEN);
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
		// The half-step offset keeps every value in [2^-33, 1 - 2^-33]: quantile functions stay finite.
		// Multiplying by 2^-32 is exact, so this equals dividing by 2^32.
		out[i] = ((t >>> 0) + 0.5) * INV_TWO_POW_32;
	}
	return out;
}

/** 32-bit FNV-1a hash of the UTF-8 bytes of `text`, for deriving seeds from names. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193);
	return h >>> 0;
}
