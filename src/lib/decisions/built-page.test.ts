/**
 * A decision page's model in the browser (built-page.ts, virtual:kernels/decision) gives the numbers of the
 * page's model on the server (built.ts), bit for bit: the quick answer and the sweeps, and, where no worker
 * starts, the simulation. It shows outside its source lists what the whole definition shows (so that
 * hydration finds the server's page), carries none of the long texts, and loads them when asked (texts.ts).
 */
import { describe, expect, it } from 'vitest';
import { Reporter, Simulator } from '$lib/engine/report';
import { isAssumption, type ModelDef, type ParamValues } from '$lib/engine/types';
import { modelFootnote } from '$lib/export/sources-text';
import { simulateHere } from '$lib/worker/simulate-here';
import { bySupport, hasValueSource, roleOf } from '$lib/ui/source-role';
import { loadBuilt } from './built';
import { loadWithoutTexts } from './built-page';
import { loadSimulation } from './built-simulation';
import { models } from './testing';
import { wholeDef, wholeModel } from './texts';

const away = (def: ModelDef): ParamValues =>
	Object.fromEntries(def.params.map((p, k) => [p.id, p.min + ((p.max - p.min) * ((k * 7 + 3) % 10)) / 10]));

/** Every long text of a definition: what its source lists, teaching context, model card and descriptions show. */
function longTexts(def: ModelDef): string[] {
	const sources = [
		...def.params.flatMap((p) => p.sources),
		...(def.teach?.context ?? []).flatMap((c) => c.sources)
	];
	const texts = sources.flatMap((s) =>
		isAssumption(s) ? [s.assumption] : [s.quote, s.note ?? '', s.derive?.says ?? '']
	);
	texts.push(
		...(def.teach?.context ?? []).map((c) => c.text),
		...(def.teach?.prompts ?? []).map((p) => p.text)
	);
	if (def.card) texts.push(...def.card.includes, def.card.actual, ...def.card.leavesOut.map((l) => l.why));
	texts.push(...def.params.map((p) => p.description ?? ''), ...def.options.map((o) => o.description));
	return texts.filter((t) => t.length > 20);
}

describe('a decision page’s model in the browser', { timeout: 60_000 }, () => {
	it('exists for every decision, and for no other id', async () => {
		for (const def of models) expect((await loadWithoutTexts(def.id))?.def.id).toBe(def.id);
		expect(await loadWithoutTexts('no-such-decision')).toBeUndefined();
	});

	for (const def of models) {
		describe(def.id, () => {
			it('gives the server’s quick answer and sweeps, bit for bit', async () => {
				const [browser, server] = [(await loadWithoutTexts(def.id))!, (await loadBuilt(def.id))!];
				for (const values of [{}, away(def)])
					expect(JSON.stringify(new Reporter(browser).report(values, null))).toBe(
						JSON.stringify(new Reporter(server).report(values, null))
					);
			});

			it('simulates where no worker starts as the worker does, bit for bit', async () => {
				const [browser, worker] = [(await loadWithoutTexts(def.id))!, (await loadSimulation(def.id))!];
				const quick = new Reporter(browser).quick(away(def));
				const request = {
					modelId: def.id,
					values: quick.values,
					...quick.verdict,
					settings: { samples: 500, seed: 3 }
				};
				const here = await simulateHere(new Reporter(browser))(request);
				expect(JSON.stringify(here)).toBe(
					JSON.stringify(new Simulator(worker).run(request.values, request, request.settings))
				);
			});

			it('shows outside its source lists what the whole definition shows', async () => {
				const page = (await loadWithoutTexts(def.id))!.def;
				const { params, teach, options, card: _card, ...rest } = def;
				const { params: pageParams, teach: pageTeach, options: pageOptions, ...pageRest } = page;
				expect(pageRest).toEqual(rest);
				// The teaching notes are shown in one place, whose text the server's HTML holds (DecisionHeader).
				expect(pageTeach).toEqual(teach && { context: [], prompts: [] });
				// So are the parameters' and options' descriptions (ParamControl, DecisionView: ServerText).
				expect(pageParams.map(({ sources: _s, ...p }) => p)).toEqual(
					params.map(({ sources: _s, description: _d, ...p }) => p)
				);
				expect(pageOptions).toEqual(options.map((o) => ({ ...o, description: '' })));
				// The count, the order and role of each source, whether one supports the value, a chart's footnote.
				for (const [k, p] of params.entries()) {
					const q = pageParams[k];
					expect(bySupport(q.sources).map(roleOf)).toEqual(bySupport(p.sources).map(roleOf));
					expect(hasValueSource(q)).toBe(hasValueSource(p));
				}
				expect(modelFootnote(page, 'x')).toEqual(modelFootnote(def, 'x'));
			});

			it('carries none of the long texts, and loads the whole definition when asked', async () => {
				const cm = (await loadWithoutTexts(def.id))!;
				const json = JSON.stringify(cm.def);
				for (const t of longTexts(def)) expect(json).not.toContain(JSON.stringify(t).slice(1, -1));
				expect(cm.def.card).toBeUndefined();
				expect(await wholeDef(cm.def)).toBe(def);
				expect(await wholeDef(def)).toBe(def);
				const whole = await wholeModel(cm);
				expect(whole.def).toBe(def);
				for (const p of def.params) expect(whole.params.get(p.id)).toBe(p);
			});
		});
	}
});
