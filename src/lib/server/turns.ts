/**
 * One page render starts per turn of the event loop, in the order the requests came.
 *
 * Node 20's libuv (since 1.45) accepts one new connection per turn of the loop, and cluster's primary
 * hands a worker its next connection only once the worker has answered for the last one, again one per
 * turn. A turn runs every request read in it: a page render is a few milliseconds of synchronous work,
 * so with fifty connections sending, one turn carried fifty renders and lasted a quarter of a second to
 * seconds, and a client that connected meanwhile waited one such turn for each connection before it, its
 * first request stalling 3–30 s (measured: connected at 1 s, accepted at 28–44 s) while the pages
 * themselves rendered in milliseconds. Taking the renders one per turn keeps each turn one render long,
 * so a new connection is taken within a render or two, and its request then waits its place in line
 * behind those that came before it, as everyone else's does. It limits no one: each render still starts
 * as soon as the one before it has, one turn later.
 */

const waiting: (() => void)[] = [];
let pumping = false;

/** Lets the next waiting render start, then, on the next turn of the loop, the one after it. */
function pump() {
	const start = waiting.shift();
	if (!start) {
		pumping = false;
		return;
	}
	// The render runs in the microtasks right after this callback; an immediate set from a check
	// phase runs in the next turn, after the loop has polled for connections and requests.
	start();
	setImmediate(pump);
}

/** Resolves when it is this request's turn to render: one a turn of the event loop, first come first. */
export function turn(): Promise<void> {
	return new Promise((resolve) => {
		waiting.push(resolve);
		if (!pumping) {
			pumping = true;
			setImmediate(pump);
		}
	});
}

/** How many renders wait for their turn (for tests). */
export const waitingTurns = () => waiting.length;
