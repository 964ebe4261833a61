/**
 * Monte Carlo throughput of our engine against mathjs's own evaluator and Squiggle, on the reference
 * model (tests/bench/reference-model.ts) and on the Cainiao model. Run with `npm run bench`.
 *
 * A sample is one run of every period of a model for ONE option; every samples/s figure counts all
 * options of the model (two in both). Exits non-zero if the engines disagree.
 *
 * What each side computes: against Squiggle, ours computes the outputs the Squiggle program returns
 * (benches.ts: value, and lowest for the reference model) and also stores the chart series for every
 * period, as the decision page does (McSettings.outputs). Against mathjs, whose evaluator computes
 * every output, ours computes every output too ("all outputs" rows).
 *
 * Ours is timed three ways, and the summary at the end gives each ratio:
 * - fresh: a new MonteCarlo (new seed) in a warm process: draws, plan, run. This is what a new sample
 *   count or seed costs; a model's generated loop is compiled once per process and reused. The previous
 *   MonteCarlo is disposed first, as the page's Reporter does, so the new one reuses its memory
 *   (column-pool.ts); one row shows a fresh MonteCarlo in new memory, the previous one left undisposed.
 * - re-run: MonteCarlo.run again with cached draws, which is what every slider move costs.
 * - cold start: the first run in a new process, model compilation and JIT warm-up included, against
 *   Squiggle's first run() in a new process: what the first page load costs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { compileModel, withDefaults } from '../../src/lib/engine/model';
import { MonteCarlo, type McSettings } from '../../src/lib/engine/montecarlo';
import { Reporter } from '../../src/lib/engine/report';
import type { ParamValues } from '../../src/lib/engine/types';
import { compareMeans, maxRelativeDifference, Z_LIMIT, type MeanCheck } from './agreement';
import { benches, type Bench } from './benches';
import { drawSamples, mathjsRunner, outputsOf, runSquiggle, type Outputs } from './engines';
import { fmtInt, fmtMs, fmtNum, fmtRatio, interleave, job, median, table } from './timing';

const SAMPLES = 10_000;
const BIG = 100_000;
const MATHJS_SAMPLES = 500;
const REPS = 7;
const WARMUP = 2;
const SLIDER_RUNS = 40;
const FRAME_MS = 16;
/** Ours and mathjs evaluate the same draws to this relative precision. */
const EXACT_TOL = 1e-9;
const EXACT_SAMPLES = 200;
/** New processes per engine and model for the cold start. */
const COLD_REPS = 3;

interface Result {
	bench: Bench;
	oursSps: number;
	rerunSps: number;
	/** Ours computing every output, for the comparison with mathjs. */
	allSps: number;
	allRerunSps: number;
	mathjsSps: number;
	squiggleSps: number;
	/** Milliseconds of the first run in a new process, each a median of COLD_REPS processes. */
	cold: { ours: number; squiggle: number };
	checks: MeanCheck[];
	exact: number;
}

