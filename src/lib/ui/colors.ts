import type { ModelDef } from '$lib/engine/types';

/** One colour per option, by its place in the model, the same on every chart and page (Okabe–Ito, app.css). */
export function optionColors(def: ModelDef): Map<string, string> {
	return new Map(def.options.map((o, i) => [o.id, `var(--option-${i})`]));
}
