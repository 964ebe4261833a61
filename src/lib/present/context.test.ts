/**
 * Nothing a slide shows before the outcome step gives away what Alibaba chose: a context paragraph marked
 * `after: 'outcome'` stays off the question slide and appears only at the close, which every running
 * order puts after the outcome. The slides are rendered as the server renders them, for every decision,
 * so a slide that showed the whole context again would fail here.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { getCompiled, getGuide, models } from '$lib/decisions/testing';
import { Reporter } from '$lib/engine/report';
import {
	isAssumption,
	revealsOutcome,
	type ModelDef,
	type PublicSource,
	type SeedSource
} from '$lib/engine/types';
import { optionColors } from '$lib/ui/colors';
import { slideContext } from './context';
import { presentSteps, type PresentStep } from './steps';
import Assumptions from './steps/Assumptions.svelte';
import Discuss from './steps/Discuss.svelte';
import Groups from './steps/Groups.svelte';
import Options from './steps/Options.svelte';
import Question from './steps/Question.svelte';
import { keepUnits } from '$lib/ui/keep-units';
import VoteCall from './steps/VoteCall.svelte';

/** The text a step's slide shows, for the slides that take the model alone (the others show no context). */
function slideText(def: ModelDef, step: PresentStep): string {
	const parts: string[] = [];
	if (step.vote) parts.push(render(VoteCall, { props: { model: def, vote: step.vote } }).body);
	if (step.slide === 'question') parts.push(render(Question, { props: { model: def } }).body);
	if (step.slide === 'options') {
		const cm = getCompiled(def.id)!;
		parts.push(render(Options, { props: { cm, colors: optionColors(def) } }).body);
	}
	if (step.slide === 'groups')
		parts.push(
			render(Groups, { props: { model: def, prompts: step.prompts ?? [], minutes: step.minutes } }).body
		);
	if (step.slide === 'assumptions') {
		const cm = getCompiled(def.id)!;
		// Every parameter, not only the five the screen has room for: any of them can be among the five.
		const report = new Reporter(cm).report({}, null);
		parts.push(render(Assumptions, { props: { cm, report, locked: [], count: def.params.length } }).body);
	}
	if (step.slide === 'discuss') parts.push(render(Discuss, { props: { model: def, guideLink: true } }).body);
	return (
		parts
			.join('\n')
			.replace(/<[^>]*>/g, ' ')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&')
			// A slide binds a number to its unit with a no-break space (ui/keep-units.ts); the model's text has
			// a plain one, and a check that a text is absent must not pass for that alone.
			.replace(/\u00a0/g, ' ')
	);
}

describe.each(models.map((m) => [m.id] as const))('the slides of %s', (id) => {
	const def = getCompiled(id)!.def;
	const steps = presentSteps(getGuide(id));
	const context = def.teach?.context ?? [];
	const held = context.filter((c) => c.after === 'outcome');
	const outcomeAt = steps.findIndex((s) => s.slide === 'outcome');

	it('show every context paragraph once: the question slide those that give nothing away, the close the rest', () => {
		expect(slideContext(def, 'question')).toEqual(context.filter((c) => c.after === undefined));
		expect(slideContext(def, 'discuss')).toEqual(held);
		for (const slide of ['options', 'assumptions', 'outcome', 'groups', 'flip'] as const)
			expect(slideContext(def, slide)).toEqual([]);
	});

	it('keep a number on one line with its unit, and a currency with its number, where the model types a space', () => {
		// The sources' quotes stay as their sources wrote them; the slide's own prose is checked.
		const html = render(Question, { props: { model: def } }).body.replace(
			/<(q|blockquote)\b[\s\S]*?<\/\1>/g,
			''
		);
		const split = /\d (?:%|bn|m|points?)(?![\p{L}\p{N}])|\b(?:USD|RMB) \d/gu;
		expect(html.match(split), 'plain spaces on the question slide').toBeNull();
		for (const typed of [def.question, def.summary, ...slideContext(def, 'question').map((c) => c.text)])
			if (typed.match(split)) expect(html).toContain(keepUnits(typed).replaceAll('&', '&amp;'));
	});

	it('show a paragraph held for the outcome on no step before the outcome step', () => {
		const early = steps.filter(
			(step, i) =>
				slideContext(def, step.slide).some((c) => c.after === 'outcome') && !(outcomeAt >= 0 && i > outcomeAt)
		);
		expect(early.map((s) => s.id)).toEqual([]);
	});

	it('render none of the held text before the outcome, all the rest on the question slide, the held text at the close', () => {
		const before = outcomeAt >= 0 ? steps.slice(0, outcomeAt) : steps;
		for (const step of before) {
			const shown = slideText(def, step);
			for (const c of held) expect(shown, `${step.id}: ${c.text}`).not.toContain(c.text);
		}
		const question = steps.find((s) => s.slide === 'question');
		if (question)
			for (const c of slideContext(def, 'question')) expect(slideText(def, question)).toContain(c.text);
		const close = steps.find((s) => s.slide === 'discuss');
		if (close && held.length > 0) for (const c of held) expect(slideText(def, close)).toContain(c.text);
	});
});

