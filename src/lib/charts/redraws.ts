/**
 * For component tests: every change a chart makes to the DOM under `el` from now on, so a test can tell
 * a chart that redrew (even to the same picture) from one that did not touch the page.
 */
export function watchRedraws(el: Element): () => MutationRecord[] {
	const changes: MutationRecord[] = [];
	const observer = new MutationObserver((m) => changes.push(...m));
	observer.observe(el, { subtree: true, attributes: true, childList: true, characterData: true });
	return () => changes.concat(observer.takeRecords());
}
