/**
 * Definitions a decision page holds without their long texts (built-page.ts), and the whole definition
 * behind them, loaded (the decision's own module, as the registry loads it) where the page first needs a
 * text it does not have: a source list it renders itself, the explanation panel, a CSV file. A definition
 * that is whole already is its own answer, so code that takes either never needs to know which it holds.
 */
import type { CompiledModel } from '$lib/engine/compiled-model';
import type { ModelDef, OptionDef, ParamDef } from '$lib/engine/types';

const withoutTexts = new WeakSet<ModelDef>();

/** Marks `def` as a definition without its long texts, whose whole one wholeDef loads. */
export function markWithoutTexts(def: ModelDef): ModelDef {
	withoutTexts.add(def);
	return def;
}

/** The whole definition of `def`: itself, or the decision's own module, loaded once. */
export async function wholeDef(def: ModelDef): Promise<ModelDef> {
	if (!withoutTexts.has(def)) return def;
	// The registry with it: the page needs neither until a text is wanted.
	const { loadModel } = await import('./registry');
	const whole = await loadModel(def.id);
	if (!whole || whole.id !== def.id || (whole.revision ?? 1) !== (def.revision ?? 1))
		throw new Error(
			`The whole definition of ${def.id} r${def.revision ?? 1} is not the one built with the app.`
		);
	return whole;
}

/** One parameter of the whole definition. */
export const wholeParam = async (def: ModelDef, id: string): Promise<ParamDef> => {
	const p = (await wholeDef(def)).params.find((x) => x.id === id);
	if (!p) throw new Error(`${def.id} has no parameter '${id}'.`);
	return p;
};

/** One option of the whole definition. */
export const wholeOption = async (def: ModelDef, id: string): Promise<OptionDef> => {
	const o = (await wholeDef(def)).options.find((x) => x.id === id);
	if (!o) throw new Error(`${def.id} has no option '${id}'.`);
	return o;
};

const wholeModels = new WeakMap<CompiledModel, CompiledModel>();

/**
 * `cm` with its whole definition, for code that reads texts through the compiled model's parameters (the
 * explanation panel). It runs no kernel: a copy of a built model finds none (prebuilt.ts) and would run
 * on closures, with the same numbers.
 */
export async function wholeModel(cm: CompiledModel): Promise<CompiledModel> {
	const def = await wholeDef(cm.def);
	if (def === cm.def) return cm;
	let whole = wholeModels.get(cm);
	if (!whole) {
		whole = { ...cm, def, params: new Map(def.params.map((p) => [p.id, p])) };
		wholeModels.set(cm, whole);
	}
	return whole;
}
