import { beforeAll, describe, expect, it } from 'vitest';
import { Reporter, type FullReport } from '$lib/engine/report';
import { getCompiled } from '$lib/decisions/testing';
import type { ModelDef } from '$lib/engine/types';
import { verdictHeadline } from '$lib/ui/describe';
import { likelihood } from '$lib/ui/likelihood';
import { roundUsable } from '$lib/ui/precision';
import { scenarioCsv } from './csv';
import { parseCsv } from './rfc4180';

const LINK = 'https://lab.example/decisions/cainiao-ownership?v=1&uplift=0.0115';

/** The rows of one section: from its title row to the next blank row, header row first. */
function section(rows: string[][], title: RegExp): string[][] {
	const start = rows.findIndex((r) => title.test(r[0]));
	expect(start, `section ${title}`).toBeGreaterThan(0);
	const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
	return rows.slice(start + 1, end < 0 ? undefined : end);
}

/** A section as records keyed by its header row. */
function records(rows: string[][], title: RegExp): Record<string, string>[] {
	const [head, ...body] = section(rows, title);
	return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

describe('scenarioCsv', () => {
	let def: ModelDef;
	let report: FullReport;
	let rows: string[][];
	let text: string;

	beforeAll(() => {
		const cm = getCompiled('cainiao-ownership')!;
		def = cm.def;
		report = new Reporter(cm).report({ uplift: 0.0115 }, { samples: 1000, seed: 1 });
		text = scenarioCsv(def, report, LINK);
		rows = parseCsv(text);
	});

	it('is RFC 4180 with CRLF line ends, and the header names the decision, link, samples and seed', () => {
		// Outside quoted fields, every line ends with CRLF; inside them a line break is the text's own.
		const bare = text.replace(/"(?:[^"]|"")*"/g, '""');
		expect(bare.endsWith('\r\n')).toBe(true);
		expect(bare.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(text).toMatch(/"[^"]*\n[^"]*"/);
		const head = Object.fromEntries(rows.slice(0, 13).map((r) => [r[0], r.slice(1)]));
		expect(head['Decision']).toEqual([def.title]);
		expect(head['Question']).toEqual([def.question]);
		expect(head['Link']).toEqual([LINK]);
		expect(head['Monte Carlo samples']).toEqual(['1000']);
		expect(head['Seed']).toEqual(['1']);
		const best = def.options.find((o) => o.id === report.verdict.best)!;
		expect(head['Best option']).toEqual([best.label]);
		expect(Number(head['Margin'][0])).toBe(report.verdict.margin);
	});

	it('states the verdict as the page does, with its likelihood on the stated scale', () => {
		const head = Object.fromEntries(rows.slice(0, 20).map((r) => [r[0], r.slice(1)]));
		expect(head['Verdict']).toEqual([verdictHeadline(def, report)]);
		expect(head['Likelihood (scale in the next row)']).toEqual([
			likelihood(report.uncertainty!.ahead.p).term
		]);
		expect(head['Likelihood scale'][0]).toContain('about as likely as not: 33 to 66 %');
	});

	it('gives each break-even as the page writes it, by the one rounding rule', () => {
		const params = records(rows, /^Parameters$/);
		for (const be of report.breakEvens.filter((b) => b.value !== null)) {
			const p = def.params.find((x) => x.id === be.paramId)!;
			const r = params.find((x) => x['Parameter'] === p.id)!;
			expect(Number(r['Verdict flips at'])).toBe(roundUsable(be.value!, p.unit, p.step));
		}
	});

	it('lists every parameter with its value, default, whether it changed, and its sources as text', () => {
		const params = records(rows, /^Parameters$/);
		expect(params.map((p) => p['Parameter'])).toEqual(def.params.map((p) => p.id));
		for (const p of def.params) {
			const r = params.find((x) => x['Parameter'] === p.id)!;
			expect(r['Label']).toBe(p.label);
			expect(r['Unit']).toBe(p.unit);
			expect(Number(r['Value'])).toBe(report.values[p.id]);
			expect(Number(r['Default (source value)'])).toBe(p.default);
			expect(r['Changed']).toBe(p.id === 'uplift' ? 'yes' : 'no');
			expect(r['Sources'].split('\n')).toHaveLength(p.sources.length);
			for (const s of p.sources) {
				if ('quote' in s) expect(r['Sources']).toContain(`“${s.quote}”`);
				if ('url' in s) expect(r['Source links']).toContain(s.url);
				if ('doc' in s) expect(r['Sources']).toContain(`seeds/${s.doc}`);
				if ('assumption' in s) expect(r['Sources']).toContain(`Assumption: ${s.assumption}`);
			}
		}
		const uplift = params.find((x) => x['Parameter'] === 'uplift')!;
		expect(uplift['Value']).toBe('0.0115');
		// Seed passages link into the app, absolute against the scenario's link.
		const seeded = params.find((x) => x['Source links'].includes('/sources/'));
		expect(seeded?.['Source links']).toMatch(/^https:\/\/lab\.example\/sources\/\d{3}_[0-9a-f]+#/m);
	});

	it('gives every output and every series per year for each option, as plain numbers', () => {
		const outs = records(rows, /^Outputs/);
		expect(outs.map((o) => o['Output'])).toEqual(Object.keys(def.outputs));
		for (const o of outs)
			for (const opt of def.options)
				expect(Number(o[opt.label])).toBe(report.results[opt.id].outputs[o['Output']]);

		const series = records(rows, /^Series per year/);
		expect(series).toHaveLength(Object.keys(def.series).length * def.periods.count);
		for (const s of series) {
			const t = Number(s['Year']) - def.periods.start;
			for (const opt of def.options)
				expect(Number(s[opt.label])).toBe(report.results[opt.id].series[s['Series']][t]);
		}
	});

	it('gives the Monte Carlo percentiles of the chart series per year and of the deciding output', () => {
		const mc = records(rows, /^Monte Carlo percentiles \(1000 samples, seed 1\)$/);
		const u = report.uncertainty!;
		expect(mc).toHaveLength(def.options.length * (def.periods.count + 1));
		for (const opt of def.options) {
			const path = mc.filter((r) => r['Option'] === opt.label && r['Quantity'] === def.chart.series);
			expect(path.map((r) => Number(r['Year']))).toEqual(
				Array.from({ length: def.periods.count }, (_, t) => def.periods.start + t)
			);
			path.forEach((r, t) => {
				for (const k of ['p05', 'p25', 'p50', 'p75', 'p95'] as const)
					expect(Number(r[k])).toBe(u.options[opt.id].path[t][k]);
				expect(Number(r['Mean'])).toBe(u.options[opt.id].path[t].mean);
			});
			const outcome = mc.find((r) => r['Option'] === opt.label && r['Quantity'] === def.decide.by)!;
			expect(Number(outcome['p50'])).toBe(u.options[opt.id].outcome.p50);
			expect(Number(outcome['p05'])).toBeLessThanOrEqual(Number(outcome['p95']));
		}
	});

	it('never lets model text or the link start a formula', () => {
		const hostile = { ...def, title: '=HYPERLINK("https://evil.example","click")', question: '@SUM(1)' };
		const back = parseCsv(scenarioCsv(hostile, report, '-2+3 https://x'));
		expect(back[1]).toEqual(['Decision', `'=HYPERLINK("https://evil.example","click")`]);
		expect(back[2]).toEqual(['Question', "'@SUM(1)"]);
		expect(back[3]).toEqual(['Link', "'-2+3 https://x"]);
		// Negative numbers stay numbers.
		expect(
			parseCsv(text).some((r) => r.some((c) => /^-\d/.test(c))),
			'some value is negative'
		).toBe(true);
	});

	it('says so when there is no Monte Carlo run', () => {
		const plain = parseCsv(scenarioCsv(def, { ...report, uncertainty: null }, LINK));
		expect(section(plain, /^Monte Carlo percentiles/)).toEqual([['Not computed for this scenario.']]);
	});
});