describe.each(models.map((m) => [m.id] as const))('the passages of %s', (id) => {
	const def = getCompiled(id)!.def;
	const steps = presentSteps(getGuide(id));
	const outcomeAt = steps.findIndex((s) => s.slide === 'outcome');
	const before = outcomeAt >= 0 ? steps.slice(0, outcomeAt) : steps;
	// What a slide before the outcome may show: the parameters' sources and the context not held back whole.
	const early = (def.teach?.context ?? []).filter((c) => c.after === undefined);
	const sources = [...def.params.flatMap((p) => p.sources), ...early.flatMap((c) => c.sources)];
	const held = sources.filter(revealsOutcome);
	const quotes = (ss: typeof sources) => ss.flatMap((s) => (isAssumption(s) ? [] : [s.quote]));

	it('show no passage that tells what Alibaba chose on a slide before the outcome, and say one is held', () => {
		expect(before.length).toBeGreaterThan(0);
		for (const step of before) {
			const shown = slideText(def, step).replace(/\s+/g, ' ');
			for (const q of quotes(held)) {
				// A passage held here may be quoted for another parameter without the mark only if it is the same words.
				if (quotes(sources.filter((s) => !revealsOutcome(s))).includes(q)) continue;
				expect(shown, `${step.id}: ${q}`).not.toContain(q.replace(/\s+/g, ' ').slice(0, 60));
			}
		}
		const assumptions = before.find((s) => s.slide === 'assumptions');
		if (assumptions && def.params.some((p) => p.sources.some(revealsOutcome)))
			expect(slideText(def, assumptions)).toContain('held until the outcome');
	});

	it('name nothing Alibaba did in a passage shown before the outcome (words a later report uses)', () => {
		// A guard, not a proof: the marks are a reader's judgement; these words always tell what happened.
		const telling =
			/\b(scraps?|scrapped|withdr[ae]w[ns]?|repurchase|bought a|to sell its|no longer proceed)\b/i;
		const shown = sources.filter((s) => !revealsOutcome(s)).filter((s) => !isAssumption(s)) as (
			SeedSource | PublicSource
		)[];
		const found = shown.filter((s) => telling.test(s.quote) || ('title' in s && telling.test(s.title)));
		// The cloud spin-off's end is another decision's answer, which other rooms may read as background.
		const other = (s: (typeof found)[number]) =>
			id !== 'cloud-spinoff' &&
			/spinoff|spin-off|hive off/i.test(`${'title' in s ? s.title : ''} ${s.quote}`);
		expect(found.filter((s) => !other(s)).map((s) => ('title' in s ? s.title : '') + ': ' + s.quote)).toEqual(
			[]
		);
	});
});

describe('the decisions as a set', () => {
	it('hold back what Alibaba chose in most decisions, so the checks above check something', () => {
		const withHeld = models.filter((m) => m.teach?.context.some((c) => c.after === 'outcome'));
		expect(withHeld.length).toBeGreaterThan(models.length / 2);
	});
});
