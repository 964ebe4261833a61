/** The sentences a page says about a report: the verdict first, then what each chart shows. */
import { inSentence } from './in-sentence';
import type { BreakEven } from '$lib/engine/analysis';
import type { Profile } from '$lib/engine/profile';
import { chartOvertake, type Report } from '$lib/engine/report';
import { optionLabel as labelOf, type ModelDef } from '$lib/engine/types';
import { formatPercent, formatSigned, formatSpan, formatValue } from './format';
import { isTossUp, likelihood, TOSS_UP } from './likelihood';
import { formatUsable } from './precision';

/**
 * The chance that the verdict's best option stays ahead of its runner-up, when the simulation on the page
 * is of these values (settled) and of this pair; null while it is still being computed.
 */
export function chanceAhead(r: Report, settled = true): number | null {
	const u = r.uncertainty;
	if (!u || !settled || u.best !== r.verdict.best || u.runnerUp !== r.verdict.runnerUp) return null;
	return u.ahead.p;
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * The verdict's first sentence, its uncertainty in the scale's words (likelihood.ts): "A toss-up: …",
 * "Keep is likely to stay ahead of Spin off: …", or, when the option ahead at these values trails in most
 * simulated futures (below the toss-up band), "Keep is likely to come out ahead of Spin off: …, though Spin
 * off is worth … more". With `chance` null (the simulation is still running) it
 * says so and claims no likelihood.
 */
export function verdictHeadline(def: ModelDef, r: Report, chance: number | null = chanceAhead(r)): string {
	const out = def.outputs[def.decide.by];
	const { best, runnerUp, margin } = r.verdict;
	const [a, b] = [labelOf(def, best), labelOf(def, runnerUp)];
	const share = chance === null ? '' : `${formatPercent(chance)} of simulated futures`;
	if (margin === 0) {
		const same = `${a} and ${b} are worth the same at these values`;
		return chance === null
			? `${same}; which stays ahead is being computed.`
			: `${same}; ${a} leads in ${share}, ${likelihood(chance).term}.`;
	}
	const by = formatValue(margin, out.unit);
	const than = def.decide.higherIsBetter ? `is worth ${by} more than ${b}` : `costs ${by} less than ${b}`;
	if (chance === null) return `${a} ${than} at these values; the chance it stays ahead is being computed.`;
	if (isTossUp(chance)) return `A toss-up: ${a} ${than} at these values, but stays ahead in only ${share}.`;
	const gap = def.decide.higherIsBetter ? `worth ${by} more` : `costing ${by} less`;
	// Ahead at these values but behind in most futures: the option the simulation favours is named first,
	// so that a room does not remember the loser of two futures in three as "the verdict".
	if (chance < TOSS_UP.from) {
		const other = `${formatPercent(1 - chance)} of simulated futures`;
		return `${capital(b)} is ${likelihood(1 - chance).term} to come out ahead of ${a}: it leads in ${other}, though ${a} is ${gap} at these values.`;
	}
	return `${capital(a)} is ${likelihood(chance).term} to stay ahead of ${b}: ${gap} at these values, it leads in ${share}.`;
}

/**
 * Beside a verdict at the value a person set of a choice (how deep a cut), the best value of it the engine
 * finds, and what that best value follows: "The verdict above is at a price cut on core services of 22 %,
 * the cut Alibaba made. The best the engine finds at these values is 13 %, where …". Null for a model that
 * declares no optimum, or while it is being computed.
 */
export function optimumSentence(def: ModelDef, r: Report): string | null {
	const spec = def.profile?.optimum;
	const o = r.optimum;
	if (!spec || !o) return null;
	const p = def.params.find((x) => x.id === o.paramId)!;
	const at = (x: number) => formatUsable(x, p.unit, p.step);
	const name = lower(p.label);
	const unit = def.outputs[def.decide.by].unit;
	const here = r.values[o.paramId];
	const what = here === p.default && spec.defaultIs ? `, ${spec.defaultIs}` : '';
	const [option, rival] = [labelOf(def, o.option), labelOf(def, o.rival)];
	const gain = def.decide.higherIsBetter ? o.value - o.rivalValue : o.rivalValue - o.value;
	const sentences = [`The verdict above is at a ${name} of ${at(here)}${what}.`];
	sentences.push(
		gain > 1e-9 * Math.max(1, Math.abs(o.value))
			? `The best the engine finds at these values is ${at(o.at)}, where ${option} ${
					def.decide.higherIsBetter ? 'is worth' : 'costs'
				} ${formatValue(gain, unit)} ${def.decide.higherIsBetter ? 'more' : 'less'} than ${rival}.`
			: `No ${name} in its range puts ${option} ahead of ${rival} at these values.`
	);
	if (o.follows) {
		const q = def.params.find((x) => x.id === o.follows!.paramId)!;
		const qa = (x: number) => formatValue(x, q.unit, q.step);
		const sourced = q.sources.some((s) => 'role' in s && s.role === 'value');
		const f = o.follows;
		sentences.push(
			`The best ${name} follows the ${lower(q.label)}, ${qa(r.values[q.id])}, ${
				sourced ? 'a sourced figure' : 'an assumption with no public figure'
			}: at the ends of its 90\u00a0% interval, ${qa(f.low)} and ${qa(f.high)}, the best would be ${at(f.atLow)} and ${at(f.atHigh)}.`
		);
	}
	return sentences.join(' ');
}

/**
 * The optimum's sentence as the sweep will roughly leave it, written before the sweep comes: hidden, it
 * holds the place the real one will take (Verdict.svelte), so nothing below moves when it comes. Only its
 * length matters: the value here stands in for the best value (and for the best at either end of the
 * assumption it follows), the options' outputs here for theirs, and the longer wording (a best value
 * found) for either.
 */
export function standInOptimum(def: ModelDef, r: Report): string | null {
	const spec = def.profile?.optimum;
	if (!spec || !def.profile) return null;
	const paramId = def.profile.param;
	const { by, higherIsBetter } = def.decide;
	const here = r.values[paramId];
	const output = (id: string) => r.results[id].outputs[by];
	const rival = def.options
		.filter((o) => o.id !== spec.option)
		.reduce((a, b) => ((higherIsBetter ? output(b.id) > output(a.id) : output(b.id) < output(a.id)) ? b : a));
	const rivalValue = output(rival.id);
	const gain = Math.abs(output(spec.option) - rivalValue) || Math.abs(rivalValue) || 1;
	const q = spec.follows ? def.params.find((x) => x.id === spec.follows) : undefined;
	const follows = q?.uncertain
		? { paramId: q.id, low: q.uncertain.low, high: q.uncertain.high, atLow: here, atHigh: here }
		: null;
	const optimum = {
		option: spec.option,
		paramId,
		at: here,
		value: higherIsBetter ? rivalValue + gain : rivalValue - gain,
		rival: rival.id,
		rivalValue,
		follows
	};
	return optimumSentence(def, { ...r, optimum });
}

/** A label inside a sentence (names keep their capitals). */
const lower = inSentence;

/**
 * When the best option's line on the value-over-time chart passes the runner-up's for good. The chart
 * draws medians of the simulation, so the year is read from them (report.ts chartOvertake), never from
 * the deterministic path, which can cross years earlier.
 */
export function overtakeSentence(def: ModelDef, r: Report): string | null {
	const u = r.uncertainty;
	if (!u || r.verdict.margin === 0) return null;
	return overtakeWords(def, r, chartOvertake(def, u, r.verdict.best, r.verdict.runnerUp));
}

/** Held in overtakeSentence's place until the simulation comes (Verdict.svelte): its longest form. */
export function standInOvertake(def: ModelDef, r: Report): string | null {
	if (r.verdict.margin === 0) return null;
	return overtakeWords(def, r, { period: 1, year: def.periods.start + 1 });
}

function overtakeWords(def: ModelDef, r: Report, o: { period: number; year: number } | null): string {
	const [best, other] = [labelOf(def, r.verdict.best), labelOf(def, r.verdict.runnerUp)];
	const last = def.periods.start + def.periods.count - 1;
	const lines = `On the chart of value over time, the median line of ${best}`;
	if (!o) return `${lines} does not pass that of ${other} by ${last}.`;
	if (o.period === 0) return `${lines} is ahead of that of ${other} from the start.`;
	// A cost is ahead when its line is lower: it falls below the other's rather than passing it.
	const passes = def.decide.higherIsBetter ? 'passes' : 'falls below';
	return `${lines} ${passes} that of ${other} in ${o.year} and stays ahead.`;
}

/**
 * How much of the lead lies after the horizon, when the model names the part holding it
 * (`decide.terminal`): value a board will not see within the years the model draws.
 */
export function terminalSentence(def: ModelDef, r: Report): string | null {
	const id = def.decide.terminal;
	const steps = breakdownSteps(def, r);
	const part = steps.find((s) => s.id === id);
	const lead = steps.reduce((sum, s) => sum + s.delta, 0);
	if (!part || !id || !(lead > 0)) return null;
	const unit = def.outputs[def.decide.by].unit;
	const [best, other] = [labelOf(def, r.verdict.best), labelOf(def, r.verdict.runnerUp)];
	const last = def.periods.start + def.periods.count - 1;
	const where = inSentence(part.label);
	// How much of each option's own value lies after the horizon: a lead may lie within it while nearly all
	// of what each option is worth lies beyond, and a reader must see that before trusting either number.
	const of = (option: string) => {
		const out = r.results[option].outputs;
		return `${formatValue(out[id], unit)} of the ${formatValue(out[def.decide.by], unit)} of ${labelOf(def, option)}`;
	};
	const each = ` ${capital(where)}: ${of(r.verdict.best)}, and ${of(r.verdict.runnerUp)}.`;
	if (part.delta <= 0)
		return `None of the lead comes after ${last}: ${where} favours ${other} (${formatSigned(part.delta, unit)}).${each}`;
	if (part.delta > lead)
		return `All of the lead comes after ${last}, in ${where}: up to ${last} ${best} is behind by ${formatValue(part.delta - lead, unit)}.${each}`;
	return `${formatPercent(part.delta / lead)} of the lead comes after ${last}, in ${where}.${each}`;
}

/** Which option is best along a profile's axis, in words: "Partner below 12,300 parcels/day; Buy above." */
export function profileSummary(def: ModelDef, pr: Profile): string {
	const out = def.outputs[pr.outputId];
	const word = def.decide.higherIsBetter ? 'highest' : 'lowest';
	if (pr.switches.length === 0) {
		const p = def.params.find((x) => x.id === pr.paramId)!;
		const fmt = (x: number) => formatUsable(x, p.unit, p.step);
		return `${labelOf(def, pr.best[0])} has the ${word} ${inSentence(out.label)} from ${formatSpan(fmt(p.min), fmt(p.max), p.unit)}.`;
	}
	return `${out.label[0].toUpperCase()}${out.label.slice(1)} is ${word} for ${sides(def, pr)}.`;
}

/**
 * The options on each side of a profile's switches (one at least), without naming the output: where a column
 * already says "which option is best on each side" (the printed break-even table), its name is only length.
 */
export function sides(def: ModelDef, pr: Profile): string {
	const p = def.params.find((x) => x.id === pr.paramId)!;
	const fmt = (x: number) => formatUsable(x, p.unit, p.step);
	const parts = pr.switches.map((s, i) =>
		i === 0
			? `${labelOf(def, s.from)} below ${fmt(s.at)}`
			: `${labelOf(def, s.from)} from ${formatSpan(fmt(pr.switches[i - 1].at), fmt(s.at), p.unit)}`
	);
	parts.push(`${labelOf(def, pr.switches.at(-1)!.to)} above ${fmt(pr.switches.at(-1)!.at)}`);
	return parts.join('; ');
}

/** What one marker on a profile says: where the best option changes, and to which. */
export function switchText(def: ModelDef, pr: Profile, k: number): string {
	const s = pr.switches[k];
	const p = def.params.find((x) => x.id === pr.paramId)!;
	return `At ${formatUsable(s.at, p.unit, p.step)}, ${labelOf(def, s.to)} overtakes ${labelOf(def, s.from)}.`;
}

export function verdictDetail(def: ModelDef, r: Report): string {
	const out = def.outputs[def.decide.by];
	const ranked = r.verdict.ranking.map(
		(x) => `${labelOf(def, x.optionId)} ${formatValue(x.value, out.unit)}`
	);
	return `${out.label}: ${ranked.join('; ')}.${out.description ? ' ' + out.description : ''}`;
}

/**
 * `scale`: where the reader finds the scale the chance's word is on: `below`, the scale under the verdict,
 * to open (a page); `said`, nowhere to open it (a slide, read across a room), so the sentence says the
 * word's band itself.
 */
export function uncertaintySentence(
	def: ModelDef,
	r: Report,
	scale: 'below' | 'said' = 'below'
): string | null {
	const u = r.uncertainty;
	if (!u) return null;
	const out = def.outputs[def.decide.by];
	const d = u.difference;
	const best = labelOf(def, u.best);
	const band = likelihood(u.ahead.p);
	// The band's range as the scale's legend writes it, less the toss-up's gloss: the term follows it here.
	const word =
		scale === 'below'
			? `${band.term} on the scale below`
			: `on the verdict’s scale, ${band.range.replace(/:.*/, '')} is ${band.term}`;
	const sentence =
		`Under the stated uncertainty, ${best} stays ahead in ${formatPercent(u.ahead.p)} of ` +
		`${u.samples.toLocaleString('en')} simulated futures (${word}). ` +
		`Its advantage has a median of ${formatSigned(d.p50, out.unit)}; ` +
		`90\u00a0% interval ${formatSigned(d.p05, out.unit)} to ${formatSigned(d.p95, out.unit)}.`;
	if (u.ahead.p >= 0.5) return sentence;
	// Honest about a real effect: the outcome at the central values is not the central outcome.
	return `${sentence} So the simulation leans the other way: value responds unevenly to the uncertain assumptions, and the outcome at their central values is not their central outcome.`;
}

/**
 * The report as its simulation will roughly leave it, for the two sentences above to be written before it
 * comes: hidden, they hold the place the real ones will take (Verdict.svelte), so nothing below moves when
 * the simulation arrives. Only the sentences' length matters: the lead at these values stands in for the
 * spread of the advantage, and a chance of three in four for the chance.
 */
export function standInSimulation(def: ModelDef, r: Report): Report {
	const { best, runnerUp } = r.verdict;
	const by = def.decide.by;
	const lead = Math.abs(r.results[best].outputs[by] - r.results[runnerUp].outputs[by]) || 1;
	const d = { mean: lead, se: lead / 50, p05: -lead, p25: 0, p50: lead, p75: lead, p95: 2 * lead };
	return {
		...r,
		uncertainty: {
			samples: 10_000,
			seed: 1,
			best,
			runnerUp,
			options: {},
			difference: d,
			histogram: { edges: [], shares: [], tails: [0, 0] },
			ahead: { p: 0.75, se: 0.004 }
		}
	};
}

/** Monte Carlo error of the headline numbers, so a reader knows how many digits to trust. */
export function stabilitySentence(def: ModelDef, r: Report): string | null {
	const u = r.uncertainty;
	if (!u) return null;
	const out = def.outputs[def.decide.by];
	const points = (u.ahead.se * 196).toFixed(1);
	return `Monte Carlo error (95\u00a0%): ±${points}\u00a0points on the probability, ±${formatValue(u.difference.se * 1.96, out.unit)} on the mean advantage; seed ${u.seed}.`;
}

export function fanSummary(def: ModelDef, r: Report): string {
	const u = r.uncertainty;
	const unit = def.series[def.chart.series].unit;
	const last = def.periods.start + def.periods.count - 1;
	if (!u) return '';
	return def.options
		.map((o) => {
			const p = u.options[o.id].path.at(-1)!;
			return `${o.label}: median ${formatValue(p.p50, unit)} by ${last} (90\u00a0% interval ${formatValue(p.p05, unit)} to ${formatValue(p.p95, unit)})`;
		})
		.join('; ')
		.concat('.');
}

export function tornadoSummary(def: ModelDef, r: Report): string {
	const top = (r.tornado ?? []).slice(0, 3).map((b) => def.params.find((p) => p.id === b.paramId)?.label);
	return `The assumptions that move the verdict most: ${top.join('; ')}. Bars cross the solid line where the verdict flips.`;
}

export function breakEvenSentence(def: ModelDef, r: Report, be: BreakEven): string {
	const p = def.params.find((x) => x.id === be.paramId)!;
	const best = labelOf(def, r.verdict.best);
	const other = labelOf(def, be.winner ?? r.verdict.runnerUp);
	if (be.value === null) {
		return `${best} stays ahead across the whole range, ${formatSpan(formatValue(p.min, p.unit), formatValue(p.max, p.unit), p.unit)}.`;
	}
	const v = formatUsable(be.value, p.unit, p.step);
	const here = r.values[p.id];
	const side = be.value > here ? 'above' : 'below';
	return `${other} would be better ${side} ${v} (now ${formatValue(here, p.unit, p.step)}).`;
}

/** The difference chart in one sentence: how often the best stays ahead, and the spread of its lead. */
export function differenceSummary(def: ModelDef, r: Report): string {
	const u = r.uncertainty;
	if (!u) return '';
	const unit = def.outputs[def.decide.by].unit;
	const d = u.difference;
	return (
		`${labelOf(def, u.best)} is ahead of ${labelOf(def, u.runnerUp)} in ${formatPercent(u.ahead.p)} of the simulated futures; ` +
		`median advantage ${formatSigned(d.p50, unit)}, 90\u00a0% interval ${formatSigned(d.p05, unit)} to ${formatSigned(d.p95, unit)}.`
	);
}

/** The verdict's parts as steps from the runner-up to the best: each part's gain for the best option. */
export function breakdownSteps(def: ModelDef, r: Report) {
	const dir = def.decide.higherIsBetter ? 1 : -1;
	const { best, runnerUp } = r.verdict;
	return r.breakdown.map((row) => ({
		id: row.outputId,
		label: def.outputs[row.outputId].label,
		delta: dir * (row.byOption[best] - row.byOption[runnerUp])
	}));
}

export function breakdownSummary(def: ModelDef, r: Report): string {
	const steps = breakdownSteps(def, r);
	if (steps.length === 0) return '';
	const unit = def.outputs[def.decide.by].unit;
	const best = labelOf(def, r.verdict.best);
	const sorted = [...steps].sort((a, b) => b.delta - a.delta);
	const gain = sorted[0];
	const loss = sorted.at(-1)!;
	const parts = [`${best} gains most on ${inSentence(gain.label)} (${formatSigned(gain.delta, unit)})`];
	if (loss.delta < 0) parts.push(`loses most on ${loss.label} (${formatSigned(loss.delta, unit)})`);
	return `${parts.join(' and ')}; together the parts make its lead of ${formatValue(r.verdict.margin, unit)}.`;
}
