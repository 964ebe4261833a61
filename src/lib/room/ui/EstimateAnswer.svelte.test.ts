import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoomError } from '$lib/room/api';
import type { BriefParam } from '$lib/room/brief';
import type { Estimate } from '$lib/room/estimate';
import EstimateAnswer from './EstimateAnswer.svelte';

const param: BriefParam = {
	held: 0,
	id: 'rate',
	label: 'Discount rate',
	unit: '%',
	min: 0.06,
	max: 0.16,
	step: 0.005,
	default: 0.085,
	range: '6 % to 16 %',
	sources: [{ title: 'An assumption', text: 'The group’s cost of capital plus a premium.' }]
};

/** onsend's reply, settled by the test: the page must wait for it. */
function deferred() {
	let settle!: { ok: () => void; fail: (e: Error) => void };
	const sent: Estimate[] = [];
	const onsend = (v: Estimate) =>
		new Promise<void>((ok, fail) => {
			sent.push(v);
			settle = { ok, fail };
		});
	return { onsend, sent, settle: () => settle };
}

describe('EstimateAnswer', () => {
	it('says Sent only once the server acknowledged the value on screen', async () => {
		const user = userEvent.setup();
		const d = deferred();
		const drafts: unknown[] = [];
		const { rerender } = render(EstimateAnswer, {
			param,
			initial: { best: '', low: '', high: '' },
			acked: null,
			ondraft: (f) => drafts.push(f),
			onsend: d.onsend
		});
		await user.type(screen.getByLabelText('Your best guess (%)'), '9');
		await user.click(screen.getByRole('button', { name: 'Send my estimate' }));
		expect(d.sent).toEqual([{ best: 0.09 }]);
		expect(screen.getByText('Sending…')).toBeInTheDocument();
		expect(screen.queryByText('Sent ✓')).toBeNull();
		d.settle().ok();
		// The page passes the acknowledged value back down, as ParticipantRoom does.
		await rerender({ acked: { best: 0.09 } });
		expect(await screen.findByText('Sent ✓')).toBeInTheDocument();
		expect(drafts.at(-1)).toEqual({ best: '9', low: '', high: '' });

		await user.type(screen.getByLabelText('Low (%)'), '7');
		expect(screen.getByText('Changed, not sent yet.')).toBeInTheDocument();
	});

	it('says what to fix before sending, and shows the server’s refusal', async () => {
		const user = userEvent.setup();
		const d = deferred();
		render(EstimateAnswer, {
			param,
			initial: { best: '30', low: '', high: '' },
			acked: null,
			ondraft: () => {},
			onsend: d.onsend
		});
		await user.click(screen.getByRole('button', { name: 'Send my estimate' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Your best guess must be from 6 % to 16 %.');
		expect(d.sent).toEqual([]);
		expect(screen.getByLabelText('Your best guess (%)')).toHaveFocus();

		await user.clear(screen.getByLabelText('Your best guess (%)'));
		await user.type(screen.getByLabelText('Your best guess (%)'), '12');
		await user.click(screen.getByRole('button', { name: 'Send my estimate' }));
		d.settle().fail(new RoomError('This question is closed: your answer was not stored.', 409));
		expect(await screen.findByRole('alert')).toHaveTextContent('This question is closed');
		expect(screen.queryByText('Sent ✓')).toBeNull();
	});

	it('asked again, shows the estimate this phone gave in the round it repeats, and starts the form empty', () => {
		const none = { best: '', low: '', high: '' };
		const base = { param, initial: none, acked: null, ondraft: () => {}, onsend: async () => {} };
		const { unmount } = render(EstimateAnswer, {
			...base,
			earlier: { round: 1, value: { best: 0.09, low: 0.07, high: 0.12 } }
		});
		expect(screen.getByTestId('earlier-estimate').textContent).toBe(
			'Your first estimate: 9\u00a0%, 90\u00a0% sure it lies between 7\u00a0% and 12\u00a0%.'
		);
		expect(screen.getByLabelText<HTMLInputElement>('Your best guess (%)').value).toBe('');
		unmount();
		render(EstimateAnswer, { ...base, earlier: { round: 2, value: { best: 0.1 } } });
		expect(screen.getByTestId('earlier-estimate').textContent).toBe('Your estimate in round 2: 10\u00a0%.');
	});

	it('asked for the first time, says nothing of an earlier round', () => {
		render(EstimateAnswer, {
			param,
			initial: { best: '', low: '', high: '' },
			acked: null,
			ondraft: () => {},
			onsend: async () => {}
		});
		expect(screen.queryByTestId('earlier-estimate')).toBeNull();
	});
});