async function measure(bench: Bench): Promise<Result> {
	const { def } = bench;
	const cm = compileModel(def);
	const values = withDefaults(def, {});
	const options = def.options.map((o) => o.id);
	const sps = (n: number, ms: number[]) => (n * options.length) / (median(ms) / 1000);
	const runs: Record<string, Outputs[]> = { ours: [], mathjs: [], squiggle: [] };
	const keep = (engine: string) => (o: Outputs) => runs[engine].push(o);

	// Ours, fresh: a new MonteCarlo per run (uniforms, inversion, plan build, run), a new seed each time,
	// computing the outputs Squiggle returns; `every` computes all of the model's outputs.
	const like: Partial<McSettings> = { outputs: bench.compare };
	const every: Partial<McSettings> = {};
	const fresh = (n: number, wanted = like, dispose = true) => {
		let last: MonteCarlo | null = null;
		return (seed: number) => {
			if (dispose) last?.dispose();
			last = new MonteCarlo(cm, { samples: n, seed, ...wanted });
			return last.run(values);
		};
	};
	// Ours, re-run: same values, so draws and plans are cached and only the kernel runs.
	const [mc10, mc100, mcAll] = [
		new MonteCarlo(cm, { samples: SAMPLES, seed: 1, ...like }),
		new MonteCarlo(cm, { samples: BIG, seed: 1, ...like }),
		new MonteCarlo(cm, { samples: SAMPLES, seed: 1, ...every })
	];
	// mathjs: draws are made before the clock starts; only evaluation is timed.
	const mathjs = mathjsRunner(cm);
	const draw = (k: number) => drawSamples(cm, values, 1000 + k, MATHJS_SAMPLES);
	// Squiggle: the whole run(code) — parse, compile, sample, compute — with a new seed each time.
	const code = bench.squiggle(def, values);
	const ms = await interleave(
		{
			ours10: job(
				(k) => k + 1,
				fresh(SAMPLES),
				(r) => runs.ours.push(outputsOf(r))
			),
			ours10new: job((k) => k + 1, fresh(SAMPLES, like, false)),
			ours100: job((k) => k + 1, fresh(BIG)),
			rerun10: job(
				() => values,
				(v) => mc10.run(v)
			),
			rerun100: job(
				() => values,
				(v) => mc100.run(v)
			),
			all10: job((k) => k + 1, fresh(SAMPLES, every)),
			allRerun10: job(
				() => values,
				(v) => mcAll.run(v)
			),
			mathjs: job(draw, (d) => mathjs(values, d, MATHJS_SAMPLES), keep('mathjs')),
			squiggle: job(
				(k) => `bench-${k}`,
				(seed) => runSquiggle(code, SAMPLES, seed),
				keep('squiggle')
			)
		},
		REPS,
		WARMUP
	);
	const slider = sliderTimes(bench, cm, values);
	const cold = coldStarts(bench);

	// Ours against mathjs on identical draws: MonteCarlo's first samples for seed 1.
	const same = outputsOf(new MonteCarlo(cm, { samples: SAMPLES, seed: 1 }).run(values));
	const exact = maxRelativeDifference(
		same,
		mathjs(values, drawSamples(cm, values, 1, EXACT_SAMPLES), EXACT_SAMPLES),
		EXACT_SAMPLES
	);

	const [oursSps, rerunSps] = [sps(SAMPLES, ms.ours10), sps(SAMPLES, ms.rerun10)];
	const [allSps, allRerunSps] = [sps(SAMPLES, ms.all10), sps(SAMPLES, ms.allRerun10)];
	/** A row; `against` gives ours fresh and re-run samples/s to divide by this engine's. */
	const row = (engine: string, n: number, ms: number[], against?: [number, number]) => [
		engine,
		`${fmtInt(n)} × ${options.length}`,
		fmtMs(median(ms)),
		fmtInt(sps(n, ms)),
		against ? `${fmtRatio(against[0] / sps(n, ms))}×` : '',
		against ? `${fmtRatio(against[1] / sps(n, ms))}×` : ''
	];
	const outputCount = Object.keys(def.outputs).length;
	const likeNames = bench.compare.join(', ');
	console.log(
		`\n## ${bench.name} model (${def.id}): ${def.periods.count} periods, options ${options.join(', ')}\n`
	);
	console.log(
		`computed per option: Squiggle returns ${likeNames}; ours (${likeNames}) computes ${likeNames} and stores the chart series (${def.chart.series}) per period;`
	);
	console.log(
		`ours (all outputs) and mathjs compute all ${outputCount} outputs. Squiggle is compared with ours (${likeNames}), mathjs with ours (all outputs).\n`
	);
	console.log(
		table(
			['engine', 'samples/run', 'median ms', 'samples/s', 'ours fresh 10k is', 'ours re-run 10k is'],
			[
				row(`ours (${likeNames}), fresh MonteCarlo`, SAMPLES, ms.ours10),
				row(`ours (${likeNames}), fresh, in new memory`, SAMPLES, ms.ours10new),
				row(`ours (${likeNames}), fresh MonteCarlo`, BIG, ms.ours100),
				row(`ours (${likeNames}), re-run (cached draws)`, SAMPLES, ms.rerun10),
				row(`ours (${likeNames}), re-run (cached draws)`, BIG, ms.rerun100),
				row('ours (all outputs), fresh MonteCarlo', SAMPLES, ms.all10),
				row('ours (all outputs), re-run (cached draws)', SAMPLES, ms.allRerun10),
				row('mathjs evaluate (reference.ts, all outputs)', MATHJS_SAMPLES, ms.mathjs, [allSps, allRerunSps]),
				row(`Squiggle 0.10 run() (${likeNames})`, SAMPLES, ms.squiggle, [oursSps, rerunSps])
			]
		)
	);
	console.log(
		`\nslider change, MonteCarlo.run(${fmtInt(SAMPLES)} samples, all options, output ${def.decide.by} as the page asks), ${slider.n} runs:`
	);
	console.log(table(['changed', 'median ms', 'max ms'], slider.rows));
	const sliderOk = slider.median < FRAME_MS;
	console.log(`median ${fmtMs(slider.median)} ms: ${sliderOk ? 'inside' : 'OUTSIDE'} a ${FRAME_MS} ms frame`);
	console.log(
		`whole simulation report, median ${fmtMs(slider.report)} ms: ${slider.report < FRAME_MS ? 'inside' : 'OUTSIDE'} a ${FRAME_MS} ms frame`
	);
	console.log(
		`\ncold start, first run of ${fmtInt(SAMPLES)} samples (all options) in a new process, ${COLD_REPS} processes each:`
	);
	console.log(
		table(
			['engine', 'median ms', 'runs'],
			[
				['ours: compileModel + first MonteCarlo.run', fmtMs(cold.ours), cold.oursRuns.map(fmtMs).join(' ')],
				['Squiggle 0.10: first run()', fmtMs(cold.squiggle), cold.squiggleRuns.map(fmtMs).join(' ')]
			]
		)
	);

	return {
		bench,
		oursSps,
		rerunSps,
		allSps,
		allRerunSps,
		cold: { ours: cold.ours, squiggle: cold.squiggle },
		mathjsSps: sps(MATHJS_SAMPLES, ms.mathjs),
		squiggleSps: sps(SAMPLES, ms.squiggle),
		checks: compareMeans(runs, options, bench.compare),
		exact
	};
}

