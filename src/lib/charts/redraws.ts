import { tick } from 'svelte';
import { expect } from 'vitest';

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

/**
 * The check every chart's component test makes: rendered again with equal inputs in new objects, the chart
 * neither lays itself out (`layout`, its mocked layout function) nor touches the DOM; with the numbers
 * `move` changes, it does both, once.
 */
export async function expectRedrawOnlyOnChange<P>(
	layout: { mock: { calls: unknown[] } },
	rendered: { rerender: (p: P) => Promise<void>; container: Element },
	props: () => P,
	move: (moved: P) => void
): Promise<void> {
	const calls = layout.mock.calls.length;
	const changes = watchRedraws(rendered.container);

	await rendered.rerender(props());
	expect(layout.mock.calls.length).toBe(calls);
	expect(changes()).toHaveLength(0);

	const moved = props();
	move(moved);
	await rendered.rerender(moved);
	expect(layout.mock.calls.length).toBe(calls + 1);
	expect(changes().length).toBeGreaterThan(0);
}

/**
 * Opens every chart's data table under `el`, as a reader would: once the page runs, a closed one is not
 * in the page (ChartFigure.svelte). jsdom sends its own toggle event in a later task; sent here at once,
 * the table is there when this returns, fake timers or not.
 */
export async function openDataTables(el: ParentNode = document): Promise<void> {
	for (const details of el.querySelectorAll<HTMLDetailsElement>('details.data-table')) {
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
	}
	await tick();
}
