/**
 * A decision's simulation kernel run in Chromium in calls of a given number of samples, each trial in a
 * new browser: whether V8 optimises it, and how fast it then runs (fused-run.ts, CHUNK, says why this
 * matters). Per chunk size and trial it prints the median of runs 21 to 30 of 10,000 samples; a trial
 * stuck 10 to 30 times above the others is a kernel V8 gave up optimising.
 *
 *   npx tsx tests/bench/kernel-chunks.ts [decision] [chunk,chunk,…] [trials]
 *
 * The kernel is the one the worker runs (engine/prebuild.ts, 'worker'), compiled in the page with new
 * Function (about:blank has no policy). Its draws are uniform over each parameter's uncertain range and
 * its helpers are Math's, not mathjs's rules: this times the kernel, it does not check its numbers.
 */
import { compileModel } from '../../src/lib/engine/model';
import { generated } from '../../src/lib/engine/fused-plan';
import { prebuiltRequests } from '../../src/lib/engine/prebuild';
import { loadDecision } from '../decisions';
import { launchChromium } from './built-app';

const SAMPLES = 10_000;
const [id = 'cloud-spinoff', chunkList = '10000,1024,256,128', trialCount = '8'] = process.argv.slice(2);
const { def } = await loadDecision(id);
const cm = compileModel(def);
const [request] = prebuiltRequests(cm, 'worker');
const { source, layout } = generated(cm, request.parts, request.select, request.unroll);
const slots = [...layout.slots.keys()];
const values = slots.map((name) => cm.params.get(name)?.default ?? def.flags?.[name] ?? 0);
const ranges = [...layout.drawn.keys()].map((name) => {
	const p = cm.params.get(name)!;
	return p.uncertain ? [p.uncertain.low, p.uncertain.high] : [p.min, p.max];
});
const shape = {
	source,
	values,
	ranges,
	stored: layout.stored.reduce((s, m) => s + m.size, 0),
	outputs: layout.outputs.reduce((s, m) => s + m.size, 0),
	memo: layout.memo,
	T: def.periods.count,
	n: SAMPLES
};
type Shape = typeof shape;

/** In the page: 30 runs of the kernel in calls of `chunk` samples; the median of the last ten, in ms. */
function trial({ s, chunk }: { s: Shape; chunk: number }): number {
	const run = new Function('V', 'D', 'S', 'O', 'n', 'T', 'Y0', 'H', 'M', 'i0', 'i1', s.source);
	const { n, T } = s;
	const V = Float64Array.from(s.values);
	const D = s.ranges.map(([lo, hi]) =>
		Float64Array.from({ length: n }, () => lo + Math.random() * (hi - lo))
	);
	const S = Array.from({ length: s.stored }, () => new Float64Array(T * n));
	const O = Array.from({ length: s.outputs }, () => new Float64Array(n));
	const cmp = (f: (a: number, b: number) => boolean) => (a: number, b: number) => (f(a, b) ? 1 : 0);
	const H = {
		pow: Math.pow,
		mpow: Math.pow,
		ipow: Math.pow,
		eq: cmp((a, b) => a === b),
		ne: cmp((a, b) => a !== b),
		lt: cmp((a, b) => a < b),
		gt: cmp((a, b) => a > b),
		le: cmp((a, b) => a <= b),
		ge: cmp((a, b) => a >= b)
	};
	const M = new Float64Array(n * s.memo);
	const times: number[] = [];
	for (let j = 0; j < 30; j++) {
		// A press: the first value moves and comes back, as a slider's keys move it.
		V[0] = s.values[0] * (j % 2 ? 1 : 1.01);
		const start = performance.now();
		for (let a = 0; a < n; a += chunk) run(V, D, S, O, n, T, 0, H, M, a, Math.min(n, a + chunk));
		times.push(performance.now() - start);
	}
	return times.slice(20).sort((a, b) => a - b)[5];
}

console.log(
	`# ${id}'s simulation kernel in Chromium, ${SAMPLES} samples a run: median of runs 21–30 per trial\n`
);
console.log('| samples per call | ms per run, one trial each |\n|---|---|');
for (const chunk of chunkList.split(',').map(Number)) {
	const ms: string[] = [];
	for (let t = 0; t < Number(trialCount); t++) {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			await page.goto('about:blank');
			// tsx names the functions it compiles with a helper of its own, which the page lacks.
			await page.evaluate('window.__name = (f) => f');
			ms.push((await page.evaluate(trial, { s: shape, chunk })).toFixed(1));
		} finally {
			await browser.close();
		}
	}
	console.log(`| ${chunk} | ${ms.join(' ')} |`);
}
