/**
 * The fast plan: one generated loop per option, samples outside and periods inside, so that prev(x) is a
 * local variable, x ^ t a running product, and each part of a formula is computed only as often as it
 * can change (once per run, per period, per sample, or per sample and period).
 *
 * The code is generated only from fixed tokens, numeric literals and index-named slots (V[3], s2, P0):
 * no name or text from a model or a user ever enters it, and a final check refuses any source with a
 * character outside that vocabulary. Where 'unsafe-eval' is forbidden, simulate.ts falls back to the
 * closure kernel.
 */
import type { Expr } from './formula';
import type { CompiledModel } from './model';
import { optionValues, planOption } from './model';
import { BINARY, FUNCTION_IMPL } from './ops';
import type { Column, Plan, RunResult } from './simulate';

/** Which loop a value belongs to: bit 1 = varies by sample, bit 2 = varies by period. */
type Level = 0 | 1 | 2 | 3;
const SAMPLE = 1;
const PERIOD = 2;

const JS_FN: Record<string, string> = {
	exp: 'Math.exp',
	log10: 'Math.log10',
	log2: 'Math.log2',
	sqrt: 'Math.sqrt',
	cbrt: 'Math.cbrt',
	abs: 'Math.abs',
	sign: 'Math.sign',
	min: 'Math.min',
	max: 'Math.max',
	pow: 'H.pow'
};
const JS_BIN: Record<string, (a: string, b: string) => string> = {
	add: (a, b) => `(${a} + ${b})`,
	sub: (a, b) => `(${a} - ${b})`,
	mul: (a, b) => `(${a} * ${b})`,
	div: (a, b) => `(${a} / ${b})`,
	pow: (a, b) => `H.pow(${a}, ${b})`,
	eq: (a, b) => `H.eq(${a}, ${b})`,
	ne: (a, b) => `H.ne(${a}, ${b})`,
	lt: (a, b) => `H.lt(${a}, ${b})`,
	gt: (a, b) => `H.gt(${a}, ${b})`,
	le: (a, b) => `H.le(${a}, ${b})`,
	ge: (a, b) => `H.ge(${a}, ${b})`,
	and: (a, b) => `(${a} && ${b} ? 1 : 0)`,
	or: (a, b) => `(${a} || ${b} ? 1 : 0)`,
	xor: (a, b) => `(!${a} !== !${b} ? 1 : 0)`
};
/** Code cheap enough to repeat where it is used rather than hoist: a slot, a literal, a local. */
const SIMPLE = /^\(?[\w.[\]]+\)?$/;
const SAFE_SOURCE = /^[A-Za-z0-9_\s.,;:()[\]{}+\-*/=<>!?&|"]*$/;

const literal = (v: number): string => (Number.isNaN(v) ? 'NaN' : `(${String(v)})`);

interface Sections {
	run: string[];
	period: string[];
	sample: string[];
	prologue: string[];
}

function generate(cm: CompiledModel, slots: Map<string, number>, drawn: Map<string, number>): string {
	const series = new Map(cm.order.map((name, k) => [name, k]));
	const sec: Sections = { run: [], period: [], sample: [], prologue: [] };
	let tmp = 0;
	const hoist = (level: Level, code: string): string => {
		const id = `h${tmp++}`;
		if (level === 0) sec.run.push(`const ${id} = ${code};`);
		else if (level === SAMPLE) sec.sample.push(`const ${id} = ${code};`);
		else {
			sec.period.push(`const ${id} = new Float64Array(T); for (let t = 0; t < T; t++) ${id}[t] = ${code};`);
			return `${id}[t]`;
		}
		return id;
	};

	/** Returns the code and its level; subtrees that change less often than their parent are hoisted. */
	const emit = (e: Expr): [string, Level] => {
		const combine = (children: Expr[], build: (codes: string[]) => string): [string, Level] => {
			const emitted = children.map(emit);
			const level = emitted.reduce<Level>((acc, [, l]) => (acc | l) as Level, 0);
			const codes = emitted.map(([code, l]) => (l !== level && !SIMPLE.test(code) ? hoist(l, code) : code));
			return [build(codes), level];
		};
		switch (e.k) {
			case 'num':
				return [literal(e.v), 0];
			case 'sym': {
				if (e.name === 't') return ['t', PERIOD];
				if (e.name === 'year') return ['(Y0 + t)', PERIOD];
				if (e.name === 'periods') return ['T', 0];
				if (e.name === 'pi') return ['Math.PI', 0];
				if (e.name === 'e') return ['Math.E', 0];
				if (series.has(e.name)) return [`s${series.get(e.name)}`, 3];
				if (drawn.has(e.name)) return [`D${drawn.get(e.name)}[i]`, SAMPLE];
				return [`V[${slots.get(e.name)}]`, 0];
			}
			case 'prev': {
				const k = series.get(e.series)!;
				if (!e.init) return [`p${k}`, 3];
				return [`(t === 0 ? ${emit(e.init)[0]} : p${k})`, 3];
			}
			case 'agg': {
				const k = series.get(e.series)!;
				const args = e.args.map((a) => `, ${emit(a)[0]}`).join('');
				return [`H.${e.fn}(S${k}, i, n, T${args})`, SAMPLE];
			}
			case 'un':
				return combine([e.a], ([a]) =>
					e.op === 'neg' ? `(-${a})` : e.op === 'pos' ? `(+${a})` : `(${a} ? 0 : 1)`
				);
			case 'cond':
				return combine([e.c, e.a, e.b], ([c, a, b]) => `(${c} ? ${a} : ${b})`);
			case 'fn':
				if (e.fn === 'log') {
					return combine(e.args, (a) =>
						a.length === 1 ? `Math.log(${a[0]})` : `(Math.log(${a[0]}) / Math.log(${a[1]}))`
					);
				}
				return combine(e.args, (a) => `${JS_FN[e.fn]}(${a.join(', ')})`);
			case 'bin': {
				if (e.op === 'pow' && e.b.k === 'sym' && e.b.name === 't') {
					const [base, level] = emit(e.a);
					if (!(level & PERIOD)) return runningPower(base, level);
				}
				return combine([e.a, e.b], ([a, b]) => JS_BIN[e.op](a, b));
			}
		}
	};

	const runningPower = (base: string, level: Level): [string, Level] => {
		const id = `r${tmp++}`;
		if (level === 0) {
			const b = hoist(0, base);
			sec.period.push(
				`const ${id} = new Float64Array(T); for (let t = 0; t < T; t++) ${id}[t] = t === 0 ? 1 : ${id}[t - 1] * ${b};`
			);
			return [`${id}[t]`, PERIOD];
		}
		const b = hoist(SAMPLE, base);
		sec.sample.push(`let ${id} = 1;`);
		sec.prologue.push(`if (t > 0) ${id} *= ${b};`);
		return [id, 3];
	};

	const body: string[] = [];
	cm.order.forEach((name, k) => {
		const [code] = emit(cm.series[name]);
		body.push(`const s${k} = ${code}; S${k}[t * n + i] = s${k};`);
	});
	const keep = cm.order.map((_, k) => `p${k} = s${k};`).join(' ');
	const outputs = Object.keys(cm.outputs).map((name, j) => `O${j}[i] = ${emit(cm.outputs[name])[0]};`);

	const source = [
		'"use strict";',
		...cm.order.map((_, k) => `const S${k} = S[${k}];`),
		...Object.keys(cm.outputs).map((_, j) => `const O${j} = O[${j}];`),
		...[...drawn.values()].map((d) => `const D${d} = D[${d}];`),
		...sec.run,
		...sec.period,
		'for (let i = 0; i < n; i++) {',
		...cm.order.map((_, k) => `let p${k} = 0;`),
		...sec.sample,
		'for (let t = 0; t < T; t++) {',
		...sec.prologue,
		...body,
		keep,
		'}',
		...outputs,
		'}'
	].join('\n');
	if (!SAFE_SOURCE.test(source)) throw new Error('Generated kernel contains an unexpected character.');
	return source;
}

type Kernel = (
	V: Float64Array,
	D: Float64Array[],
	S: Float64Array[],
	O: Float64Array[],
	n: number,
	T: number,
	Y0: number,
	H: typeof HELPERS
) => void;

const HELPERS = {
	pow: FUNCTION_IMPL.pow,
	eq: BINARY.eq,
	ne: BINARY.ne,
	lt: BINARY.lt,
	gt: BINARY.gt,
	le: BINARY.le,
	ge: BINARY.ge,
	sum: (s: Float64Array, i: number, n: number, T: number) => {
		let acc = 0;
		for (let t = 0; t < T; t++) acc += s[t * n + i];
		return acc;
	},
	npv: (s: Float64Array, i: number, n: number, T: number, rate: number) => {
		let acc = 0;
		for (let t = 0, d = 1; t < T; t++, d *= 1 + rate) acc += s[t * n + i] / d;
		return acc;
	},
	first: (s: Float64Array, i: number) => s[i],
	last: (s: Float64Array, i: number, n: number, T: number) => s[(T - 1) * n + i],
	at: (s: Float64Array, i: number, n: number, T: number, k: number) => {
		const t = k < 0 ? T + k : k;
		return Number.isInteger(t) && t >= 0 && t < T ? s[t * n + i] : NaN;
	}
};

/** Builds the fused plan; throws if the environment forbids generated code. */
export function buildFusedPlan(
	cm: CompiledModel,
	optionId: string,
	n: number,
	uncertain: ReadonlySet<string>
): Plan {
	const { def } = cm;
	const { option, drawn: drawnIds } = planOption(cm, optionId, uncertain);
	const names = [...def.params.map((p) => p.id), ...Object.keys(def.flags ?? {})];
	const slots = new Map(names.map((name, k) => [name, k]));
	const drawn = new Map(drawnIds.map((id, k) => [id, k]));
	const kernel = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', generate(cm, slots, drawn)) as Kernel;

	const T = def.periods.count;
	const V = new Float64Array(names.length);
	const S = cm.order.map(() => new Float64Array(T * n));
	const O = Object.keys(cm.outputs).map(() => new Float64Array(n));
	return {
		run(values, draws): RunResult {
			const all = optionValues(def, option, values);
			names.forEach((name, k) => (V[k] = all[name]));
			const D = drawnIds.map((id) => {
				const d = draws.get(id);
				if (!d || d.length < n) throw new Error(`Missing draws for '${id}'.`);
				return d;
			});
			kernel(V, D, S, O, n, T, def.periods.start, HELPERS);
			const col = (data: Float64Array): Column => ({ width: n, data });
			return {
				n,
				periods: T,
				series: Object.fromEntries(cm.order.map((name, k) => [name, col(S[k])])),
				outputs: Object.fromEntries(Object.keys(cm.outputs).map((name, j) => [name, col(O[j])]))
			};
		}
	};
}
