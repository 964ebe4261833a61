/**
 * Kernels made when the program runs: the loop fused-generate.ts writes for a model's options, compiled
 * with new Function. This is the source of kernels for models compiled at run time (model.ts): the tests,
 * the benches, the server, frozen revisions for old links. The built-in decisions' pages use the kernels
 * built with the app instead (prebuilt.ts), and never load this file.
 *
 * Where 'unsafe-eval' is forbidden, new Function throws an EvalError: the source then answers null from
 * then on, and the plans run on closures (simulate.ts), with the same results.
 */
import { generateFused, type Generated } from './fused-generate';
import {
	columnsPlan,
	kernelKey,
	kernelPlan,
	unrollByDefault,
	type BuiltKernel,
	type FusedPart,
	type Kernel,
	type KernelSource,
	type MultiPlan
} from './fused-run';
import { fusedParts, type CompiledModel } from './compiled-model';
import type { Plan, Selection } from './simulate';

// Compiled loops by source. A loop depends only on its source, so a new plan for the same model and
// options (a new MonteCarlo after the sample count or seed changed) reuses the loop V8 has already
// compiled and optimised instead of compiling it again.
const compiled = new Map<string, Kernel>();
const COMPILED_LIMIT = 64;

function compile(source: string): Kernel {
	let kernel = compiled.get(source);
	if (!kernel) {
		kernel = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', 'M', 'i0', 'i1', source) as Kernel;
		if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
		compiled.set(source, kernel);
	}
	return kernel;
}

// Generated loops by model and by what they run, so that a new plan for the same model (a new
// MonteCarlo) does not generate its source again.
const sources = new WeakMap<CompiledModel, Map<string, Generated>>();

/** The generated source and layout for `parts` of `cm`, from the cache when it was generated before. */
export function generated(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	select: Selection,
	unroll = unrollByDefault(cm)
): Generated {
	const key = kernelKey(parts, select, unroll);
	let byKey = sources.get(cm);
	if (!byKey) {
		byKey = new Map();
		sources.set(cm, byKey);
	}
	let g = byKey.get(key);
	if (!g) {
		g = generateFused(cm, parts, select, unroll);
		if (byKey.size >= COMPILED_LIMIT) byKey.delete(byKey.keys().next().value!);
		byKey.set(key, g);
	}
	return g;
}

/** Generates and compiles a kernel; throws where the environment forbids generated code. */
function generatedKernel(
	cm: CompiledModel,
	parts: readonly FusedPart[],
	select: Selection,
	unroll?: boolean
): BuiltKernel {
	const { source, layout } = generated(cm, parts, select, unroll);
	return { run: compile(source), layout };
}

let evalAllowed = true;

/** The kernel source of models compiled at run time: null once generated code has been refused. */
export const generatedKernels: KernelSource = (cm, parts, select, unroll) => {
	if (!evalAllowed) return null;
	try {
		return generatedKernel(cm, parts, select, unroll);
	} catch (err) {
		// A Content Security Policy without 'unsafe-eval' makes new Function throw an EvalError.
		if (!(err instanceof EvalError)) throw err;
		evalAllowed = false;
		return null;
	}
};

/**
 * One generated loop for the given options on the same draws; throws if the environment forbids
 * generated code. `select` names the series to store and the outputs to compute (all of each when
 * omitted); `keepCalls` keeps each sample's costly calls between runs (fused-run.ts, kernelPlan).
 */
export function buildFusedMultiPlan(
	cm: CompiledModel,
	optionIds: readonly string[],
	n: number,
	uncertain: ReadonlySet<string>,
	select: Selection = {},
	unroll?: boolean,
	keepCalls = false
): MultiPlan {
	const parts = fusedParts(cm, optionIds, uncertain);
	return kernelPlan(cm, parts, generatedKernel(cm, parts, select, unroll), n, keepCalls);
}

/**
 * The generated loop for one option with exactly `uncertain` drawn (the kernel specialised to them);
 * throws if the environment forbids generated code.
 */
export function buildFusedPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>,
	select: Selection = {},
	unroll?: boolean
): Plan {
	const plan = buildFusedMultiPlan(cm, [optionId], n, uncertain, select, unroll);
	return { run: (values, draws) => plan.run(values, draws)[optionId] };
}

/** The same through the option's kernel with every parameter drawn (fused-run.ts, columnsPlan). */
export function buildColumnsPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>,
	unroll?: boolean
): Plan {
	const [part] = fusedParts(cm, [optionId], new Set(cm.def.params.map((p) => p.id)));
	return columnsPlan(cm, part, generatedKernel(cm, [part], {}, unroll), n, uncertain);
}