/**
 * Alternately nudges a parameter without and one with uncertainty; times each MonteCarlo.run, and the
 * whole simulation report the page's worker sends back for the same move (the run, every period's
 * percentiles of every option, the difference and its histogram: Reporter.uncertainty).
 */
function sliderTimes(bench: Bench, cm: ReturnType<typeof compileModel>, values: ParamValues) {
	const mc = new MonteCarlo(cm, { samples: SAMPLES, seed: 1, outputs: [cm.def.decide.by] });
	const reporter = new Reporter(cm);
	const settings = { samples: SAMPLES, seed: 1 };
	const v = { ...values };
	mc.run(v);
	const times: number[][] = [[], []];
	const reports: number[] = [];
	for (let k = 0; k < SLIDER_RUNS + 10; k++) {
		const p = cm.params.get(bench.slider[k % 2])!;
		v[p.id] = v[p.id] === p.default ? p.default + (p.max - p.min) / 100 : p.default;
		const t0 = performance.now();
		mc.run(v);
		const t1 = performance.now();
		const { verdict } = reporter.report(v, null);
		const t2 = performance.now();
		reporter.uncertainty(v, verdict, settings);
		const t3 = performance.now();
		if (k < 10) continue;
		times[k % 2].push(t1 - t0);
		reports.push(t3 - t2);
	}
	const all = times.flat();
	const rows = bench.slider.map((id, i) => [
		`${id} (${i ? 'uncertain' : 'fixed'})`,
		fmtMs(median(times[i])),
		fmtMs(Math.max(...times[i]))
	]);
	rows.push(['both', fmtMs(median(all)), fmtMs(Math.max(...all))]);
	rows.push([
		'both, whole simulation report (Reporter.uncertainty)',
		fmtMs(median(reports)),
		fmtMs(Math.max(...reports))
	]);
	return { n: all.length, median: median(all), report: median(reports), rows };
}

/** Runs cold.ts in new processes, alternating the engines; returns milliseconds of each first run. */
function coldStarts(bench: Bench) {
	const script = fileURLToPath(new URL('./cold.ts', import.meta.url));
	const once = (engine: string, k: number): number => {
		const args = [...process.execArgv, script, engine, bench.name, String(SAMPLES), String(500 + k)];
		const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
		if (child.status !== 0) throw new Error(`cold start of ${engine} failed: ${child.stderr}`);
		return (JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number }).ms;
	};
	const oursRuns: number[] = [];
	const squiggleRuns: number[] = [];
	for (let k = 0; k < COLD_REPS; k++) {
		oursRuns.push(once('ours', k));
		squiggleRuns.push(once('squiggle', k));
	}
	return { ours: median(oursRuns), squiggle: median(squiggleRuns), oursRuns, squiggleRuns };
}

