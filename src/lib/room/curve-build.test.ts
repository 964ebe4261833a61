import { describe, expect, it } from 'vitest';
import { getCompiled, FIXTURE_ID, models } from '$lib/decisions/testing';
import { compiled } from '$lib/decisions/compiled';
import { Profiler } from '$lib/engine/profile';
import { withDefaults } from '$lib/engine/compiled-model';
import { estimateCurve } from './curve-build';
import { leaderAt, marginAt } from './curve';
import { Curve, MAX_BODY_BYTES } from './protocol';
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
			// Sent to seven significant digits (curve-build.ts).
			expect(Math.abs(c.y[k] - (out(c.a) - out(c.b)))).toBeLessThanOrEqual(
				1e-6 * Math.max(1, Math.abs(c.y[k]))
			);
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

	// Review finding: with three options or more the curve held the two leading at the scenario's values,
	// and a phone named the wrong leader at an estimate where a third option led.
	it.each(models.filter((m) => m.options.length >= 3).map((m) => [m.id, m] as const))(
		'%s: names at every point of every uncertain parameter’s range the option the engine puts first',
		(_, def) => {
			const cm = compiled(def);
			const all = withDefaults(def, {});
			const prof = new Profiler(cm);
			const { by, higherIsBetter } = def.decide;
			for (const p of def.params.filter((x) => x.uncertain)) {
				const c = estimateCurve(cm, p.id, {});
				expect(v.safeParse(Curve, c).success, p.id).toBe(true);
				expect(c.at).toBe(all[p.id]);
				// The console's request with it fits the room's body limit, with room for a long label.
				const asked = {
					seq: 1,
					action: 'open',
					kind: 'estimate',
					param: p.id,
					step: 'x'.repeat(64),
					curve: c
				};
				expect(JSON.stringify(asked).length, p.id).toBeLessThan(MAX_BODY_BYTES - 500);
				for (let k = 0; k < c.x.length; k += 4) {
					const at = { ...all, [p.id]: c.x[k] };
					const out = def.options.map((o) => ({
						id: o.id,
						v: (higherIsBetter ? 1 : -1) * prof.outputAt(o.id, p.id, by, [c.x[k]], at)[0]
					}));
					out.sort((a, b) => b.v - a.v);
					// Ties (and near-ties within the curve's seven digits) may name either.
					if (out[0].v - out[1].v < 4e-6 * Math.max(1, ...out.map((o) => Math.abs(o.v)))) continue;
					const lead = leaderAt(c, c.x[k]);
					expect(lead.leader, `${p.id} at ${c.x[k]}`).toBe(out[0].id);
					expect(lead.other).toBe(out[1].id);
					expect(Math.abs(lead.by - (out[0].v - out[1].v))).toBeLessThanOrEqual(
						// Two margins over a, each to seven digits of its size, at most twice the largest value.
						4e-6 * Math.max(1, ...out.map((o) => Math.abs(o.v)))
					);
				}
			}
		}
	);
});
