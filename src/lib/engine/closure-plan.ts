/**
 * The fallback plan: closures over columns (kernel.ts), used where generated code is not allowed.
 * Slower than the fused plan, with the same results.
 */
import { CONSTANTS } from './expr';
import { compileExpr, scalar, vector, type Bindings, type Clock, type KNode } from './kernel';
import { optionValues, planOption, type CompiledModel } from './compiled-model';
import type { Column, Plan } from './simulate';
import type { ParamValues } from './types';

export function buildClosurePlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>
): Plan {
	const { def } = cm;
	const { option, drawn: drawnIds } = planOption(cm, optionId, uncertain);
	const drawn = new Set(drawnIds);
	const T = def.periods.count;
	const width = vectorSeries(cm, drawn);

	const clock: Clock = { t: 0, run: 0 };
	let current: ParamValues = {};
	let draws: ReadonlyMap<string, Float64Array> = new Map();
	const store: Record<string, Float64Array> = {};
	for (const name of cm.order) store[name] = new Float64Array(T * (width.has(name) ? n : 1));
	const view = (name: string, t: number) => store[name].subarray(t * n, (t + 1) * n);

	const bindings: Bindings = {
		n,
		clock,
		symbol(name) {
			if (drawn.has(name)) return vector(false, () => draws.get(name)!);
			if (Object.hasOwn(CONSTANTS, name)) return scalar(false, () => CONSTANTS[name]);
			if (name === 't') return scalar(true, () => clock.t);
			if (name === 'year') return scalar(true, () => def.periods.start + clock.t);
			if (name === 'periods') return scalar(false, () => T);
			if (Object.hasOwn(store, name)) {
				const s = store[name];
				return width.has(name) ? vector(true, () => view(name, clock.t)) : scalar(true, () => s[clock.t]);
			}
			return scalar(false, () => current[name]);
		},
		prev(name, init) {
			const isVec = width.has(name) || (init?.vec ?? false);
			const s = store[name];
			if (!isVec)
				return scalar(true, () => (clock.t === 0 ? (init ? (init.run() as number) : 0) : s[clock.t - 1]));
			const buf = new Float64Array(n);
			return vector(true, () => {
				if (clock.t === 0) {
					if (!init) return buf.fill(0);
					const v = init.run();
					return typeof v === 'number' ? buf.fill(v) : v;
				}
				return width.has(name) ? view(name, clock.t - 1) : buf.fill(s[clock.t - 1]);
			});
		},
		aggregate(fn, name, args) {
			return aggregate(fn, store[name], width.has(name) ? n : 1, T, n, args);
		}
	};

	const seriesNodes = cm.order.map((name) => [name, compileExpr(cm.series[name], bindings)] as const);
	const outputNodes = Object.entries(cm.outputs).map(
		([name, e]) => [name, compileExpr(e, bindings)] as const
	);

	return {
		run(values, newDraws) {
			current = optionValues(def, option, values);
			draws = newDraws;
			clock.run++;
			for (let t = 0; t < T; t++) {
				clock.t = t;
				for (const [name, node] of seriesNodes) {
					const v = node.run();
					if (typeof v === 'number') store[name][t] = v;
					else store[name].set(v, t * n);
				}
			}
			const series: Record<string, Column> = {};
			for (const name of cm.order) series[name] = { width: width.has(name) ? n : 1, data: store[name] };
			const outputs: Record<string, Column> = {};
			for (const [name, node] of outputNodes) {
				const v = node.run();
				outputs[name] =
					typeof v === 'number' ? { width: 1, data: Float64Array.of(v) } : { width: n, data: v };
			}
			return { n, periods: T, series, outputs };
		}
	};
}

/** Series that depend, directly or through others, on a drawn parameter: they need a column per sample. */
function vectorSeries(cm: CompiledModel, drawn: ReadonlySet<string>): Set<string> {
	const vec = new Set<string>();
	let changed = drawn.size > 0;
	while (changed) {
		changed = false;
		for (const name of cm.order) {
			if (vec.has(name)) continue;
			const r = cm.reads[name];
			const reads = [...r.names, ...r.prev, ...r.now];
			if (reads.some((x) => drawn.has(x) || vec.has(x))) {
				vec.add(name);
				changed = true;
			}
		}
	}
	return vec;
}

function aggregate(fn: string, data: Float64Array, w: number, T: number, n: number, args: KNode[]): KNode {
	const arg = args[0];
	if (w === 1 && !arg?.vec) {
		return scalar(
			true,
			() => aggregateColumn(fn, data, 1, T, arg ? (arg.run() as number) : 0, new Float64Array(1))[0]
		);
	}
	const out = new Float64Array(n);
	return vector(true, () => aggregateColumn(fn, data, w, T, arg ? arg.run() : 0, out));
}

/** Loops run period by period over whole columns, so each pass is a tight loop over samples. */
function aggregateColumn(
	fn: string,
	data: Float64Array,
	w: number,
	T: number,
	a: Float64Array | number,
	out: Float64Array
) {
	const n = out.length;
	const add = (t: number, scale: number | Float64Array) => {
		const base = t * w;
		for (let i = 0; i < n; i++) {
			const x = w === 1 ? data[base] : data[base + i];
			out[i] += typeof scale === 'number' ? x * scale : x * scale[i];
		}
	};
	out.fill(0);
	if (fn === 'sum') for (let t = 0; t < T; t++) add(t, 1);
	else if (fn === 'first') add(0, 1);
	else if (fn === 'last') add(T - 1, 1);
	else if (fn === 'at') {
		const k = a as number;
		const t = k < 0 ? T + k : k;
		if (Number.isInteger(t) && t >= 0 && t < T) add(t, 1);
		else out.fill(NaN);
	} else if (typeof a === 'number') {
		for (let t = 0, d = 1; t < T; t++, d *= 1 + a) add(t, 1 / d);
	} else {
		const d = new Float64Array(n).fill(1);
		const inv = new Float64Array(n);
		for (let t = 0; t < T; t++) {
			for (let i = 0; i < n; i++) inv[i] = 1 / d[i];
			add(t, inv);
			for (let i = 0; i < n; i++) d[i] *= 1 + a[i];
		}
	}
	return out;
}
