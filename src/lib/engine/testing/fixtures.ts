/**
 * Small builders for hand-made models in the engine's tests: a model is data, so a test states only the
 * parts it is about (series, outputs, parameters) and gets a valid rest (sources, options, chart).
 */
import { FormulaError } from '../formula';
import type { CompiledModel } from '../model';
import type { Column, Kernel } from '../simulate';
import type { ModelDef, OptionDef, ParamDef, SeriesDef, OutputDef } from '../types';

/** Both plans behind buildPlan; the tests check each against the reference evaluator. */
export const KERNELS: readonly Kernel[] = ['fused', 'closure'];

export const assumption = { assumption: 'A value chosen for this test case.' };

export function param(id: string, fields: Partial<ParamDef> = {}): ParamDef {
	return {
		id,
		label: id,
		unit: 'x',
		default: 1,
		min: -1e9,
		max: 1e9,
		step: 0.01,
		sources: [assumption],
		...fields
	};
}

export interface ModelSpec {
	id?: string;
	periods?: number;
	start?: number;
	params?: ParamDef[];
	flags?: Record<string, number>;
	options?: OptionDef[];
	/** name → formula (label and unit are filled in). */
	series: Record<string, string>;
	outputs: Record<string, string>;
	decide?: { by: string; higherIsBetter: boolean };
	chart?: string;
}

export function model(spec: ModelSpec): ModelDef {
	const series: Record<string, SeriesDef> = {};
	for (const [name, formula] of Object.entries(spec.series))
		series[name] = { label: name, unit: 'x', formula };
	const outputs: Record<string, OutputDef> = {};
	for (const [name, formula] of Object.entries(spec.outputs))
		outputs[name] = { label: name, unit: 'x', formula };
	return {
		id: spec.id ?? 'test-model',
		title: 'Test model',
		question: 'Which option is better?',
		summary: 'A model built by a test.',
		periods: { count: spec.periods ?? 1, unit: 'year', start: spec.start ?? 2024 },
		flags: spec.flags,
		params: spec.params ?? [],
		options: spec.options ?? [
			{ id: 'a', label: 'A', description: 'Option A' },
			{ id: 'b', label: 'B', description: 'Option B' }
		],
		series,
		outputs,
		decide: spec.decide ?? { by: Object.keys(spec.outputs)[0], higherIsBetter: true },
		chart: { series: spec.chart ?? Object.keys(spec.series)[0] }
	};
}

/** value(t, i) of a column, as simulate.ts documents it. */
export function cell(col: Column, t: number, i = 0): number {
	return col.data[t * col.width + (col.width > 1 ? i : 0)];
}

/**
 * Equal for floating point: NaN equals NaN, infinities equal when of the same sign, and otherwise
 * |a − b| ≤ rel · max(1, |a|, |b|).
 */
export function close(a: number, b: number, rel = 1e-9): boolean {
	if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
	if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
	return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every place where a fast run and a reference run disagree, as readable lines (empty when they agree). */
export function disagreements(
	cm: CompiledModel,
	fast: { series: Record<string, Column>; outputs: Record<string, Column> },
	ref: { series: Record<string, number[]>; outputs: Record<string, number> },
	sample = 0,
	rel = 1e-9
): string[] {
	const out: string[] = [];
	for (const name of cm.order) {
		for (let t = 0; t < cm.def.periods.count; t++) {
			const a = cell(fast.series[name], t, sample);
			const b = ref.series[name][t];
			if (!close(a, b, rel)) out.push(`series ${name}[t=${t}, i=${sample}]: fast ${a}, reference ${b}`);
		}
	}
	for (const name of Object.keys(cm.def.outputs)) {
		const a = cell(fast.outputs[name], 0, sample);
		const b = ref.outputs[name];
		if (!close(a, b, rel)) out.push(`output ${name}[i=${sample}]: fast ${a}, reference ${b}`);
	}
	return out;
}

/** The error a call throws, or null; lets a test check its class and message together. */
export function thrown(f: () => unknown): unknown {
	try {
		f();
	} catch (err) {
		return err;
	}
	return null;
}

export function formulaError(f: () => unknown): FormulaError {
	const err = thrown(f);
	if (!(err instanceof FormulaError)) {
		const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
		throw new Error(`expected a FormulaError, got ${what}`);
	}
	return err;
}
