/**
 * The fused plan writes the periods of a short model out one by one (unrolled) and runs a long model's
 * periods in a loop. The app's models are all short, so the reference tests mostly see the unrolled
 * form; here both forms run the same models, short and long, against mathjs and against each other.
 */
import { describe, it, expect } from 'vitest';
import { UNROLL_LIMIT } from './fused-generate';
import { buildFusedPlan } from './fused-plan';
import { compileModel } from './model';
import { referenceEvaluator } from './reference';
import type { ParamValues } from './types';
import { cell, disagreements, model, param } from './testing/fixtures';
import { models } from '$lib/decisions/testing';

const timeModel = (periods: number) =>
	model({
		id: `time-${periods}`,
		periods,
		start: 2030,
		flags: { boost: 0 },
		params: [
			param('g', { default: 0.05, min: -0.5, max: 0.5, uncertain: { dist: 'normal', low: 0, high: 0.1 } }),
			param('x0', { default: 2, min: 0.1, max: 10, uncertain: { dist: 'lognormal', low: 1, high: 4 } }),
			param('k', { default: 0.1, min: 0, max: 0.5 }),
			param('q', { default: 1.5, min: -3, max: 3, uncertain: { dist: 'uniform', low: 1, high: 2 } })
		],
		options: [
			{ id: 'a', label: 'A', description: 'Plain' },
			{ id: 'b', label: 'B', description: 'Boosted, with x0 fixed', set: { boost: 1, x0: 3 } }
		],
		series: {
			level: 'prev(level, x0) * (1 + g) + boost',
			power: '(1 + g) ^ t',
			fixedPower: '(1 + k) ^ t',
			negPower: '(-q) ^ t',
			moving: '(1 + t / 10) ^ t',
			calendar: 'year - 2030 + t / periods',
			counter: 'prev(counter) + 1',
			seeded: 't == 0 ? x0 : prev(seeded) + level * power / (1 + k) ^ t',
			branch: 'g > 0.05 ? level : -level',
			closing: 't == periods - 1 ? level * 2 : 0',
			powerInBranch: 'q > 1.5 ? (1 + g) ^ t : (1 + k) ^ t',
			mixed: 'max(level, power) + min(x0, 3) - abs(g) * sign(x0 - 1) + log(level, 2)',
			chained: 'prev(mixed, q) + counter * fixedPower',
			lagged: 'prev(branch, k * t) + prev(calendar, 7)',
			cubed: 'level ^ 3 - g ^ 4'
		},
		outputs: {
			pv: 'npv(seeded, k)',
			pvDrawn: 'npv(level, g)',
			total: 'sum(level) + sum(counter)',
			start: 'first(power)',
			end: 'last(seeded) / periods',
			third: 'at(calendar, 3) + at(chained, 5)',
			flat: 'k * 2 + q',
			beyond: 'at(level, 99)',
			readBack: 'npv(mixed, last(counter) / 100)',
			tail: 'last(closing) + sum(moving)'
		}
	});

function drawsFor(n: number, seed: number) {
	let s = seed;
	const next = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
	return new Map([
		['g', Float64Array.from({ length: n }, () => -0.2 + 0.4 * next())],
		['x0', Float64Array.from({ length: n }, () => 0.1 + 5 * next())],
		['q', Float64Array.from({ length: n }, () => -3 + 6 * next())]
	]);
}

describe('unrolled and looped periods', () => {
	for (const periods of [1, 8, UNROLL_LIMIT + 4]) {
		it(`agree with mathjs and with each other over ${periods} periods`, () => {
			const def = timeModel(periods);
			const cm = compileModel(def);
			const n = 30;
			const draws = drawsFor(n, periods);
			for (const option of def.options) {
				const ref = referenceEvaluator(cm, option.id);
				const [looped, unrolled] = [false, true].map((unroll) =>
					buildFusedPlan(cm, option.id, n, new Set(['g', 'x0', 'q']), undefined, unroll).run(
						{ g: 9, x0: 9, k: 0.2, q: 9 },
						draws
					)
				);
				for (let i = 0; i < n; i++) {
					const values: ParamValues = { k: 0.2 };
					for (const [id, d] of draws) values[id] = d[i];
					const expected = ref(values);
					expect(disagreements(cm, looped, expected, i), `looped ${option.id} ${i}`).toEqual([]);
					expect(disagreements(cm, unrolled, expected, i), `unrolled ${option.id} ${i}`).toEqual([]);
				}
				for (const name of [...cm.order, ...Object.keys(def.outputs)]) {
					const [a, b] =
						name in looped.series ? [looped.series, unrolled.series] : [looped.outputs, unrolled.outputs];
					const t = name in looped.series ? periods : 1;
					for (let p = 0; p < t; p++) {
						for (let i = 0; i < n; i++) {
							// The same arithmetic in both forms, operation for operation.
							const [x, y] = [cell(a[name], p, i), cell(b[name], p, i)];
							expect(Object.is(x, y), `${name}[${p}, ${i}]`).toBe(true);
						}
					}
				}
			}
		});
	}

	for (const def of models) {
		it(`${def.id}: every option gives the same numbers looped as unrolled`, () => {
			const cm = compileModel(def);
			const n = 25;
			const uncertain = new Set(def.params.filter((p) => p.uncertain).map((p) => p.id));
			const draws = new Map(
				[...uncertain].map((id, j) => {
					const p = cm.params.get(id)!;
					return [
						id,
						Float64Array.from({ length: n }, (_, i) => p.min + ((p.max - p.min) * ((i * 7 + j) % n)) / n)
					];
				})
			);
			const values = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
			for (const option of def.options) {
				const [a, b] = [false, true].map((unroll) =>
					buildFusedPlan(cm, option.id, n, uncertain, undefined, unroll).run(values, draws)
				);
				for (const name of Object.keys(def.outputs)) {
					for (let i = 0; i < n; i++) {
						expect(
							Object.is(cell(a.outputs[name], 0, i), cell(b.outputs[name], 0, i)),
							`${option.id}.${name}[${i}]`
						).toBe(true);
					}
				}
			}
		});
	}
});
