/**
 * A compiled model assembled from what the build wrote for it (prebuild.ts): formulas already read into
 * trees, the series already ordered, and the fused kernels as real functions. Nothing here parses a
 * formula, generates code or evaluates a string, so a page that runs the built-in decisions carries
 * neither mathjs's parser nor the code generator, and runs under a policy without 'unsafe-eval'.
 *
 * A request for a kernel the build did not write (a simulation with other settings, say) gets none, and
 * its plan runs on closures, with the same results (simulate.ts).
 */
import type { CompiledModel } from './compiled-model';
import type { Expr } from './expr';
import { kernelKey, type BuiltKernel, type Kernel } from './fused-run';
import type { ModelDef } from './types';

type Entries = [string, number][];

/** A kernel as the build writes it: its key (fused-run.ts, kernelKey), its layout as plain data, its loop. */
export interface PrebuiltKernel {
	key: string;
	layout: {
		slots: Entries;
		drawn: Entries;
		stored: Entries[];
		outputs: Entries[];
		constant: number[];
		memo: number;
	};
	run: Kernel;
}

/** The parts of a definition a simulation reads (prebuild.ts, simulationDef): the worker's model. */
export type SimulationDef = Pick<ModelDef, 'id' | 'revision' | 'streams' | 'periods' | 'flags' | 'decide'> & {
	params: Pick<ModelDef['params'][number], 'id' | 'default' | 'min' | 'max' | 'uncertain'>[];
	options: Pick<ModelDef['options'][number], 'id' | 'set'>[];
	chart: Pick<ModelDef['chart'], 'series'>;
};

/** Everything compileModel would derive from a definition, as the build wrote it. */
export interface PrebuiltModel {
	/** The model it was built from, to refuse pairing it with another (a different revision, say). */
	id: string;
	revision: number;
	/**
	 * In the worker's module: the definition, slimmed to what a simulation reads; in a room's page's, the
	 * definition without its sources and texts (prebuild.ts, roomDef).
	 */
	def?: SimulationDef | ModelDef;
	order: string[];
	series: Record<string, Expr>;
	outputs: Record<string, Expr>;
	reads: Record<string, { now: string[]; prev: string[]; names: string[] }>;
	kernels: PrebuiltKernel[];
}

const layoutOf = (l: PrebuiltKernel['layout']): BuiltKernel['layout'] => ({
	slots: new Map(l.slots),
	drawn: new Map(l.drawn),
	stored: l.stored.map((e) => new Map(e)),
	outputs: l.outputs.map((e) => new Map(e)),
	constant: new Set(l.constant),
	memo: l.memo
});

/**
 * The worker's compiled model, from its module alone: the slim definition stands for the whole, which
 * only the simulation's code reads (Simulator in report.ts), and none of it the labels or texts left out.
 */
export function simulationFromPrebuilt(built: PrebuiltModel): CompiledModel {
	if (!built.def) throw new Error(`The kernels built for ${built.id} hold no definition.`);
	return fromPrebuilt(built.def as ModelDef, built);
}

/** A live room's compiled model, from its module alone (its slim definition, its deterministic kernels). */
export function roomFromPrebuilt(built: PrebuiltModel): CompiledModel {
	if (!built.def) throw new Error(`The kernels built for ${built.id} hold no definition.`);
	return fromPrebuilt(built.def as ModelDef, built);
}

/** The compiled model of `def` from what the build wrote for it. */
export function fromPrebuilt(def: ModelDef, built: PrebuiltModel): CompiledModel {
	if (built.id !== def.id || built.revision !== (def.revision ?? 1)) {
		throw new Error(
			`The kernels built for ${built.id} r${built.revision} do not belong to ${def.id} r${def.revision ?? 1}.`
		);
	}
	const table = new Map(built.kernels.map((k) => [k.key, k]));
	const ready = new Map<string, BuiltKernel>();
	const cm: CompiledModel = {
		def,
		params: new Map(def.params.map((p) => [p.id, p])),
		order: built.order,
		series: built.series,
		outputs: built.outputs,
		reads: Object.fromEntries(
			Object.entries(built.reads).map(([name, r]) => [
				name,
				{ now: new Set(r.now), prev: new Set(r.prev), names: new Set(r.names) }
			])
		),
		// Only for this model as built: a copy with another order or other formulas gets no kernel.
		kernels: (asked, parts, select, unroll) => {
			if (asked !== cm) return null;
			const key = kernelKey(parts, select, unroll);
			let k = ready.get(key);
			if (!k) {
				const found = table.get(key);
				if (!found) return null;
				k = { run: found.run, layout: layoutOf(found.layout) };
				ready.set(key, k);
			}
			return k;
		}
	};
	return cm;
}
