/**
 * Link format 2: a room's pooled belief in a scenario link. "Open this scenario" must reproduce the room's
 * numbers exactly, the link must stay short, and a broken table must cost a notice, never a crash.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCompiled, models } from '$lib/decisions/testing';
import { fitAnswer, type Estimate } from '$lib/engine/belief-fit';
import { linearPool } from '$lib/engine/linear-pool';
import { quantise, tableOf, tableProblem, TABLE_POINTS } from '$lib/engine/quantile-table';
import { Reporter } from '$lib/engine/report';
import type { ModelDef, ParamDef } from '$lib/engine/types';
import { model, param } from '$lib/engine/testing/fixtures';
import {
	BELIEF_VERSION,
	decodeScenario,
	encodeScenario,
	MAX_QUERY_LENGTH,
	snapToStep,
	type Scenario
} from './url';

const cm = getCompiled('cainiao-ownership')!;
const def = cm.def;
const growth = def.params.find((p) => p.id === 'growth')!;

/** A room of 24: most near the source, a camp well above it, some without a range. */
function room(p: ParamDef, centre: number, spread: number): Estimate[] {
	return Array.from({ length: 24 }, (_, i) => {
		const best = snapToStep(p, centre + spread * (i % 6 === 0 ? 2.5 : ((i * 7) % 11) / 10 - 0.5));
		if (i % 5 === 0) return { best };
		return { best, low: snapToStep(p, best - spread * 0.8), high: snapToStep(p, best + spread * 1.3) };
	});
}

function roomTable(p: ParamDef, answers: Estimate[]): number[] {
	const beliefs = answers.flatMap((a) => {
		const f = fitAnswer(p, a);
		return f.ok ? [f.belief] : [];
	});
	return [...tableOf(linearPool(beliefs), p)];
}

const table = roomTable(growth, room(growth, growth.default, 0.04));
const median = snapToStep(growth, table[20]);
const roomScenario: Scenario = {
	values: median === growth.default ? {} : { growth: median },
	samples: 10000,
	seed: 1,
	name: 'The room',
	beliefs: { growth: table }
};

describe('a scenario with a room’s belief', () => {
	const query = encodeScenario(def, roomScenario);

	it('is written as format 2 with the table under belief.<id>, and stays short', () => {
		expect(query).toMatch(new RegExp(`^v=${BELIEF_VERSION}&r=\\d+&`));
		const pair = query.split('&').find((kv) => kv.startsWith('belief.growth='))!;
		expect(pair.split('=')[1].split(',')).toHaveLength(TABLE_POINTS);
		// Cainiao's growth is a percentage with a step of 0.5 pp: four decimals of a fraction at most.
		expect(pair.length).toBeLessThan(300);
		expect(query.length).toBeLessThan(MAX_QUERY_LENGTH / 10);
	});

	it('opens on exactly the room’s table, with no notice', () => {
		const { scenario, notices } = decodeScenario(def, query);
		expect(notices).toEqual([]);
		expect(scenario).toEqual(roomScenario);
		expect(encodeScenario(def, scenario)).toBe(query);
	});

	it('reproduces the room’s Monte Carlo exactly ("Open this scenario")', () => {
		const { scenario } = decodeScenario(def, query);
		const reporter = new Reporter(cm);
		const at = reporter.report(scenario.values, null).verdict;
		const run = (beliefs: Record<string, readonly number[]>) =>
			new Reporter(cm).uncertainty(scenario.values, at, { samples: 2000, seed: 1, beliefs });
		const room = run(roomScenario.beliefs!);
		expect(run(scenario.beliefs!)).toEqual(room);
		// And the belief matters: the sourced run differs.
		expect(run({}).difference).not.toEqual(room.difference);
	});

	it('keeps every model’s belief link well under the length limit, even for a table spanning the range', () => {
		let longest = 0;
		for (const model of models) {
			for (const p of model.params.filter((q) => q.uncertain)) {
				// Values with every digit the rounding keeps, from min to max.
				const spread = Array.from(
					{ length: TABLE_POINTS },
					(_, k) => p.min + ((p.max - p.min) * k) / (TABLE_POINTS - 1) + p.step / 7
				).map((x) => Math.min(p.max, x));
				const q = encodeScenario(model, { values: {}, samples: 10000, seed: 1, beliefs: { [p.id]: spread } });
				expect(decodeScenario(model, q).notices).toEqual([]);
				longest = Math.max(longest, q.length);
			}
		}
		expect(longest).toBeLessThan(500);
	});

	it('leaves out a table the decoder would refuse, and a belief about a parameter that is not uncertain', () => {
		const dip = [...table];
		dip[10] = dip[9] - 0.01;
		const valuation = Array.from({ length: TABLE_POINTS }, (_, k) => 5 + k * 0.25);
		const q = encodeScenario(def, {
			values: {},
			samples: 10000,
			seed: 1,
			beliefs: { growth: dip, valuation }
		});
		expect(q).toBe('');
	});
});

