/**
 * A key press gives the page a new report whose simulation is still the last one: the fan chart must not
 * be laid out again, nor its SVG touched, until a new simulation arrives.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import { compileModel } from '$lib/engine/model';
import { Reporter } from '$lib/engine/report';
import { optionColors } from './colors';
import ValueOverTime from './ValueOverTime.svelte';

const layouts = vi.hoisted(() => ({ count: 0 }));
vi.mock('$lib/charts/fan-layout', async (original) => {
	const real = await original<typeof import('$lib/charts/fan-layout')>();
	return {
		...real,
		fanLayout: (...args: Parameters<typeof real.fanLayout>) => {
			layouts.count++;
			return real.fanLayout(...args);
		}
	};
});

const reporter = new Reporter(compileModel(model));
const settings = { samples: 1000, seed: 7 };
const at = (rate: number, uncertainty: ReturnType<Reporter['uncertainty']>) => {
	const quick = reporter.quick({ rate });
	return { ...quick, uncertainty };
};

describe('ValueOverTime', () => {
	it('lays the fan chart out once per simulation, not once per report', async () => {
		const first = reporter.quick({ rate: 0.1 });
		const simulated = reporter.uncertainty(first.values, first.verdict, settings);
		const colors = optionColors(model);
		const { rerender, container } = render(ValueOverTime, { model, colors, report: at(0.1, simulated) });
		const svg = container.querySelector('svg')!;
		const before = svg.innerHTML;
		expect(layouts.count).toBe(1);

		// Two key presses: new quick answers, the simulation not yet replaced.
		const changes: MutationRecord[] = [];
		const seen = new MutationObserver((m) => changes.push(...m));
		seen.observe(svg, { attributes: true, childList: true, subtree: true, characterData: true });
		await rerender({ model, colors, report: at(0.11, simulated) });
		await rerender({ model, colors, report: at(0.12, simulated) });
		changes.push(...seen.takeRecords());
		expect(layouts.count).toBe(1);
		expect(changes).toEqual([]);
		expect(svg.innerHTML).toBe(before);

		// The new simulation arrives: laid out again, and drawn.
		const next = reporter.quick({ rate: 0.12 });
		await rerender({
			model,
			colors,
			report: at(0.12, reporter.uncertainty(next.values, next.verdict, settings))
		});
		expect(layouts.count).toBe(2);
		expect(svg.innerHTML).not.toBe(before);
	});
});
