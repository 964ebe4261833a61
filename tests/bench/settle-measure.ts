/**
 * The in-page measure of one key press, shared by the page benches (page-settle.ts, page-settle-ab.ts):
 * evaluated before the press, it leaves `window.__settle` resolving to [ms to the first render that marks
 * the page running, ms to the frame after the page shows the press's simulation, the worker's ms].
 */
// A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
export const MEASURE = `window.__settle = new Promise((resolve) => {
	const article = document.querySelector('article');
	let t0 = 0;
	let tAnswer = 0;
	// The page marks itself "running" in the render that follows the press (with its quick answer, or,
	// where the answer is held for its simulation, with nothing else new), and "settled" in the one that
	// shows the worker's simulation.
	const seen = new MutationObserver(() => {
		const state = article.dataset.simulation;
		if (state === 'running' && !tAnswer) tAnswer = performance.now();
		if (state === 'settled' && tAnswer) {
			seen.disconnect();
			const marks = performance.getEntriesByName('scenario-lab:simulation');
			const worker = marks.length ? marks[marks.length - 1].detail : NaN;
			requestAnimationFrame(() => resolve([tAnswer - t0, performance.now() - t0, worker]));
		}
	});
	seen.observe(article, { attributes: true, attributeFilter: ['data-simulation'] });
	addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true });
})`;
