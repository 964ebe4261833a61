/**
 * The page shows a key press's quick answer before its sweeps: the tornado, drawn from the last sweeps,
 * must not move until the new ones come (it would be drawn twice per press, old bars on a new base).
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import { compileModel } from '$lib/engine/model';
import { Reporter, type Report } from '$lib/engine/report';
import AssumptionTornado from './AssumptionTornado.svelte';

const cm = compileModel(model);
const reporter = new Reporter(cm);
/** A report as the page holds it: a quick answer with the sweeps of `swept`'s values. */
const shown = (quick: Report, swept: Report): Report => ({ ...quick, ...reporter.sweeps(swept) });

describe('AssumptionTornado', () => {
	it('draws from the verdict its sweeps were made for, and changes only with new sweeps', async () => {
		const before = reporter.quick({ rate: 0.1 });
		const after = reporter.quick({ rate: 0.13 });
		expect(after.verdict.margin).not.toBe(before.verdict.margin);
		const props = (r: Report) => ({ cm, report: r, tornado: r.tornado!, count: 6 });
		const first = shown(before, before);
		const { rerender, container } = render(AssumptionTornado, props(first));
		const svg = container.querySelector('svg')!;
		const drawn = svg.innerHTML;

		// The new quick answer with the last sweeps: nothing in the chart changes.
		const changes: MutationRecord[] = [];
		const seen = new MutationObserver((m) => changes.push(...m));
		seen.observe(svg, { attributes: true, childList: true, subtree: true, characterData: true });
		await rerender(props({ ...after, tornado: first.tornado, tornadoOf: first.tornadoOf }));
		changes.push(...seen.takeRecords());
		expect(changes).toEqual([]);

		// Its sweeps: drawn again, from the new margin.
		await rerender(props(shown(after, after)));
		expect(svg.innerHTML).not.toBe(drawn);
	});

	it('draws a report completed at once (as on a server) from its own verdict', () => {
		const full = reporter.report({ rate: 0.1 }, null);
		expect(full.tornadoOf).toEqual({
			best: full.verdict.best,
			runnerUp: full.verdict.runnerUp,
			margin: full.verdict.margin
		});
		const { container } = render(AssumptionTornado, { cm, report: full, tornado: full.tornado, count: 6 });
		expect(container.querySelector('svg')).not.toBeNull();
	});
});
