/**
 * The group-work slide: presenter mode numbers the segment's prompts; a live room's projector names the
 * groups made, each with the prompt it was handed, however many there are.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { getCompiled, getGuide } from '$lib/decisions/testing';
import { presentSteps } from '../steps';
import Groups from './Groups.svelte';

const def = getCompiled('cainiao-ownership')!.def;
const step = presentSteps(getGuide('cainiao-ownership')).find((s) => s.slide === 'groups')!;
const prompts = def.teach!.prompts;
const items = (body: string) =>
	[...body.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
		m[1]
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);

describe('the group-work slide', () => {
	it('numbers the prompts the segment hands out where there are no groups (presenter mode)', () => {
		const listed = items(render(Groups, { props: { model: def, prompts: step.prompts ?? [] } }).body);
		expect(listed.length).toBe((step.prompts ?? prompts).length);
		expect(listed[0]).toMatch(/^Group 1 /);
	});

	it('names every group of a live room over the prompt it took, the fifth of four prompts with the first', () => {
		const handed = step.prompts ?? prompts.map((p) => p.id);
		const groups = Array.from({ length: handed.length + 1 }, (_, i) => ({
			name: `Group ${i + 1}`,
			prompt: handed[i % handed.length]
		}));
		const listed = items(render(Groups, { props: { model: def, prompts: handed, groups } }).body);
		expect(listed.length).toBe(handed.length);
		const first = prompts.find((p) => p.id === handed[0])!.text;
		expect(listed[0]).toBe(`Group 1 · Group ${handed.length + 1} ${first}`);
	});

	it('keeps one item a prompt however many groups there are', () => {
		const handed = step.prompts ?? prompts.map((p) => p.id);
		const groups = Array.from({ length: 12 }, (_, i) => ({
			name: `Group ${i + 1}`,
			prompt: handed[i % handed.length]
		}));
		const listed = items(render(Groups, { props: { model: def, prompts: handed, groups } }).body);
		expect(listed.length).toBe(Math.min(12, handed.length));
		for (let g = 1; g <= 12; g++) expect(listed.join('\n')).toMatch(new RegExp(`Group ${g}\\b`));
	});

	it('shows a group’s own name', () => {
		const listed = items(
			render(Groups, {
				props: { model: def, prompts: [], groups: [{ name: 'Table by the window', prompt: prompts[1].id }] }
			}).body
		);
		expect(listed).toEqual([`Table by the window ${prompts[1].text}`]);
	});
});
