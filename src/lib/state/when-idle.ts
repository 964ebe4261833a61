/**
 * Runs `fn` when the page is idle, with how long it stays so; returns what cancels it. Where the browser
 * cannot say (Safari), in 200 ms, without a deadline.
 */
export function whenIdle(fn: (deadline?: IdleDeadline) => void | Promise<void>): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(fn);
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, 200);
	return () => clearTimeout(id);
}
