import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitAnswer, type AnswerFit } from './belief-fit';
import { fitDistribution } from './distributions';
import type { DistributionKind, ParamDef } from './types';

const param = (dist: DistributionKind, over: Partial<ParamDef> = {}): ParamDef => ({
	id: 'x',
	label: 'Margin',
	unit: '%',
	default: 0.1,
	min: -1,
	max: 1,
	step: 0.005,
	uncertain: { dist, low: 0.05, high: 0.2 },
	sources: [],
	...over
});

function fitted(f: AnswerFit) {
	if (!f.ok) throw new Error(`expected a fit, got: ${f.reason}`);
	return f;
}

describe('fitAnswer', () => {
	it('fits triangular and PERT exactly: mode at the best guess, the range as 5th and 95th percentiles', () => {
		for (const dist of ['triangular', 'pert'] as const) {
			const f = fitted(fitAnswer(param(dist), { best: 0.12, low: 0.08, high: 0.3 }));
			expect(f.implied).toBe(false);
			expect(f.p05).toBeCloseTo(0.08, 9);
			expect(f.p95).toBeCloseTo(0.3, 9);
			// The mode: the density is highest at the best guess, so the CDF rises fastest there.
			const h = 1e-4;
			const slope = (x: number) => f.belief.cdf(x + h) - f.belief.cdf(x - h);
			expect(slope(0.12)).toBeGreaterThan(slope(0.1));
			expect(slope(0.12)).toBeGreaterThan(slope(0.14));
		}
	});

	it('keeps the best guess as the median and the stated width for normal and uniform', () => {
		for (const dist of ['normal', 'uniform'] as const) {
			const f = fitted(fitAnswer(param(dist), { best: 0.12, low: 0.08, high: 0.3 }));
			expect(f.p50).toBeCloseTo(0.12, 12);
			expect(f.p95 - f.p05).toBeCloseTo(0.22, 9);
		}
	});

	it('keeps the best guess as the median and the width in log space for the lognormal', () => {
		const f = fitted(fitAnswer(param('lognormal', { max: 1e4 }), { best: 4, low: 1, high: 8 }));
		expect(f.p50).toBeCloseTo(4, 9);
		expect(f.p95 / f.p05).toBeCloseTo(8, 6);
	});

	it('gives a best guess alone the model’s own interval, moved as a slider moves it, and says so', () => {
		for (const dist of ['normal', 'lognormal', 'uniform', 'triangular', 'pert'] as const) {
			// Wide bounds: the engine's own fit is not truncated, so neither may this one be.
			const p = param(dist, { max: 100 });
			const f = fitted(fitAnswer(p, { best: 0.15 }));
			expect(f.implied).toBe(true);
			const engine = fitDistribution(p.uncertain!, 0.15, p.default);
			for (const q of [0.05, 0.3, 0.5, 0.9]) expect(f.belief.quantile(q)).toBeCloseTo(engine.quantile(q), 12);
		}
	});

	it('truncates to the parameter’s range as the engine draws, without piling mass on the bounds', () => {
		const p = param('normal', { min: 0, max: 0.3 });
		const f = fitted(fitAnswer(p, { best: 0.02, low: -0.1, high: 0.14 }));
		expect(f.belief.lo).toBeGreaterThanOrEqual(0);
		expect(f.belief.hi).toBeLessThanOrEqual(0.3);
		expect(f.belief.cdf(0)).toBe(0);
		expect(f.belief.cdf(1e-9)).toBeLessThan(1e-6);
		// Truncation renormalises: a quarter or so of the normal lay below zero, none of it now.
		expect(f.p50).toBeGreaterThan(0.02);
	});

	it('refuses what it cannot fit, with a reason, never NaN', () => {
		const reasons = [
			fitAnswer(param('lognormal'), { best: 0 }),
			fitAnswer(param('lognormal'), { best: 2, low: 0, high: 3 }),
			fitAnswer(param('normal'), { best: 0.1, low: 0.1, high: 0.1 }),
			fitAnswer(param('normal'), { best: 0.1, low: 0.2, high: 0.3 }),
			fitAnswer(param('normal'), { best: 0.1, low: 0.05 }),
			fitAnswer(param('normal'), { best: 2 }),
			fitAnswer(param('normal'), { best: Number.NaN }),
			fitAnswer(param('normal', { uncertain: undefined }), { best: 0.1 })
		];
		for (const r of reasons) {
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.reason).toMatch(/^[A-Z].*\.$/);
		}
		const noUncertainty = reasons[7];
		expect(!noUncertainty.ok && noUncertainty.reason).toMatch(/^Margin has no uncertainty/);
	});

	it('gives every valid answer a finite, monotone fit inside the range (property)', () => {
		const kinds = fc.constantFrom<DistributionKind>('normal', 'lognormal', 'uniform', 'triangular', 'pert');
		const answer = fc
			.tuple(fc.double({ min: 0.01, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.9, noNaN: true }))
			.chain(([a, b]) => {
				const [low, high] = a < b ? [a, b] : [b, a];
				return fc.record({
					low: fc.constant(low),
					high: fc.constant(high),
					best: fc.double({ min: low, max: high, noNaN: true })
				});
			});
		let fits = 0;
		fc.assert(
			fc.property(kinds, answer, fc.boolean(), (dist, a, ranged) => {
				const p = param(dist, { min: 0, max: 1 });
				const f = fitAnswer(p, ranged ? a : { best: a.best });
				if (!f.ok) return ranged && a.high === a.low;
				fits++;
				let last = -Infinity;
				for (let k = 0; k <= 20; k++) {
					const q = f.belief.quantile(k / 20);
					if (!(Number.isFinite(q) && q >= last && q >= 0 && q <= 1)) return false;
					last = q;
				}
				return true;
			}),
			{ seed: 14, numRuns: 300 }
		);
		expect(fits).toBeGreaterThan(250);
	});
});
