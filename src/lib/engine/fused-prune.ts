/**
 * Drops the statements of a generated kernel whose value nothing reads. When periods are unrolled a series
 * is written out for every period, but some are read in a few only: a terminal value that the present
 * value adds in the last period (its t == periods − 1 ? after : 0 folds to 0 before), a series read
 * through prev() only (its last period is never read). V8 drops dead arithmetic itself, but not a kept
 * call (fused-memo.ts writes M), and the code a page and its worker load would still carry it.
 *
 * Liveness is found over the statements as a set, without their order, so a value carried from one
 * period of a loop to the next is kept. A statement is live when it writes a result column (S, O), when it
 * is part of the loop's frame, or when a live statement reads the name it defines or updates. A line of
 * any other shape is kept as it is.
 *
 * Dropping a kept call's site is safe for another site that checks its slots (fused-memo.ts, SIBLINGS):
 * a site's slots hold arguments and the result of the call on them, or zeros, which no call matches; a
 * site left unwritten only matches less often.
 */

/** `const x = …;`, `let x = …;` or an update (`x = …;`, `x += …;`, `x *= …;`, `if (t === 0) x = …;`): the name it writes. */
const WRITES = /^(?:const |let |if \(t === \d+\) )?([A-Za-z_]\w*) [+*]?= /;
/** A result column written: always live. */
const RESULT = /^[SO]\d+\[/;
/** Names a statement reads (the generator's vocabulary: locals, slots, H.*, Math.*). */
const NAMES = /[A-Za-z_]\w*/g;

/** Statements that are always kept: the loop's frame, its bookkeeping, the columns unpacked. */
const FRAME = /^(?:"use strict";|for \(|}|const (?:mq|mw|ti) = )/;

/**
 * Assignments inside a statement's value: only a kept call's own (its compared arguments `mt…`, its
 * slots `M[…]`: fused-memo.ts) are expected there. A statement that writes any other name on the side is
 * kept, whatever reads it.
 */
const INNER = /(?:^|[^=!<>\w.\]])\s*([A-Za-z_]\w*)\s*[+\-*/]?=(?!=)/g;
const sideWrites = (line: string, name: string) =>
	[
		...line
			.slice(line.indexOf(name) + name.length)
			.replace(/^\s*[+*]?=/, '')
			.matchAll(INNER)
	].some(([, w]) => !/^mt\d+$/.test(w));

export function pruneDead(lines: readonly string[]): string[] {
	const writes = lines.map((line) => {
		if (RESULT.test(line) || FRAME.test(line)) return null;
		const name = WRITES.exec(line)?.[1];
		return name && !sideWrites(line, name) ? name : undefined;
	});
	const live = writes.map((w) => w === null || w === undefined);
	const read = new Set<string>();
	const readBy = (k: number) => {
		for (const name of lines[k].match(NAMES) ?? []) read.add(name);
	};
	lines.forEach((_, k) => live[k] && readBy(k));
	for (let changed = true; changed;) {
		changed = false;
		writes.forEach((w, k) => {
			if (!live[k] && w && read.has(w)) {
				live[k] = true;
				readBy(k);
				changed = true;
			}
		});
	}
	return lines.filter((_, k) => live[k]);
}
