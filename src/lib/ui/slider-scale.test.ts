import { describe, expect, it } from 'vitest';
import { loadAllModels } from '$lib/decisions/registry';
import { snapToStep } from '$lib/state/link-values';
import { sliderScale } from './slider-scale';

const models = await loadAllModels();
const PRESSES = 25;

/**
 * Where a range input's arrow key takes it, as browsers step it (in decimal, HTML's step algorithm): one
 * step on, back onto the grid counted from min, and within min and max; in the shown units, as integers
 * of 10^-decimals so that no float rounding enters.
 */
function pressed(shown: number, dir: number, min: number, max: number, step: number): number {
	const moved = Math.min(max, Math.max(min, shown + dir * step));
	return Math.min(max, min + Math.round((moved - min) / step) * step);
}

describe('a slider’s key press', () => {
	it(`lands, for every parameter of every decision, on the value a step from it snaps to (${PRESSES} presses each way)`, () => {
		let presses = 0;
		const missed: string[] = [];
		for (const def of models)
			for (const p of def.params) {
				const { toShown, fromShown, decimals } = sliderScale(p);
				const unit = 10 ** decimals;
				const int = (v: number) => Math.round(toShown(v) * unit);
				for (const dir of [1, -1]) {
					let v = p.default;
					for (let k = 0; k < PRESSES; k++) {
						const next = fromShown(pressed(int(v), dir, int(p.min), int(p.max), int(p.step)) / unit);
						if (next === v) break;
						presses++;
						// What the sweeps made ahead are keyed by (state/sweeps-ahead.ts).
						if (next !== snapToStep(p, v + dir * p.step)) missed.push(`${def.id}.${p.id}: ${v} → ${next}`);
						v = next;
					}
				}
			}
		expect(missed).toEqual([]);
		expect(presses).toBeGreaterThan(1000);
	});

	it('shows shares as percent, with the decimals its step needs, and reads them back', () => {
		const share = sliderScale({ unit: '%', step: 0.0025 });
		expect(share).toMatchObject({ scale: 100, decimals: 2 });
		expect(share.toShown(0.1075)).toBe(10.75);
		expect(share.fromShown(10.75)).toBe(0.1075);
		const money = sliderScale({ unit: 'USD bn', step: 0.1 });
		expect(money.toShown(10.3)).toBe(10.3);
		expect(money.fromShown(10.4)).toBe(10.4);
	});
});
