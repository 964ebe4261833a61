/**
 * The in-page measure of one key press, shared by the page benches (page-settle.ts, page-settle-ab.ts):
 * evaluated before the press, it leaves `window.__settle` resolving to [ms to the first render that marks
 * the page running, ms to the frame after the page shows the press's simulation, the worker's ms, ms to
 * when the worker's result reached the page, ms to when the page's update that shows it ended]: the last
 * two split a press into waiting for the worker, the render, and the wait for the next frame.
 */
// A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
export const MEASURE = `window.__settle = new Promise((resolve) => {
	const article = document.querySelector('article');
	let t0 = 0;
	let tAnswer = 0;
	// The page marks itself "running" in the render that follows the press (with its quick answer, or,
	// where the answer is held for its simulation, with nothing else new), and "settled" in the one that
	// shows the worker's simulation. A press simulated on the page (page-simulation.ts) is settled in
	// the render that follows it: the first after the press, still "settled".
	const seen = new MutationObserver(() => {
		if (!t0) return;
		const state = article.dataset.simulation;
		if (state === 'running' && !tAnswer) tAnswer = performance.now();
		if (state === 'settled') {
			// After the update that set the attribute: observers run once the update's task ends.
			const rendered = performance.now();
			if (!tAnswer) tAnswer = rendered;
			seen.disconnect();
			const marks = performance.getEntriesByName('scenario-lab:simulation');
			const last = marks[marks.length - 1];
			const worker = last ? last.detail : NaN;
			const arrived = last && last.startTime >= t0 ? last.startTime - t0 : NaN;
			requestAnimationFrame(() =>
				resolve([tAnswer - t0, performance.now() - t0, worker, arrived, rendered - t0])
			);
		}
	});
	// The whole article: a press simulated on the page changes its text, not its state.
	seen.observe(article, { attributes: true, childList: true, characterData: true, subtree: true });
	addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true });
})`;
