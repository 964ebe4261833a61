/**
 * Every decision has a room guide, and every guide holds to its model: an answer for each of the model's
 * prompts and no more, a running order that fills the session exactly, figures the engine can fill in,
 * no figure typed into the prose, and quotations that stand verbatim in the seed documents.
 */
import { describe, expect, it } from 'vitest';
import { models, getCompiled, getGuide, guides } from '$lib/decisions/testing';
import { DEFAULT_STEPS, isSlideKind, presentSteps, STEP_ID } from '$lib/present/steps';
import { findQuote } from '$lib/sources/quotes';
import { documents } from '$lib/sources/documents';
import { GuideFigures, proseOf, tokensOf } from './figures';
import { SESSION_MINUTES, type RoomGuide } from './types';

/** Every piece of prose in a guide, named for failure messages. */
function texts(guide: RoomGuide): [string, string][] {
	return [
		...guide.goals.map((t, i): [string, string] => [`goal ${i + 1}`, t]),
		...guide.runningOrder.map((s, i): [string, string] => [
			`segment ${i + 1} (${s.title})`,
			`${s.title}. ${s.what}`
		]),
		...Object.entries(guide.answers).map(([id, a]): [string, string] => [`answer to ${id}`, a.text])
	];
}

/** Sentences of prose: ends of sentences followed by a space or the end. */
const sentences = (text: string) =>
	proseOf(text)
		.split(/[.!?](?:\s|$)/)
		.filter((s) => s.trim() !== '').length;

describe('the guides as a set', () => {
	it('has one guide per decision and no other', () => {
		expect(guides.map((g) => g.modelId).sort()).toEqual(models.map((m) => m.id).sort());
	});

	it('finds a guide by id and nothing for an unknown id or an inherited name', () => {
		expect(getGuide(guides[0].modelId)).toBe(guides[0]);
		expect(getGuide('no-such-decision')).toBeUndefined();
		expect(getGuide('constructor')).toBeUndefined();
	});
});

describe.each(models.map((m) => [m.id] as const))('the room guide for %s', (id) => {
	const guide = getGuide(id)!;
	const cm = getCompiled(id)!;
	const prompts = cm.def.teach?.prompts ?? [];
	const figs = new GuideFigures(cm);

	it('has three or four learning goals', () => {
		expect(guide.goals.length).toBeGreaterThanOrEqual(3);
		expect(guide.goals.length).toBeLessThanOrEqual(4);
	});

	it('answers every prompt of the model by its id, and no prompt that is not there', () => {
		expect(prompts.length).toBeGreaterThan(0);
		expect(new Set(prompts.map((p) => p.id)).size, 'prompt ids are unique').toBe(prompts.length);
		expect(Object.keys(guide.answers).sort()).toEqual(prompts.map((p) => p.id).sort());
	});

	it(`has a running order of exactly ${SESSION_MINUTES} minutes in whole-minute segments`, () => {
		const total = guide.runningOrder.reduce((a, s) => a + s.minutes, 0);
		expect(total).toBe(SESSION_MINUTES);
		for (const s of guide.runningOrder) {
			expect(Number.isInteger(s.minutes) && s.minutes > 0, s.title).toBe(true);
			expect(s.what.length, s.title).toBeGreaterThan(40);
		}
	});

	it('gives every segment a stable step id and a slide, and keeps the ids presenter links had before', () => {
		const ids = guide.runningOrder.map((s) => s.id);
		for (const id of ids) expect(id, id).toMatch(STEP_ID);
		expect(new Set(ids).size, 'step ids are unique').toBe(ids.length);
		for (const s of guide.runningOrder) expect(isSlideKind(s.slide), s.id).toBe(true);
		const slides = guide.runningOrder.map((s) => s.slide);
		expect(slides).toContain('question');
		expect(slides).toContain('flip');
		// A presenter link made before the steps came from the guide names a slide; it opens that slide.
		for (const old of DEFAULT_STEPS)
			if (slides.includes(old.slide))
				expect(guide.runningOrder.find((s) => s.slide === old.slide)?.id, old.id).toBe(old.id);
	});

	it('is presenter mode’s order, step for step, with a vote at the start and again at the close', () => {
		const steps = presentSteps(guide);
		expect(steps.map((s) => s.id)).toEqual(guide.runningOrder.map((s) => s.id));
		expect(steps.map((s) => s.title)).toEqual(guide.runningOrder.map((s) => s.title));
		expect(guide.runningOrder[0].vote).toBe('first');
		expect(guide.runningOrder.at(-1)?.vote).toBe('again');
		expect(guide.runningOrder.filter((s) => s.vote).length).toBe(2);
		// Options before the numbers, and the numbers' verdict only once the assumptions are on the table.
		const at = (slide: string) => guide.runningOrder.findIndex((s) => s.slide === slide);
		if (at('options') >= 0) expect(at('options')).toBeLessThan(at('outcome') >= 0 ? at('outcome') : Infinity);
		if (at('assumptions') >= 0 && at('outcome') >= 0) expect(at('assumptions')).toBeLessThan(at('outcome'));
	});

	it('uses every prompt somewhere in the running order, and only prompts that exist', () => {
		const used = guide.runningOrder.flatMap((s) => s.prompts ?? []);
		expect(new Set(used)).toEqual(new Set(prompts.map((p) => p.id)));
	});

	it('gives strong answers of two to four sentences', () => {
		for (const [id, a] of Object.entries(guide.answers)) {
			const n = sentences(a.text);
			expect(n, `the answer to ${id} has ${n} sentences`).toBeGreaterThanOrEqual(2);
			expect(n, `the answer to ${id} has ${n} sentences`).toBeLessThanOrEqual(4);
		}
	});

	it('has every figure token filled in by the engine at the sourced values', () => {
		for (const [where, text] of texts(guide))
			for (const token of tokensOf(text)) expect(figs.resolve(token), `${where}: {${token}}`).not.toBeNull();
	});

	it('types no number into its prose (years aside): figures come from the model', () => {
		for (const [where, text] of texts(guide)) {
			const typed = proseOf(text)
				.replace(/\b(19|20)\d\d\b/g, '')
				.match(/\d[\d.,]*/g);
			expect(typed, `${where} types ${typed?.join(', ')}`).toBeNull();
		}
	});

	it('quotes the seed documents verbatim, in its answers’ citations and in its prose', () => {
		for (const [id, a] of Object.entries(guide.answers))
			for (const q of a.quotes ?? [])
				expect(findQuote(q.doc, q.quote), `the answer to ${id}: “${q.quote}”`).not.toBeNull();
		for (const [where, text] of texts(guide))
			for (const [, quoted] of text.matchAll(/“([^”]+)”/g))
				expect(
					documents.some((d) => findQuote(d.id, quoted)),
					`${where}: “${quoted}” is not in seeds/`
				).toBe(true);
	});
});

describe('the checks themselves', () => {
	it('would catch an altered quote, a typed figure and a token the engine cannot fill', () => {
		expect(
			findQuote(
				'001_86fc04a350121958.txt',
				'Interesting but I’ve yet to see these deployed anywhere at scale.'
			)
		).not.toBeNull();
		expect(
			findQuote(
				'001_86fc04a350121958.txt',
				"Interesting but I've yet to see these deployed anywhere at scale."
			)
		).toBeNull();
		expect(proseOf('costs {value:rate} or 12 %').match(/\d/)).not.toBeNull();
		const figs = new GuideFigures(getCompiled('cainiao-ownership')!);
		expect(figs.resolve('flip:nothing')).toBeNull();
		expect(figs.resolve('never:uplift')).toBeNull();
	});
});
