/**
 * Float64Array columns handed back by a MonteCarlo that is done (MonteCarlo.dispose), for the next one
 * of the same size to reuse: a new seed or a new sample count then draws into memory already touched.
 *
 * Why: a new MonteCarlo for Cainiao at 10,000 samples needs 2.3 MB of columns (seven draws, the chart
 * series of two options, their outputs). Fresh memory is zeroed and faulted in page by page on first
 * write, and it adds to the garbage collector's work; in measurements that cost about as much as
 * running the kernel. A column here belongs to nobody: whoever takes it overwrites every element
 * before reading any (uniformsInto, drawInto and the fused kernel all do), so it is never cleared.
 */

/** Free columns by length. */
const free = new Map<number, Float64Array[]>();
/** The same columns as a set, so that a column given back twice is not handed out twice. */
const pooled = new WeakSet<Float64Array>();
let pooledElements = 0;

/** At most this many doubles (32 MB) are kept; columns past it are left to the garbage collector. */
const LIMIT = 4 * 1024 * 1024;

/** A column of `length` doubles, with arbitrary contents: the caller must write each before reading. */
export function takeColumn(length: number): Float64Array {
	const column = free.get(length)?.pop();
	if (!column) return new Float64Array(length);
	pooled.delete(column);
	pooledElements -= length;
	return column;
}

/** Gives columns back; the caller must not read or write them afterwards. */
export function giveBack(columns: Iterable<Float64Array>): void {
	for (const column of columns) {
		const { length } = column;
		if (pooled.has(column) || length === 0 || length > LIMIT) continue;
		// Columns of other lengths go first: a sample count the page no longer uses is not coming back.
		for (const [other, list] of free) {
			if (pooledElements + length <= LIMIT) break;
			if (other === length) continue;
			pooledElements -= other * list.length;
			for (const c of list) pooled.delete(c);
			free.delete(other);
		}
		if (pooledElements + length > LIMIT) continue;
		let list = free.get(length);
		if (!list) free.set(length, (list = []));
		list.push(column);
		pooled.add(column);
		pooledElements += length;
	}
}

/** How many doubles the pool holds, for tests. */
export function pooledSize(): number {
	return pooledElements;
}
