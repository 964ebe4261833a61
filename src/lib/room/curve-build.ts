/**
 * The curve the console sends with an estimate question: the margin of the option leading at the
 * scenario's values (a) over the runner-up there (b), and over every other option, across the estimated
 * parameter's whole range, the other parameters held at the scenario's values. Deterministic (no Monte Carlo), computed in the
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
	const [a, ...others] = here.map((o) => o.id);
	const profile = profiler.profile(paramId, by, all);
	const margins = others.map((o) =>
		profile.xs.map((_, k) => sign * (profile.lines[a][k] - profile.lines[o][k]))
	);
	// A point where the model has no finite answer is left out, not drawn as zero.
	const kept = profile.xs.flatMap((_, k) => (margins.every((m) => Number.isFinite(m[k])) ? [k] : []));
	if (kept.length < 2) throw new Error(`The model gives no finite margin across ${p.label}'s range.`);
	const [y, ...more] = margins.map((m) => kept.map((k) => short(m[k])));
	return {
		a,
		b: others[0],
		unit: (def.outputs[by]?.unit ?? '').slice(0, 16),
		x: kept.map((k) => short(profile.xs[k])),
		y,
		...(more.length ? { more: more.map((m, i) => ({ id: others[i + 1], y: m })) } : {}),
		at: all[paramId]
	};
}

/**
 * Seven significant digits: a margin read to two or three on a phone, in a body the room's server takes
 * whole (MAX_BODY_BYTES) for four options' curves of 65 points.
 */
const short = (n: number) => Number(n.toPrecision(7));
