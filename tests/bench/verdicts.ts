/**
 * Every decision's verdict at its sources: the best option, its lead, P(best stays ahead) from the Monte
 * Carlo at the default settings, and the break-even of the assumptions that move the lead most. The
 * figures a note on a model correction gives before and after. Run: npx tsx tests/bench/verdicts.ts [id …]
 */
import { compileModel } from '../../src/lib/engine/model';
import { Reporter } from '../../src/lib/engine/report';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/lib/state/url';
import { loadDecisions } from '../decisions';

const wanted = process.argv.slice(2);
for (const { def } of await loadDecisions({ fixtures: false })) {
	if (wanted.length > 0 && !wanted.includes(def.id)) continue;
	const cm = compileModel(def);
	const report = new Reporter(cm).report({}, { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED });
	const { best, runnerUp } = report.verdict;
	const by = def.decide.by;
	const lead = report.results[best].outputs[by] - report.results[runnerUp].outputs[by];
	const ahead = report.uncertainty!.ahead;
	console.log(`${def.id} (revision ${def.revision ?? 1})`);
	console.log(
		`  verdict: ${best} over ${runnerUp} by ${Math.abs(lead).toPrecision(4)} ${def.outputs[by].unit}; ` +
			`P(best stays ahead) ${(ahead.p * 100).toFixed(1)} % ± ${(ahead.se * 100).toFixed(1)}`
	);
	for (const bar of report.tornado.slice(0, 3)) {
		const be = report.breakEvens.find((b) => b.paramId === bar.paramId)!;
		const p = cm.params.get(bar.paramId)!;
		console.log(
			`  ${bar.paramId}: default ${p.default}, swing ${(bar.atHigh - bar.atLow).toPrecision(3)}, ` +
				`break-even ${be.value === null ? 'none in range' : be.value.toPrecision(4)}${be.winner ? ` (→ ${be.winner})` : ''}`
		);
	}
}