const loadAverage = () =>
	os
		.loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');
const squigglePackage = new URL('../../node_modules/@quri/squiggle-lang/package.json', import.meta.url);
const squiggleVersion = (JSON.parse(readFileSync(squigglePackage, 'utf8')) as { version: string }).version;
console.log(`# Monte Carlo throughput: ours vs mathjs evaluate vs Squiggle ${squiggleVersion}`);
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`);
console.log(`samples/s counts one sample per option and period sweep, summed over the model's options;`);
console.log(
	`medians of ${REPS} rounds after ${WARMUP} warm-up rounds, engines interleaved in each round; load average ${loadAverage()}.`
);

const results: Result[] = [];
for (const bench of benches) results.push(await measure(bench));

console.log(`\n## agreement: means pooled over all timed runs; PASS when |Δ| < ${Z_LIMIT} combined SE\n`);
const rows = results.flatMap((r) =>
	r.checks.map((c) => [
		r.bench.name,
		`${c.option}.${c.output}`,
		c.engine,
		fmtInt(c.n),
		fmtNum(c.mean),
		c.se.toPrecision(2),
		c.engine === 'ours' ? '' : c.z.toFixed(2),
		c.engine === 'ours' ? '' : c.pass ? 'PASS' : 'FAIL'
	])
);
console.log(table(['model', 'output', 'engine', 'samples', 'mean', 'SE', 'Δ/SE', ''], rows));
let ok = results.every((r) => r.checks.every((c) => c.pass));
for (const r of results) {
	const pass = r.exact <= EXACT_TOL;
	ok &&= pass;
	console.log(
		`${r.bench.name}: ours vs mathjs on identical draws (${EXACT_SAMPLES} samples per option), max relative Δ ${r.exact.toExponential(1)}: ${pass ? 'PASS' : 'FAIL'}`
	);
}
console.log(ok ? '\nall engines agree' : '\nENGINES DISAGREE');
console.log(
	`load average at the end: ${loadAverage()} (on ${os.cpus().length} cores; timings are noisy when it is high)`
);
if (!ok) process.exitCode = 1;

// The summary: every ratio is ours over theirs in samples/s (for the cold start, their time over ours).
const ratios = results.map((r) => ({
	name: r.bench.name,
	squiggle: {
		fresh: r.oursSps / r.squiggleSps,
		rerun: r.rerunSps / r.squiggleSps,
		cold: r.cold.squiggle / r.cold.ours
	},
	mathjs: { fresh: r.allSps / r.mathjsSps, rerun: r.allRerunSps / r.mathjsSps }
}));
const x = (v: number) => `${fmtRatio(v)}×`;
console.log(
	`\n## summary: how many times faster ours is (fresh = new MonteCarlo in a warm process; re-run = a slider move; cold = first run in a new process)\n`
);
console.log(
	`vs Squiggle, both compute the outputs Squiggle returns (ours also stores the chart series); vs mathjs, both compute every output.\n`
);
console.log(
	table(
		['model', 'vs squiggle fresh', 're-run', 'cold start', 'vs mathjs fresh', 're-run'],
		ratios.map((r) => [
			r.name,
			x(r.squiggle.fresh),
			x(r.squiggle.rerun),
			x(r.squiggle.cold),
			x(r.mathjs.fresh),
			x(r.mathjs.rerun)
		])
	)
);
const lowest = (f: (r: (typeof ratios)[number]) => number) => {
	const worst = ratios.reduce((a, b) => (f(b) < f(a) ? b : a));
	return `${x(f(worst))} (${worst.name})`;
};
console.log(`\nlowest over both models, fresh and re-run:`);
console.log(
	`vs squiggle: ${lowest((r) => r.squiggle.fresh)} fresh, ${lowest((r) => r.squiggle.rerun)} re-run; cold start ${lowest((r) => r.squiggle.cold)}`
);
console.log(
	`vs mathjs evaluate: ${lowest((r) => r.mathjs.fresh)} fresh, ${lowest((r) => r.mathjs.rerun)} re-run`
);
