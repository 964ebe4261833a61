import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoomError } from '$lib/room/api';
import ChoiceAnswer from './ChoiceAnswer.svelte';

const choices = [
	{ id: 'ipo', label: 'List Cainiao (IPO)' },
	{ id: 'own', label: 'Own it fully' }
];

describe('ChoiceAnswer', () => {
	it('sends a choice as it is tapped, says Sent once acknowledged, and lets it change', async () => {
		const user = userEvent.setup();
		const sent: string[] = [];
		let ack!: () => void;
		const { rerender } = render(ChoiceAnswer, {
			legend: 'Your choice',
			choices,
			acked: null,
			onsend: (id: string) => {
				sent.push(id);
				return new Promise<void>((r) => (ack = r));
			}
		});
		expect(screen.getByRole('group', { name: 'Your choice' })).toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'Own it fully' }));
		expect(sent).toEqual(['own']);
		expect(screen.queryByText('Sent ✓')).toBeNull();
		ack();
		await rerender({ acked: 'own' });
		expect(await screen.findByText('Sent ✓')).toBeInTheDocument();

		await user.click(screen.getByRole('radio', { name: 'List Cainiao (IPO)' }));
		expect(sent).toEqual(['own', 'ipo']);
		expect(screen.getByText('Sending…')).toBeInTheDocument();
	});

	it('keeps the choice and offers to send again when the server refuses', async () => {
		const user = userEvent.setup();
		render(ChoiceAnswer, {
			legend: 'Your choice',
			choices,
			acked: null,
			onsend: async () => {
				throw new RoomError('This question is closed: your answer was not stored.', 409);
			}
		});
		await user.click(screen.getByRole('radio', { name: 'Own it fully' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('This question is closed');
		expect(screen.getByRole('radio', { name: 'Own it fully' })).toBeChecked();
		expect(screen.getByRole('button', { name: 'Send again' })).toBeInTheDocument();
	});
});
