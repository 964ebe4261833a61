/**
 * Nothing a slide shows before the outcome step gives away what Alibaba chose: a context paragraph marked
 * `after: 'outcome'` stays off the question slide and appears only at the close, which every running
 * order puts after the outcome. The slides are rendered as the server renders them, for every decision,
 * so a slide that showed the whole context again would fail here.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { getCompiled, getGuide, models } from '$lib/decisions/testing';
import type { ModelDef } from '$lib/engine/types';
import { optionColors } from '$lib/ui/colors';
import { slideContext } from './context';
import { presentSteps, type PresentStep } from './steps';
import Discuss from './steps/Discuss.svelte';
import Groups from './steps/Groups.svelte';
import Options from './steps/Options.svelte';
import Question from './steps/Question.svelte';
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
	if (step.slide === 'discuss') parts.push(render(Discuss, { props: { model: def, guideLink: true } }).body);
	return parts
		.join('\n')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
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

describe('the decisions as a set', () => {
	it('hold back what Alibaba chose in most decisions, so the checks above check something', () => {
		const withHeld = models.filter((m) => m.teach?.context.some((c) => c.after === 'outcome'));
		expect(withHeld.length).toBeGreaterThan(models.length / 2);
	});
});
