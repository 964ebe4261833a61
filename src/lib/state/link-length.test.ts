/**
 * The longest link each decision can produce, and what it must still fit: a QR code a phone can scan off a
 * projector, and the 2,000 characters that every browser, chat app and mail client carries intact.
 */
import { describe, expect, it } from 'vitest';
import { models } from '$lib/decisions/testing';
import type { ModelDef, ParamDef } from '$lib/engine/types';
import { comparisonQuery, MAX_SCENARIOS } from '$lib/compare/comparison';
import { qrPath } from './qr';
import { MAX_NAME_LENGTH, MAX_SEED, SAMPLE_COUNTS, encodeScenario, formatValue, type Scenario } from './url';

const ORIGIN = 'https://scenario-lab.example.org';

/** The value of a parameter whose written form is longest: the grid scanned, up to 20,000 points. */
function longestValue(p: ParamDef): number {
	const points = Math.floor((p.max - p.min) / p.step + 1e-9);
	const stride = Math.max(1, Math.floor(points / 20000));
	let best = p.max;
	for (let k = 0; k <= points; k += stride) {
		const x = p.min + k * p.step;
		if (
			formatValue(p, x).length > formatValue(p, best).length &&
			formatValue(p, x) !== formatValue(p, p.default)
		)
			best = x;
	}
	return best;
}

/** Every parameter moved to its longest value, every one locked, the longest sample count, the largest
 * seed, and a name of 60 characters that each take 12 once percent-encoded (four-byte emoji). */
function longest(model: ModelDef): Scenario {
	return {
		values: Object.fromEntries(model.params.map((p) => [p.id, longestValue(p)])),
		// The count with the most digits that is not the default (100,000).
		samples: [...SAMPLE_COUNTS].sort((a, b) => String(b).length - String(a).length || b - a)[0],
		seed: MAX_SEED - 1,
		name: '😀'.repeat(MAX_NAME_LENGTH),
		locked: model.params.map((p) => p.id)
	};
}

describe('the longest link of each decision', () => {
	for (const model of models) {
		it(`${model.id}: fits a QR code and 2,000 characters`, () => {
			const query = encodeScenario(model, longest(model), { versioned: true });
			const page = `${ORIGIN}/decisions/${model.id}?${query}`;
			// The longest step name: every step's link is this long or shorter.
			const step = `${ORIGIN}/decisions/${model.id}/present/assumptions?${query}`;
			console.info(`${model.id}: decision ${page.length}, presenter step ${step.length} characters`);
			for (const link of [page, step]) {
				expect(link.length).toBeLessThan(2000);
				expect(qrPath(link).size).toBeGreaterThan(0);
			}
		});
	}
});

describe('the longest comparison', () => {
	for (const model of models) {
		it(`${model.id}: six of the longest scenarios stay under the 16 KB a Node server takes in a request line`, () => {
			const link = `${ORIGIN}/compare?${comparisonQuery(model, Array(MAX_SCENARIOS).fill(longest(model)))}`;
			console.info(`${model.id}: comparison ${link.length} characters`);
			expect(link.length).toBeLessThan(16 * 1024 - 100);
		});
	}
});
