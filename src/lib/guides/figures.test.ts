import { describe, expect, it } from 'vitest';
import { models, getCompiled } from '$lib/decisions/testing';
import { chartOvertake, Reporter } from '$lib/engine/report';
import { formatValue } from '$lib/ui/format';
import { formatUsable } from '$lib/ui/precision';
import { GuideFigures, proseOf, tokensOf } from './figures';
import { reveal } from './reveal';

const figsOf = (id: string) => new GuideFigures(getCompiled(id)!);

describe('figure tokens', () => {
	const figs = figsOf('cainiao-ownership');
	const def = figs.cm.def;
	const param = (id: string) => def.params.find((p) => p.id === id)!;

	it('fill in a parameter’s value, formatted as the decision page formats it', () => {
		const p = param('valuation');
		expect(figs.resolve('value:valuation')).toBe(formatValue(p.default, p.unit, p.step));
		expect(figs.resolve('value:valuation@valuation=20')).toBe(formatValue(20, p.unit, p.step));
		expect(figs.resolve('value:rate@rate=max')).toBe(formatValue(param('rate').max, '%', param('rate').step));
	});

	it('give the same break-even as the engine’s break-even search', () => {
		const r = new Reporter(figs.cm).report({}, null);
		for (const be of r.breakEvens) {
			const p = param(be.paramId);
			if (be.value === null) expect(figs.resolve(`never:${p.id}`), p.id).not.toBeNull();
			else expect(figs.resolve(`flip:${p.id}`), p.id).toBe(formatUsable(be.value, p.unit, p.step));
		}
	});

	it('fill in the verdict, the overtaking year and outputs, at the defaults or at changed values', () => {
		const r = new Reporter(figs.cm).report({}, null);
		const label = (id: string) => def.options.find((o) => o.id === id)!.label;
		expect(figs.resolve('best')).toBe(label(r.verdict.best));
		expect(figs.resolve('runnerUp')).toBe(label(r.verdict.runnerUp));
		expect(figs.resolve('margin')).toBe(formatValue(r.verdict.margin, 'USD bn'));
		expect(figs.resolve('output:own.platform')).toBe(formatValue(r.results.own.outputs.platform, 'USD bn'));
		expect(figs.resolve('output:own.paid|abs')).toBe(formatValue(-r.results.own.outputs.paid, 'USD bn'));
		expect(figs.resolve('best@valuation=5')).toBe(label('own'));
	});

	it('give the best depth the decision page finds, at the defaults or at changed values, and none where the model declares no choice', () => {
		const f = figsOf('cloud-price-cut');
		const depth = f.cm.params.get('depth')!;
		for (const scenario of ['', 'war=0.2']) {
			const o = new Reporter(f.cm).report(f.values(scenario)!, null).optimum!;
			expect(f.resolve(`optimum${scenario ? '@' + scenario : ''}`)).toBe(formatUsable(o.at, '%', depth.step));
		}
		expect(figsOf('last-mile').resolve('optimum')).toBeNull();
	}, 30000);

	it('give the overtaking year of the medians the decision page’s chart draws, not of the deterministic path', () => {
		for (const id of ['cainiao-ownership', 'cloud-price-cut', 'last-mile']) {
			const f = figsOf(id);
			const r = f.simulation()!;
			const o = chartOvertake(f.cm.def, r.uncertainty!, r.verdict.best, r.verdict.runnerUp);
			expect(f.resolve('overtake'), id).toBe(o ? String(o.year) : null);
		}
	});

	it('resolve to null when the engine cannot fill them, rather than to a made-up figure', () => {
		for (const token of [
			'value:nothing',
			'value:rate@rate=1',
			'value:rate@rate=abc',
			'value:rate@nothing=1',
			'flip:fees',
			'never:uplift',
			'switch:uplift>nothing',
			'output:own.nothing',
			'output:own.paid|double',
			'tradeoff:uplift/nothing',
			'nonsense'
		])
			expect(figs.resolve(token), token).toBeNull();
		expect(figs.render('a {nonsense} b').map((p) => p.text)).toEqual(['a ', 'not available', ' b']);
	});

	it('find a flip that hands the verdict to a third option, as the report’s break-evens do', () => {
		const lm = figsOf('last-mile');
		const r = lm.report()!;
		const be = r.breakEvens.find((b) => b.paramId === 'pickupShare')!;
		expect(be.winner).toBe('pickup');
		expect(be.value).toBeCloseTo(0.888, 3);
		expect(lm.resolve('switch:pickupShare>pickup')).not.toBeNull();
		expect(lm.resolve('best@pickupShare=max')).toBe('Build pickup points');
	});

	it('give a trade-off that agrees with the two break-evens it relates', () => {
		const sp = figsOf('cloud-spinoff');
		const ratio = Number(sp.resolve('tradeoff:haircut/discount'));
		const r = sp.report()!;
		const be = (id: string) => r.breakEvens.find((b) => b.paramId === id)!.value!;
		const fromFlips = (be('discount') - r.values.discount) / (r.values.haircut - be('haircut'));
		expect(ratio).toBeGreaterThan(0);
		expect(Math.abs(ratio - fromFlips) / fromFlips).toBeLessThan(0.05);
	});

	it('split a template into prose and figures', () => {
		expect(tokensOf('a {value:rate} b {best@rate=0.1}')).toEqual(['value:rate', 'best@rate=0.1']);
		expect(proseOf('a {value:rate} b')).toBe('a   b');
		const pieces = figs.render('At {value:rate}, {best} leads.');
		expect(pieces.map((p) => p.token ?? null)).toEqual([null, 'value:rate', null, 'best', null]);
		expect(pieces.map((p) => p.text).join('')).toBe(
			`At ${figs.resolve('value:rate')}, ${figs.resolve('best')} leads.`
		);
		expect(figs.resolve('value:rate')).toMatch(/^\d+(\.\d+)?\u00a0%$/);
	});
});

describe.each(models.map((m) => [m.id] as const))('the values to reveal for %s', (id) => {
	const figs = figsOf(id);
	const r = figs.report()!;
	const { flipping, steady } = reveal(figs);

	it('lists every parameter once, as flipping the verdict or not', () => {
		const ids = [...flipping, ...steady].map((row) => row.param.id).sort();
		expect(ids).toEqual(figs.cm.def.params.map((p) => p.id).sort());
		expect(flipping.length).toBeGreaterThan(0);
	});

	it('includes every break-even the engine finds between the best option and the runner-up', () => {
		for (const be of r.breakEvens) {
			const row = [...flipping, ...steady].find((x) => x.param.id === be.paramId)!;
			for (const x of be.crossings)
				expect(
					row.switches.some((s) => Math.abs(s.at - x) <= 1e-6 * (row.param.max - row.param.min)),
					`${be.paramId} crosses at ${x}`
				).toBe(true);
		}
	});

	it('flips only strictly inside a parameter’s range, and says which option is best on each side', () => {
		for (const row of flipping) {
			for (const s of row.switches) {
				expect(s.at).toBeGreaterThan(row.param.min);
				expect(s.at).toBeLessThan(row.param.max);
				expect(s.from).not.toBe(s.to);
			}
			expect(row.summary).toContain(formatUsable(row.switches[0].at, row.param.unit, row.param.step));
		}
		for (const row of steady) expect(row.summary).toMatch(/stays ahead across the whole range/);
	});

	it('orders the flips nearest first, relative to each range', () => {
		const d = flipping.map((row) =>
			Math.min(...row.switches.map((s) => Math.abs(s.at - row.now) / (row.param.max - row.param.min)))
		);
		expect(d).toEqual([...d].sort((a, b) => a - b));
	});
});
