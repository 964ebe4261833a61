/**
 * A power that remembers what it computed: x ^ y with both known only when the kernel runs (a drawn
 * elasticity, a density that grows over time) costs a Math.pow, several times an addition, and the same
 * pair often comes back. A sweep moves one parameter over 65 values while a power's base and exponent
 * depend on others; two options of one model often reach the same base (an option's share that has
 * ramped up to 1). The last pairs are kept in a small table addressed by their bits, and a pair found
 * there returns the power computed for it: the same function of the same two doubles, so the same bits.
 *
 * A pair matches only when both numbers are equal and the base is not zero (0 and −0 are equal, and
 * their powers differ in sign for an odd exponent; NaN equals nothing); y = 0 and y = −0 give 1 alike.
 */
import { FUNCTION_IMPL } from './ops';

const pow = FUNCTION_IMPL.pow;

/** Entries in the table: a sweep's powers are a few per period; 4096 keeps a model's worth apart. */
const SIZE = 4096;
const MASK = SIZE - 1;
const bases = new Float64Array(SIZE).fill(NaN);
const exponents = new Float64Array(SIZE);
const powers = new Float64Array(SIZE);
const bits = new Float64Array(2);
const words = new Int32Array(bits.buffer);

/** mathjs's x ^ y (ops.ts), from the table when the pair was computed before. */
export function powMemo(x: number, y: number): number {
	bits[0] = x;
	bits[1] = y;
	let h = Math.imul(words[0] ^ words[1], 0x9e3779b1) ^ Math.imul(words[2] ^ words[3], 0x85ebca6b);
	h = (h ^ (h >>> 15)) & MASK;
	if (bases[h] === x && exponents[h] === y && x !== 0) return powers[h];
	const r = pow(x, y);
	bases[h] = x;
	exponents[h] = y;
	powers[h] = r;
	return r;
}
