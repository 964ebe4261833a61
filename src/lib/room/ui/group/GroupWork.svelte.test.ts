import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { RoomError } from '$lib/room/api';
import { SEND_DELAY } from '$lib/room/groups/sender';
import GroupWork from './GroupWork.svelte';

const param = {
	id: 'rate',
	label: 'Discount rate',
	unit: '%',
	min: 0.06,
	max: 0.16,
	step: 0.005,
	default: 0.085
};

/** post's replies, settled by the test: the page must wait for them. */
function deferred() {
	const calls: { value: number; ok: (r?: unknown) => void; fail: (e: Error) => void }[] = [];
	const post = (value: number) => new Promise<unknown>((ok, fail) => calls.push({ value, ok, fail }));
	return { post, calls };
}

const props = (over: Record<string, unknown> = {}) => ({
	param,
	value: 0.085,
	roomValue: null,
	keyShown: false,
	ended: false,
	verdict: 'Own it fully leads List Cainiao (IPO) by USD 0.4 bn',
	chance: null,
	post: deferred().post,
	...over
});

describe('GroupWork', () => {
	it('shows no break-even until the key is shown, then says where the verdict flips and marks it', async () => {
		const { rerender, container } = render(GroupWork, props());
		expect(screen.queryByTestId('group-break-even')).toBeNull();
		expect(screen.queryByText(/flips/)).toBeNull();
		expect(container.querySelector('.tick')).toBeNull();
		// The key shown, but the server has not sent the break-even (yet): nothing to say.
		await rerender(props({ keyShown: true }));
		expect(screen.queryByText(/flips/)).toBeNull();
		await rerender(props({ keyShown: true, breakEven: 0.1 }));
		expect(screen.getByTestId('group-break-even')).toHaveTextContent('The verdict flips at 10 %.');
		expect(container.querySelector('.tick')).not.toBeNull();
		await rerender(props({ keyShown: true, breakEven: null }));
		expect(screen.getByTestId('group-break-even')).toHaveTextContent(
			'The verdict does not flip anywhere from 6 % to 16 %.'
		);
		// Hidden again by the facilitator: even a break-even still at hand is not shown.
		await rerender(props({ keyShown: false, breakEven: 0.1 }));
		expect(screen.queryByTestId('group-break-even')).toBeNull();
		expect(container.querySelector('.tick')).toBeNull();
	});

	it('says Sent only once the server acknowledged the value on screen; a refusal keeps it and offers a retry', async () => {
		vi.useFakeTimers();
		try {
			const d = deferred();
			render(GroupWork, props({ post: d.post }));
			const slider = screen.getByLabelText('Discount rate');
			expect(screen.getByText('Move the slider: your group’s value goes to the room.')).toBeInTheDocument();
			await fireEvent.input(slider, { target: { value: '0.12' } });
			expect(screen.getByTestId('group-value')).toHaveTextContent('12 %');
			expect(d.calls).toHaveLength(0);
			expect(screen.getByText('Changed, sending when you let go…')).toBeInTheDocument();
			await vi.advanceTimersByTimeAsync(SEND_DELAY);
			expect(d.calls.map((c) => c.value)).toEqual([0.12]);
			expect(screen.getByText('Sending…')).toBeInTheDocument();
			expect(screen.queryByText('Sent ✓')).toBeNull();
			d.calls[0].ok({ stored: true });
			await vi.advanceTimersByTimeAsync(0);
			expect(screen.getByText('Sent ✓')).toBeInTheDocument();

			await fireEvent.input(slider, { target: { value: '0.13' } });
			expect(screen.queryByText('Sent ✓')).toBeNull();
			await vi.advanceTimersByTimeAsync(SEND_DELAY);
			d.calls[1].fail(new RoomError('The room has ended: your value was not stored.', 409));
			await vi.advanceTimersByTimeAsync(0);
			expect(screen.getByRole('alert')).toHaveTextContent('The room has ended');
			expect(screen.getByTestId('group-value')).toHaveTextContent('13 %');
			await fireEvent.click(screen.getByRole('button', { name: 'Send again' }));
			expect(d.calls.map((c) => c.value)).toEqual([0.12, 0.13, 0.13]);
			d.calls[2].ok();
			await vi.advanceTimersByTimeAsync(0);
			expect(screen.getByText('Sent ✓')).toBeInTheDocument();
			expect(screen.queryByRole('alert')).toBeNull();
		} finally {
			vi.useRealTimers();
		}
	});

	it('follows another phone’s move from the room’s stream', async () => {
		const { rerender } = render(GroupWork, props());
		await rerender(props({ roomValue: 0.14 }));
		expect(screen.getByTestId('group-value')).toHaveTextContent('14 %');
		expect(screen.getByTestId('from-other')).toBeInTheDocument();
		expect((screen.getByLabelText('Discount rate') as HTMLInputElement).value).toBe('0.14');
	});

	it('stops sending when the room has ended', () => {
		render(GroupWork, props({ ended: true }));
		expect(screen.getByLabelText('Discount rate')).toBeDisabled();
		expect(screen.getByText(/room has ended/)).toBeInTheDocument();
	});
});
