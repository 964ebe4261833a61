/**
 * Writes, when the app is built, the ES module a built-in decision's page and worker load instead of
 * compiling the model themselves (prebuilt.ts reads it back): the formulas as trees, the series order,
 * and the fused kernels as real functions. The kernels are exactly those the page and worker ask for:
 *
 * - per option, the kernel with every parameter drawn, which runs the deterministic answer and the
 *   profile (simulate.ts, buildPlan);
 * - per option, the same kernel computing only the deciding output, for the sweeps (tornado, break-evens:
 *   sweep.ts, sweepSelection), which run dozens of times per key press;
 * - the report's simulation, all options in one loop (report.ts, reportSimulation).
 *
 * Each kernel's body is the generator's source (fused-generate.ts), which holds only fixed tokens,
 * numbers and index-named slots (checked by SAFE_SOURCE); names and keys enter the module as JSON
 * strings. Runs at build time only: it needs the generator, which no page loads.
 */
import { fusedParts, type CompiledModel } from './compiled-model';
import { generated } from './fused-plan';
import { allParams, kernelKey, unrollByDefault, type FusedPart } from './fused-run';
import { MonteCarlo } from './montecarlo';
import type { PrebuiltModel, SimulationDef } from './prebuilt';
import { reportSimulation } from './simulator';
import type { Selection } from './simulate';
import { sweepKernel } from './sweep';
import { isAssumption, type ModelDef, type Source } from './types';

/**
 * Who loads a module: a page (every kernel), a decision page in the browser (the deterministic and the
 * sweeps' kernels, and the definition without its long texts), the worker (the simulation's kernel, a slim
 * model) or a live room's phone page (the deterministic kernels, and the definition without its sources and
 * texts).
 */
export type PrebuiltFor = 'page' | 'decision' | 'worker' | 'room';

/** The kernels a page, or the worker, asks of this model, as parts and selection. */
export function prebuiltRequests(
	cm: CompiledModel,
	kind: PrebuiltFor = 'page'
): { parts: FusedPart[]; select: Selection; unroll: boolean }[] {
	const ids = cm.def.options.map((o) => o.id);
	const unroll = unrollByDefault(cm);
	const perOption = ids.map((id) => ({ parts: fusedParts(cm, [id], allParams(cm)), select: {}, unroll }));
	const sweep = sweepKernel(cm);
	const perOptionSweep = perOption.map(({ parts }) => ({ parts, ...sweep }));
	const { uncertain, select } = MonteCarlo.kernelRequest(cm, reportSimulation(cm.def));
	const simulation = { parts: fusedParts(cm, ids, uncertain), select, unroll };
	// A room's page runs the verdict only (one deterministic run per option); its simulation runs in the
	// worker, and on the page's thread only where no worker starts, then on closures, with the same numbers.
	// (The console's break-evens, room/groups/break-even.ts, run on the page's module.) A decision page
	// sweeps; its simulation runs in the worker (where none starts, on the worker's module:
	// worker/simulate-here.ts). Both pages' full kernels keep their periods in a loop (simulate.ts looks
	// for them so): they run one sample per key press and a sweep's few dozen, where unrolling gains
	// little and costs five times the code.
	const rolled = perOption.map(({ parts, select }) => ({ parts, select, unroll: false }));
	const full = unroll ? rolled : perOption;
	return kind === 'worker'
		? [simulation]
		: kind === 'room'
			? full
			: kind === 'decision'
				? [...full, ...perOptionSweep]
				: [...perOption, ...perOptionSweep, simulation];
}

/**
 * What the worker's simulation reads of a definition (Simulator, MonteCarlo, the plans), and nothing of
 * the labels, sources and texts that are most of a model's weight: the worker loads this instead of the
 * model's own module.
 */
export function simulationDef(def: ModelDef): SimulationDef {
	return {
		id: def.id,
		revision: def.revision,
		streams: def.streams,
		periods: def.periods,
		flags: def.flags,
		params: def.params.map(({ id, default: d, min, max, uncertain }) => ({
			id,
			default: d,
			min,
			max,
			uncertain
		})),
		options: def.options.map(({ id, set }) => ({ id, set })),
		chart: { series: def.chart.series },
		decide: def.decide
	};
}

/**
 * The definition a live room's phone page reads (its parameters' labels, units and ranges, its options'
 * labels, its outputs' labels and units, its prompts) with the parameters' sources, the descriptions, the
 * teaching context, the model card, the series' labels, every formula (the kernels and the built
 * expressions run the model, not the text), the title, question and summary emptied and the revision
 * history left out (the server reads the room's link for the phone: server/room/group-room-scenario.ts):
 * they are most of a model's weight, and a phone in a room shows none of them (the decision page does).
 * Still a whole ModelDef, so nothing that reads one meets a missing field.
 */
export function roomDef(def: ModelDef): ModelDef {
	const { card: _card, history: _history, ...rest } = def;
	const blank = <T extends { formula: string }>(o: T) => ({ ...o, formula: '' });
	return {
		...rest,
		title: '',
		question: '',
		summary: '',
		params: def.params.map(({ sources: _s, description: _d, ...p }) => ({ ...p, sources: [] })),
		options: def.options.map((o) => ({ ...o, description: '' })),
		series: Object.fromEntries(Object.entries(def.series).map(([k, s]) => [k, { ...blank(s), label: '' }])),
		outputs: Object.fromEntries(
			Object.entries(def.outputs).map(([k, { description: _d, ...o }]) => [k, blank(o)])
		),
		...(def.teach
			? {
					teach: {
						context: [],
						prompts: def.teach.prompts.map(({ id, text, param }) => ({ id, text, param }))
					}
				}
			: {})
	};
}

