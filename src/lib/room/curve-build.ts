/**
 * The curve the console sends with an estimate question: the margin of the option leading at the
 * scenario's values (a) over the runner-up there (b), across the estimated parameter's whole range, the
 * other parameters held at the scenario's values. Deterministic (no Monte Carlo), computed in the
 * facilitator's browser by the same grid sweep the "what would flip it" chart uses, so the server never
 * runs a model and a phone only interpolates.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import { withDefaults } from '$lib/engine/compiled-model';
import { Profiler } from '$lib/engine/profile';
import type { ParamValues } from '$lib/engine/types';
import type { Curve } from './protocol';

/** `values`: the scenario's changed values (defaults fill in the rest). */
export function estimateCurve(cm: CompiledModel, paramId: string, values: ParamValues): Curve {
	const { def } = cm;
	const p = cm.params.get(paramId);
	if (!p) throw new Error(`'${paramId}' is not a parameter of ${def.id}.`);
	if (def.options.length < 2) throw new Error(`${def.id} has one option: there is no margin to show.`);
	const all = withDefaults(def, values);
	const { by, higherIsBetter } = def.decide;
	const sign = higherIsBetter ? 1 : -1;
	const profiler = new Profiler(cm);
	const here = def.options
		.map((o) => ({ id: o.id, v: sign * profiler.outputAt(o.id, paramId, by, [all[paramId]], all)[0] }))
		.sort((x, y) => (Number.isFinite(y.v) ? y.v : -Infinity) - (Number.isFinite(x.v) ? x.v : -Infinity));
	const [a, b] = [here[0].id, here[1].id];
	const profile = profiler.profile(paramId, by, all);
	const x: number[] = [];
	const y: number[] = [];
	profile.xs.forEach((xi, k) => {
		const m = sign * (profile.lines[a][k] - profile.lines[b][k]);
		// A point where the model has no finite answer is left out, not drawn as zero.
		if (Number.isFinite(m)) {
			x.push(xi);
			y.push(m);
		}
	});
	if (x.length < 2) throw new Error(`The model gives no finite margin across ${p.label}'s range.`);
	return { a, b, unit: (def.outputs[by]?.unit ?? '').slice(0, 16), x, y };
}
