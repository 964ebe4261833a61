import type { TornadoRow } from '$lib/charts/Tornado.svelte';
import type { CompiledModel } from '$lib/engine/model';
import type { TornadoBar } from '$lib/engine/analysis';
import { formatValue } from './format';

/** The tornado's bars as its chart draws them: the `count` assumptions that move the verdict most. */
export function tornadoRows(cm: CompiledModel, tornado: TornadoBar[], count: number): TornadoRow[] {
	return tornado.slice(0, count).map((b) => {
		const p = cm.params.get(b.paramId)!;
		return {
			id: b.paramId,
			label: p.label,
			lowText: formatValue(b.low, p.unit, p.step),
			highText: formatValue(b.high, p.unit, p.step),
			atLow: b.atLow,
			atHigh: b.atHigh
		};
	});
}
