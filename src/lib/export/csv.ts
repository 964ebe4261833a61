/**
 * The scenario as one CSV a spreadsheet opens: what was asked and where to reopen it, every parameter
 * with its value and sources, each option's outputs and series, and the Monte Carlo percentiles behind the
 * charts. Sections are separated by a blank row and start with a title row, then a header row.
 */
import { fitDistribution } from '$lib/engine/distributions';
import type { Report } from '$lib/engine/report';
import type { Summary } from '$lib/engine/stats';
import { optionLabel, type ModelDef, type ParamDef } from '$lib/engine/types';
import { toCsv, type Cell } from './rfc4180';
import { sourceLink, sourceText } from './sources-text';
import { chanceAhead, verdictHeadline } from '$lib/ui/describe';
import { likelihood, LIKELIHOOD_SCALE } from '$lib/ui/likelihood';
import { roundUsable } from '$lib/ui/precision';
import { bySupport } from '$lib/ui/source-role';

type Rows = Cell[][];

/** A break-even as the page writes it (precision.ts), in the stored unit: 0.45 for 45 %. */
const flipAt = (x: number | null, p: ParamDef): Cell =>
	x === null ? undefined : roundUsable(x, p.unit, p.step);

const PERCENTILES: (keyof Summary)[] = ['mean', 'se', 'p05', 'p25', 'p50', 'p75', 'p95'];

function header(def: ModelDef, report: Report, link: string): Rows {
	const label = (id: string) => optionLabel(def, id);
	const out = def.outputs[def.decide.by];
	const u = report.uncertainty;
	const p = chanceAhead(report);
	return [
		['Scenario Lab: scenario'],
		['Decision', def.title],
		['Question', def.question],
		['Link', link],
		['Monte Carlo samples', u?.samples],
		['Seed', u?.seed],
		['Deciding output', `${out.label} (${def.decide.by})`, out.unit],
		['Better is', def.decide.higherIsBetter ? 'higher' : 'lower'],
		['Best option', label(report.verdict.best)],
		['Runner-up', label(report.verdict.runnerUp)],
		['Margin', report.verdict.margin, out.unit],
		['Probability the best stays ahead', u?.ahead.p],
		['Likelihood (scale in the next row)', p === null ? 'not computed' : likelihood(p).term],
		['Likelihood scale', LIKELIHOOD_SCALE.map((b) => `${b.term}: ${b.range}`).join('; ')],
		['Verdict', verdictHeadline(def, report)],
		['Note', 'Values in % are fractions: 0.3 means 30 %. Money is in the unit given.']
	];
}

function parameters(def: ModelDef, report: Report, link: string): Rows {
	const rows: Rows = [
		['Parameters'],
		[
			'Parameter',
			'Label',
			'Unit',
			'Value',
			'Default (source value)',
			'Changed',
			'Min',
			'Max',
			'Distribution',
			'5th percentile',
			'95th percentile',
			'Verdict flips at',
			'Sources',
			'Source links'
		]
	];
	for (const p of def.params) {
		const value = report.values[p.id];
		const fitted = p.uncertain ? fitDistribution(p.uncertain, value, p.default) : null;
		const links = p.sources.map((s) => sourceLink(s, link)).filter((l) => l !== null);
		rows.push([
			p.id,
			p.label,
			p.unit,
			value,
			p.default,
			value !== p.default,
			p.min,
			p.max,
			p.uncertain?.dist,
			fitted?.quantile(0.05),
			fitted?.quantile(0.95),
			flipAt(report.breakEvens?.find((b) => b.paramId === p.id)?.value ?? null, p),
			bySupport(p.sources)
				.map((s) => sourceText(s, p))
				.join('\n'),
			links.join('\n')
		]);
	}
	return rows;
}

function outputs(def: ModelDef, report: Report): Rows {
	return [
		['Outputs at these values'],
		['Output', 'Label', 'Unit', ...def.options.map((o) => o.label)],
		...Object.entries(def.outputs).map(([id, o]) => [
			id,
			o.label,
			o.unit,
			...def.options.map((opt) => report.results[opt.id].outputs[id])
		])
	];
}

function series(def: ModelDef, report: Report): Rows {
	const rows: Rows = [
		['Series per year at these values'],
		['Series', 'Label', 'Unit', 'Year', ...def.options.map((o) => o.label)]
	];
	for (const [id, s] of Object.entries(def.series))
		for (let t = 0; t < def.periods.count; t++)
			rows.push([
				id,
				s.label,
				s.unit,
				def.periods.start + t,
				...def.options.map((o) => report.results[o.id].series[id]?.[t])
			]);
	return rows;
}

function percentiles(def: ModelDef, report: Report): Rows {
	const u = report.uncertainty;
	if (!u) return [['Monte Carlo percentiles'], ['Not computed for this scenario.']];
	const chart = def.series[def.chart.series];
	const out = def.outputs[def.decide.by];
	const row = (id: string, label: string, unit: string, option: string, year: Cell, s: Summary): Cell[] => [
		id,
		label,
		unit,
		option,
		year,
		...PERCENTILES.map((k) => s[k])
	];
	const rows: Rows = [
		[`Monte Carlo percentiles (${u.samples} samples, seed ${u.seed})`],
		[
			'Quantity',
			'Label',
			'Unit',
			'Option',
			'Year',
			'Mean',
			'Standard error of the mean',
			...PERCENTILES.slice(2)
		]
	];
	for (const o of def.options)
		u.options[o.id].path.forEach((s, t) =>
			rows.push(row(def.chart.series, chart.label, chart.unit, o.label, def.periods.start + t, s))
		);
	for (const o of def.options)
		rows.push(row(def.decide.by, out.label, out.unit, o.label, 'all years', u.options[o.id].outcome));
	return rows;
}

/** The whole scenario as CSV text; `link` is the address that reopens it. */
export function scenarioCsv(def: ModelDef, report: Report, link: string): string {
	const sections = [
		header(def, report, link),
		parameters(def, report, link),
		outputs(def, report),
		series(def, report),
		percentiles(def, report)
	];
	return toCsv(sections.flatMap((rows, i) => (i === 0 ? rows : [[], ...rows])));
}