describe('decoding a broken belief', () => {
	const good = table.join(',');
	const read = (q: string) => decodeScenario(def, `v=2&r=${def.revision}&${q}`);

	it.each([
		['too few values', `belief.growth=${table.slice(1).join(',')}`, /has 40 values where 41 were expected/],
		['a word', `belief.growth=${good.replace(/^[^,]+/, 'abc')}`, /“abc”, which is not a number \(value 1\)/],
		[
			'an empty value',
			`belief.growth=${good.replace(/,[^,]+,/, ',,')}`,
			/“”, which is not a number \(value 2\)/
		],
		[
			'a decrease',
			`belief.growth=${[...table.slice(0, 20), -0.04, ...table.slice(21)].join(',')}`,
			/must not decrease, but value 21 is below value 20/
		],
		[
			'a value out of range',
			`belief.growth=${[...table.slice(0, 40), 0.9].join(',')}`,
			/has 0.9 \(90\u00a0%\) outside the range −5\u00a0% to 30\u00a0%/
		],
		['infinity', `belief.growth=${[...table.slice(0, 40), '1e999'].join(',')}`, /outside the range/],
		['hex', `belief.growth=${['0x1', ...table.slice(1)].join(',')}`, /“0x1”, which is not a number/],
		[
			'a parameter that is not uncertain',
			`belief.valuation=${Array.from({ length: 41 }, (_, k) => 5 + k / 4).join(',')}`,
			/not treat as uncertain/
		]
	])('refuses %s with a notice and keeps the sourced range', (_, q, message) => {
		const { scenario, notices } = read(q);
		expect(scenario.beliefs).toBeUndefined();
		expect(notices).toHaveLength(1);
		expect(notices[0].message).toMatch(message);
		expect(notices[0].message).toMatch(/; used the sourced range for it instead\.$/);
		expect(notices[0].param).toBeDefined();
	});

	it('rounds a table written more finely than links write it, and says so', () => {
		const fine = table.map((x, k) => x + (k === 3 ? 0.00001 : 0));
		const { scenario, notices } = read(`belief.growth=${fine.join(',')}`);
		expect(scenario.beliefs?.growth).toEqual(table);
		expect(notices.map((n) => n.message)).toEqual([
			'Long-run growth: the room’s belief in this link is written more finely than links write it; rounded it.'.replace(
				'Long-run growth',
				growth.label
			)
		]);
	});

	it('uses the first of repeated beliefs, and names an unknown parameter as an unknown setting', () => {
		const { scenario, notices } = read(`belief.growth=${good}&belief.growth=1&belief.nope=1,2`);
		expect(scenario.beliefs).toEqual({ growth: table });
		expect(notices.map((n) => n.message)).toEqual([
			`The room’s belief about ${growth.label} appears 2 times in the link; used the first and ignored the rest.`,
			'“belief.nope” is not a setting of this model; ignored it.'
		]);
	});

	it('never throws and never returns a table that is not one, whatever the link holds (property)', () => {
		const value = fc.oneof(
			fc.double({ min: -0.1, max: 0.4, noNaN: true }).map(String),
			fc.constantFrom('', '+', '-0', '1e999', 'NaN', '0x10', ' 0.1', '%2C'),
			fc.string({ maxLength: 6 })
		);
		const list = fc.oneof(
			fc.array(value, { minLength: 0, maxLength: 45 }).map((vs) => vs.join(',')),
			fc
				.array(fc.double({ min: -0.05, max: 0.3, noNaN: true }), { minLength: 41, maxLength: 41 })
				.map((vs) => vs.sort((a, b) => a - b).join(','))
		);
		fc.assert(
			fc.property(list, fc.constantFrom('1', '2'), (v, version) => {
				const { scenario, notices } = decodeScenario(
					def,
					`v=${version}&r=${def.revision}&belief.growth=${encodeURIComponent(v)}`
				);
				const got = scenario.beliefs?.growth;
				if (version === '1') expect(got).toBeUndefined();
				if (got) {
					expect(tableProblem(got)).toBeNull();
					expect(Math.min(...got)).toBeGreaterThanOrEqual(growth.min);
					expect(Math.max(...got)).toBeLessThanOrEqual(growth.max);
					expect(decodeScenario(def, encodeScenario(def, scenario)).notices).toEqual([]);
				} else expect(notices.length).toBeGreaterThan(0);
			}),
			{ seed: 2, numRuns: 400 }
		);
	});
});

describe('a belief under a changed model', () => {
	const x = param('x', {
		default: 10,
		min: 0,
		max: 40,
		step: 0.5,
		uncertain: { dist: 'normal', low: 7, high: 13 }
	});
	const changed: ModelDef = {
		...model({
			periods: 1,
			params: [x],
			options: [{ id: 'a', label: 'A', description: '' }],
			series: { s: 'x' },
			outputs: { value: 'last(s)' },
			decide: { by: 'value', higherIsBetter: true }
		}),
		revision: 3,
		history: [
			{ revision: 2, note: 'a clearer name', renamed: { from: 'old', to: 'x' } },
			{ revision: 3, note: 'it double-counted', dropped: { id: 'gone', label: 'Gone' } }
		]
	};
	const t = quantise(
		Array.from({ length: TABLE_POINTS }, (_, k) => 5 + k / 4),
		x
	);

	it('follows a renamed parameter', () => {
		const { scenario } = decodeScenario(changed, `v=2&r=1&belief.old=${t.join(',')}`);
		expect(scenario.beliefs).toEqual({ x: t });
	});

	it('goes with a dropped one, without a notice about an unknown setting', () => {
		const { scenario, notices } = decodeScenario(changed, `v=2&r=2&belief.gone=${t.join(',')}`);
		expect(scenario.beliefs).toBeUndefined();
		expect(notices.map((n) => n.message).join(' ')).not.toMatch(/belief\.gone/);
	});
});
