/** Runs `fn` when the page is idle; returns what cancels it. Where the browser cannot say, in 200 ms. */
export function whenIdle(fn: () => void | Promise<void>): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(fn);
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, 200);
	return () => clearTimeout(id);
}
