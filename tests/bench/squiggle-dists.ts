/**
 * Squiggle source for the distribution our engine draws for a parameter: the law fitted by
 * fitDistribution, with its parameters read back from the fitted quantiles, and the same truncation to
 * the slider's [min, max] (by inversion of Squiggle's own uniforms, so every draw stays independent).
 */
import { fitDistribution, type Fitted } from '../../src/lib/engine/distributions';
import type { ParamDef } from '../../src/lib/engine/types';

const Z95 = 1.6448536269514722;
const num = (x: number): string => (x < 0 ? `(${x})` : String(x));

interface Law {
	/** Squiggle expression that samples the law. */
	sample: string;
	/** Squiggle expression of its quantile at a number named p. */
	inverse: string;
	mean: number;
}

function law(f: Fitted, mode: number): Law {
	const [q0, q05, q50, q95, q1] = [0, 0.05, 0.5, 0.95, 1].map((p) => f.quantile(p));
	switch (f.kind) {
		case 'normal': {
			const [mu, sd] = [q50, (q95 - q05) / (2 * Z95)];
			return {
				sample: `normal(${num(mu)}, ${sd})`,
				inverse: `inv(Sym.normal(${num(mu)}, ${sd}), p)`,
				mean: mu
			};
		}
		case 'lognormal': {
			const [mu, s] = [Math.log(q50), (Math.log(q95) - Math.log(q05)) / (2 * Z95)];
			const args = `${num(mu)}, ${s}`;
			return {
				sample: `lognormal(${args})`,
				inverse: `inv(Sym.lognormal(${args}), p)`,
				mean: Math.exp(mu + (s * s) / 2)
			};
		}
		case 'uniform':
			return {
				sample: `uniform(${num(q0)}, ${num(q1)})`,
				inverse: `${num(q0)} + ${q1 - q0} * p`,
				mean: (q0 + q1) / 2
			};
		case 'triangular': {
			const args = `${num(q0)}, ${num(mode)}, ${num(q1)}`;
			return {
				sample: `triangular(${args})`,
				inverse: `inv(Sym.triangular(${args}), p)`,
				mean: (q0 + mode + q1) / 3
			};
		}
		case 'pert': {
			// Beta-PERT: a + r·Beta(1 + 4g, 5 − 4g), g the mode's place in the support [a, a + r].
			const [a, r] = [q0, q1 - q0];
			const g = (mode - a) / r;
			const ab = `${1 + 4 * g}, ${5 - 4 * g}`;
			return {
				sample: `${num(a)} + ${r} * beta(${ab})`,
				inverse: `${num(a)} + ${r} * inv(Sym.beta(${ab}), p)`,
				mean: a + (r * (1 + 4 * g)) / 6
			};
		}
	}
}

/** The Squiggle expression for parameter `p` at `value`; throws if the read-back law is not the fitted one. */
export function squiggleDist(p: ParamDef, value: number): { code: string; truncatedMass: number } {
	if (!p.uncertain) throw new Error(`${p.id} is not uncertain`);
	const f = fitDistribution(p.uncertain, value, p.default);
	const l = law(f, value);
	if (Math.abs(l.mean - f.mean) > 1e-9 * (p.uncertain.high - p.uncertain.low)) {
		throw new Error(`${p.id}: Squiggle law has mean ${l.mean}, engine ${f.mean}`);
	}
	const [pLow, pHigh] = [f.cdf(p.min), f.cdf(p.max)];
	const truncatedMass = pLow + (1 - pHigh);
	// Below 1e-9, not one of a million draws would have been cut: sample the law as it is.
	if (truncatedMass < 1e-9) return { code: l.sample, truncatedMass };
	return { code: `SampleSet.map(uniform(${pLow}, ${pHigh}), {|p| ${l.inverse}})`, truncatedMass };
}
