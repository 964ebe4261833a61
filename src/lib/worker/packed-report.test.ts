import { describe, expect, it } from 'vitest';
import { models } from '$lib/decisions/testing';
import { compiled } from '$lib/decisions/compiled';
import { evaluator, verdict } from '$lib/engine/analysis';
import { withDefaults } from '$lib/engine/compiled-model';
import { Simulator, type UncertaintyReport } from '$lib/engine/report';
import { pack, unpack } from './packed-report';

/** Through a transfer, as between the worker and the page. */
function across(r: UncertaintyReport): UncertaintyReport {
	const { packed, transfer } = pack(r);
	const sent = structuredClone(packed, { transfer });
	// Transferred, not copied: the sender's buffer is gone.
	expect(packed.numbers.length).toBe(0);
	return unpack(sent);
}

describe('a packed simulation report', () => {
	it('is rebuilt bit for bit, for every decision', () => {
		for (const def of models) {
			const cm = compiled(def);
			const values = withDefaults(def, {});
			const v = verdict(cm, evaluator(cm)(values));
			const report = new Simulator(cm).run(values, v, { samples: 2000, seed: 7 });
			expect(across(report)).toStrictEqual(report);
		}
	});

	it('keeps NaN, −0 and infinities where they were', () => {
		const s = { mean: NaN, se: -0, p05: -Infinity, p25: 0, p50: 1, p75: Infinity, p95: NaN };
		const report: UncertaintyReport = {
			samples: 3,
			seed: 1,
			best: 'a',
			runnerUp: 'b',
			options: { a: { path: [s, s], outcome: s }, b: { path: [], outcome: s } },
			difference: s,
			histogram: { edges: [0, 1, 2], shares: [0.5, 0.5], tails: [0, -0] },
			ahead: { p: 1, se: 0 }
		};
		const back = across(report);
		expect(back).toStrictEqual(report);
		expect(Object.is(back.options.a.path[1].se, -0)).toBe(true);
		expect(Object.is(back.histogram.tails[1], -0)).toBe(true);
	});
});