/**
 * A source as a decision page holds it before its texts are needed: its kind, its role and whether it
 * derives the value, its document, title and date, which the page reads outside its source lists (a
 * count, whether a source supports the value, a chart's footnote); its quote, note, address, derivation
 * and the assumption's reason are empty (pageDef).
 */
function sourceWithoutTexts(s: Source): Source {
	if (isAssumption(s)) return { assumption: '' };
	const { note: _note, derive, ...rest } = s;
	return {
		...rest,
		quote: '',
		...('url' in rest ? { url: '' } : {}),
		...(derive ? { derive: { figure: '', formula: '', says: '' } } : {})
	};
}

/**
 * The definition a decision page runs in the browser (decisions/built-page.ts): the whole one less its
 * long texts, the parameters' and options' descriptions, the sources' quotes, notes and reasons, the
 * teaching context and prompts and the model card, most of a model's weight. The server renders the page from the whole definition, so those texts are in its HTML,
 * and hydration leaves them there (ui/ServerText.svelte); the browser loads the whole definition only
 * where it renders them itself or writes them to a file. Still a whole ModelDef, with every source's kind
 * and role, so that what the page shows outside the source lists is the server's to the letter.
 */
export function pageDef(def: ModelDef): ModelDef {
	const { card: _card, ...rest } = def;
	return {
		...rest,
		params: def.params.map(({ description: _d, ...p }) => ({
			...p,
			sources: p.sources.map(sourceWithoutTexts)
		})),
		options: def.options.map((o) => ({ ...o, description: '' })),
		...(def.teach ? { teach: { context: [], prompts: [] } } : {})
	};
}

/** A value as JavaScript source: JSON, but with the numbers JSON cannot hold (NaN, ±Infinity, −0). */
function js(v: unknown): string {
	if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
	if (Array.isArray(v)) return `[${v.map(js).join(',')}]`;
	if (v && typeof v === 'object') {
		// An absent field stays absent, as in JSON (not null: `param: undefined` is not `param: null`).
		return `{${Object.entries(v)
			.filter(([, x]) => x !== undefined)
			.map(([k, x]) => `${JSON.stringify(k)}:${js(x)}`)
			.join(',')}}`;
	}
	return JSON.stringify(v ?? null);
}

/**
 * What every kind of module holds alike: the formulas as trees, their order and what each series reads.
 * Written once as a module of its own (emitCore) that the others import, so that a decision page and its
 * worker, which load two kinds, fetch it once.
 */
function coreOf(cm: CompiledModel): Pick<PrebuiltModel, 'order' | 'series' | 'outputs' | 'reads'> {
	return {
		order: cm.order,
		series: cm.series,
		outputs: cm.outputs,
		reads: Object.fromEntries(
			Object.entries(cm.reads).map(([name, r]) => [
				name,
				{ now: [...r.now], prev: [...r.prev], names: [...r.names] }
			])
		)
	};
}

/** The shared module's source: `export default` the part of a PrebuiltModel every kind holds (coreOf). */
export function emitCore(cm: CompiledModel): string {
	return [
		`// Built with the app from the model ${JSON.stringify(cm.def.id)} (src/lib/engine/prebuild.ts); not written by hand.`,
		`const core = ${js(coreOf(cm))};`,
		'export default core;',
		''
	].join('\n');
}

/**
 * The module's source: `export default` a PrebuiltModel, its kernels as functions; for the worker, a
 * room's page and a decision page in the browser, with their slim definitions as `def`. It imports its
 * formulas from `core`, the specifier of the model's shared module (emitCore).
 */
export function emitPrebuilt(cm: CompiledModel, kind: PrebuiltFor, core: string): string {
	const { def } = cm;
	const own = {
		id: def.id,
		revision: def.revision ?? 1,
		...(kind === 'worker'
			? { def: simulationDef(def) }
			: kind === 'room'
				? { def: roomDef(def) }
				: kind === 'decision'
					? { def: pageDef(def) }
					: {})
	};
	const kernels = prebuiltRequests(cm, kind).map(({ parts, select, unroll }) => {
		const { source, layout } = generated(cm, parts, select, unroll);
		const plain = {
			slots: [...layout.slots],
			drawn: [...layout.drawn],
			stored: layout.stored.map((m) => [...m]),
			outputs: layout.outputs.map((m) => [...m]),
			constant: [...layout.constant],
			memo: layout.memo
		};
		return (
			`{key:${JSON.stringify(kernelKey(parts, select, unroll))},layout:${js(plain)},` +
			`run:function(V,D,S,O,n,T,Y0,H,M,i0,i1){\n${source}\n}}`
		);
	});
	return [
		`// Built with the app from the model ${JSON.stringify(def.id)} (src/lib/engine/prebuild.ts); not written by hand.`,
		`import core from ${JSON.stringify(core)};`,
		`const data = { ...core, ...${js(own)} };`,
		`data.kernels = [\n${kernels.join(',\n')}\n];`,
		'export default data;',
		''
	].join('\n');
}
