import { describe, expect, it } from 'vitest';
import { getCompiled, getModel } from '$lib/decisions/testing';
import { Reporter, Simulator } from '$lib/engine/report';
import { decodeScenario, encodeScenario } from '$lib/state/url';
import { roomBeliefScenario } from './room-scenario';
import { summariseBelief, type RoomAnswer } from './summary';
import { verdictRun } from './verdict-run';

const def = getModel('cainiao-ownership')!;
const cm = getCompiled('cainiao-ownership')!;
const growth = def.params.find((p) => p.id === 'growth')!;
// The room's scenario as the decision page's link writes it: one other assumption moved, and its own
// samples and seed.
const scenario = encodeScenario(def, { values: { rate: 0.1 }, samples: 2000, seed: 7 }, { versioned: true });

const answer = (participant: number, best: number, spread?: number, hidden = false): RoomAnswer => ({
	participant,
	value: spread === undefined ? { best } : { best, low: best - spread, high: best + spread },
	...(hidden ? { hidden } : {})
});
// A room more optimistic about growth than the sources' 12 %, two without a range.
const shown = [0.15, 0.16, 0.18, 0.2, 0.21, 0.22, 0.17].map((b, i) => answer(i, b, i % 3 ? 0.03 : undefined));
const hidden = [answer(20, -0.05, 0.01, true), answer(21, 0.3, 0.01, true)];

describe('roomBeliefScenario', () => {
	const j = roomBeliefScenario(def, scenario, 'growth', [...shown, ...hidden]);
	if (!j.ok) throw new Error(j.reason);

	it('keeps the scenario’s other values, samples and seed, and puts the room’s pool in place of the sourced one', () => {
		const table = summariseBelief(growth, growth.default, null, [shown]).rounds[0].table!;
		expect(j.room.beliefs).toEqual({ growth: table });
		expect(j.table).toEqual(table);
		expect(j.room.values).toEqual({ rate: 0.1, growth: j.pool.median });
		expect(j.pool.median).toBeGreaterThan(0.15);
		expect(j.pool.median).toBeLessThan(0.22);
		expect([j.room.samples, j.room.seed]).toEqual([2000, 7]);
		expect(j.sources.values).toEqual({ rate: 0.1 });
		expect(j.sources.beliefs).toBeUndefined();
		expect([j.pooled, j.hidden]).toEqual([7, 2]);
		expect(j.href.startsWith('/decisions/cainiao-ownership?v=2&')).toBe(true);
		expect(j.href).toContain('belief.growth=');
	});

	it('leaves hidden answers out of the pool and the link', () => {
		const without = roomBeliefScenario(def, scenario, 'growth', shown);
		expect(without.ok && without.href).toBe(j.href);
	});

	it('gives a link whose decoded scenario, run as the decision page runs it, has the projector’s P', () => {
		const projector = verdictRun(cm, j.room);
		const onProjector = new Simulator(cm).run(
			projector.request.values,
			projector.verdict,
			projector.request.settings
		);

		// The decision page: decode the link, its quick answer, and the request live-report.svelte.ts makes.
		const opened = decodeScenario(def, j.href.split('?')[1]);
		expect(opened.notices).toEqual([]);
		const s = opened.scenario;
		const quick = new Reporter(cm).quick(s.values);
		const onPage = new Simulator(cm).run(quick.values, quick.verdict, {
			samples: s.samples,
			seed: s.seed,
			...(s.beliefs ? { beliefs: s.beliefs } : {})
		});

		expect([quick.verdict.best, quick.verdict.runnerUp]).toEqual([
			projector.verdict.best,
			projector.verdict.runnerUp
		]);
		expect(onPage.ahead).toEqual(onProjector.ahead);
		expect(onPage.difference).toEqual(onProjector.difference);
		expect(onPage.samples).toBe(2000);

		// And the belief is what moved it: the same values under the sourced distribution give another P.
		const sourced = new Simulator(cm).run(projector.request.values, projector.verdict, {
			samples: 2000,
			seed: 7
		});
		expect(sourced.ahead.p).not.toBe(onProjector.ahead.p);
	});

	it('asks for the room’s belief in the request and for none under the sources', () => {
		expect(verdictRun(cm, j.room).request.settings.beliefs).toEqual({ growth: j.table });
		const src = verdictRun(cm, j.sources).request;
		expect(src.settings).toEqual({ samples: 2000, seed: 7 });
		expect(src.values.rate).toBe(0.1);
		expect(src.values.growth).toBe(growth.default);
	});

	it('says why when there is nothing to pool', () => {
		const none = roomBeliefScenario(def, scenario, 'growth', hidden);
		expect(none).toEqual({
			ok: false,
			reason: 'No shown answer to pool, so there is no room’s belief to run.'
		});
		const fixed = roomBeliefScenario(def, scenario, 'valuation', shown);
		expect(fixed.ok).toBe(false);
		expect(!fixed.ok && fixed.reason).toMatch(/has no uncertainty in this model/);
		const unfit = roomBeliefScenario(def, scenario, 'growth', [answer(1, 0.9)]);
		expect(!unfit.ok && unfit.reason).toMatch(/None of the shown answers could be fitted/);
	});
});
