import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { cainiaoOwnershipGuide } from '$lib/decisions/cainiao-ownership/guide';
import { getCompiled } from '$lib/decisions/testing';
import { presentSteps } from '$lib/present/steps';
import { encodeScenario } from '$lib/state/url';
import type { GroupView } from '../../protocol';
import GroupsPanel from './GroupsPanel.svelte';

const cm = getCompiled('cainiao-ownership')!;
const group = (id: number, value: number | null): GroupView => ({
	id,
	name: `Group ${id}`,
	prompt: 'rate',
	param: 'rate',
	value,
	updatedAt: value === null ? null : '2026-12-07T10:00:00Z',
	token: `t${id}`
});

function panel(groups: GroupView[]) {
	const onmake = vi.fn(async () => true);
	const view = render(GroupsPanel, {
		code: 'ABC234',
		origin: 'https://x.org',
		cm,
		steps: presentSteps(cainiaoOwnershipGuide),
		scenario: encodeScenario(cm.def, { values: {}, samples: 2000, seed: 1 }),
		groups,
		keyShown: false,
		busy: false,
		onmake,
		onkey: () => {}
	});
	return { ...view, onmake };
}

const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();

describe('GroupsPanel', () => {
	it('makes the first links at once', async () => {
		const { getByRole, onmake } = panel([]);
		await fireEvent.click(getByRole('button', { name: 'Make group links' }));
		await tick();
		expect(onmake).toHaveBeenCalledTimes(1);
	});

	it('asks before new links stop the groups’ work, and says what would be lost', async () => {
		const { getByRole, getByTestId, queryByTestId, onmake } = panel([
			group(1, 0.1),
			group(2, null),
			group(3, 0.12)
		]);
		await fireEvent.click(getByRole('button', { name: 'Make new group links' }));
		await tick();
		expect(onmake).not.toHaveBeenCalled();
		expect(text(getByTestId('confirm-new-links').querySelector('p'))).toBe(
			'2 of 3 groups have moved their assumption. New links stop the 3 links made before and clear what they set; printed cards stop working too.'
		);
		await fireEvent.click(getByRole('button', { name: 'Keep the current links' }));
		await tick();
		expect(queryByTestId('confirm-new-links')).toBeNull();
		expect(document.activeElement).toBe(getByRole('button', { name: 'Make new group links' }));
		expect(onmake).not.toHaveBeenCalled();

		await fireEvent.click(getByRole('button', { name: 'Make new group links' }));
		await tick();
		await fireEvent.click(getByRole('button', { name: 'Stop the old links and make new ones' }));
		await tick();
		expect(onmake).toHaveBeenCalledTimes(1);
		expect(queryByTestId('confirm-new-links')).toBeNull();
		// The confirming button is gone with the question: focus is back on the button that asked it.
		await tick();
		expect(document.activeElement).toBe(getByRole('button', { name: 'Make new group links' }));
	});

	it('words one group, and one group of several, in the singular', async () => {
		const warning = async (groups: GroupView[]) => {
			const { getByRole, getByTestId, unmount } = panel(groups);
			await fireEvent.click(getByRole('button', { name: 'Make new group links' }));
			await tick();
			const said = text(getByTestId('confirm-new-links').querySelector('p'));
			unmount();
			return said;
		};
		expect(await warning([group(1, 0.1)])).toBe(
			'The group has moved its assumption. New links stop the link made before and clear what it set; printed cards stop working too.'
		);
		expect(await warning([group(1, 0.1), group(2, null), group(3, null)])).toBe(
			'1 of 3 groups has moved its assumption. New links stop the 3 links made before and clear what they set; printed cards stop working too.'
		);
		expect(await warning([group(1, null), group(2, null)])).toBe(
			'New links stop the 2 links made before; printed cards stop working too.'
		);
	});
});
