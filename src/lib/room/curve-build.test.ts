import { describe, expect, it } from 'vitest';
import { getCompiled, FIXTURE_ID } from '$lib/decisions/testing';
import { Profiler } from '$lib/engine/profile';
import { withDefaults } from '$lib/engine/compiled-model';
import { estimateCurve } from './curve-build';
import { leaderAt, marginAt } from './curve';
import { Curve } from './protocol';
import * as v from 'valibot';

const cm = getCompiled(FIXTURE_ID)!;

describe('estimateCurve', () => {
	it('is the leader’s margin over the runner-up across the range, valid for the protocol', () => {
		const values = { rent: 2 };
		const c = estimateCurve(cm, 'rent', values);
		expect(v.safeParse(Curve, c).success).toBe(true);
		const p = cm.params.get('rent')!;
		expect(c.x[0]).toBe(p.min);
		expect(c.x.at(-1)).toBe(p.max);
		expect(c.x.length).toBeLessThanOrEqual(101);
		// Checked against single runs of the engine at a few points.
		const all = withDefaults(cm.def, values);
		const prof = new Profiler(cm);
		for (const k of [0, 17, c.x.length - 1]) {
			const at = { ...all, rent: c.x[k] };
			const out = (o: string) => prof.outputAt(o, 'rent', 'value', [c.x[k]], at)[0];
			expect(c.y[k]).toBeCloseTo(out(c.a) - out(c.b), 9);
		}
		// a leads at the scenario's own value.
		expect(marginAt(c, 2)).toBeGreaterThan(0);
	});

	it('changes its leader with the scenario, and the verdict flips somewhere along the rent', () => {
		const cheap = estimateCurve(cm, 'rent', { rent: 0.5 });
		const dear = estimateCurve(cm, 'rent', { rent: 6 });
		expect(cheap.a).not.toBe(dear.a);
		expect(leaderAt(cheap, 6).leader).toBe(dear.a);
	});
});
