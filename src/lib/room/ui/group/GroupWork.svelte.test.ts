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
	verdict: '“Own it fully” leads “List Cainiao (IPO)” by USD 0.4 bn',
	chance: null,
	post: deferred().post,
	...over
});

describe('GroupWork', () => {
	it('shows no break-even until the key is shown, then says where the verdict flips and marks it', async () => {
		const { rerender, container } = render(GroupWork, props());
		expect(screen.queryByTestId('group-break-even')).toBeNull();
		expect(screen.queryByText(/flips/)).toBeNull();
		expect(container.querySelector('.tick.flip')).toBeNull();
		// The key shown, but the server has not sent the break-even (yet): nothing to say.
		await rerender(props({ keyShown: true }));
		expect(screen.queryByText(/flips/)).toBeNull();
		await rerender(props({ keyShown: true, breakEven: 0.1 }));
		expect(screen.getByTestId('group-break-even')).toHaveTextContent('The verdict flips at 10 %.');
		expect(container.querySelector('.tick.flip')).not.toBeNull();
		await rerender(props({ keyShown: true, breakEven: null }));
		expect(screen.getByTestId('group-break-even')).toHaveTextContent(
			'The verdict does not flip anywhere from 6 % to 16 %.'
		);
		// Hidden again by the facilitator: even a break-even still at hand is not shown.
		await rerender(props({ keyShown: false, breakEven: 0.1 }));
		expect(screen.queryByTestId('group-break-even')).toBeNull();
		expect(container.querySelector('.tick.flip')).toBeNull();
	});

	it('marks the sources’ value and, with the key, the break-even under the slider, each label on a row of its own where they would meet', async () => {
		const { rerender, container } = render(GroupWork, props());
		const mark = (id: string) => container.querySelector<HTMLElement>(`.mark.${id}`);
		const description = /^From 6\s% to 16\s%; the sources give 8\.5\s%\.$/;
		const text = (id: string) => mark(id)?.textContent?.replace(/\u00a0/g, ' ');
		// The sources' label stands under its own tick, not in the middle of the range.
		expect(text('source')).toBe('Sources: 8.5 %');
		expect(parseFloat(container.querySelector<HTMLElement>('.tick.source')!.style.left)).toBeCloseTo(25);
		expect(screen.getByLabelText('Discount rate')).toHaveAccessibleDescription(description);
		// A break-even right by the sources' value: its label goes a row down rather than over theirs.
		await rerender(props({ keyShown: true, breakEven: 0.09 }));
		expect(text('flip')).toBe('Flips at 9 %');
		expect(mark('flip')!.dataset.row).not.toBe(mark('source')!.dataset.row);
		// Said in words below: the slider's description does not say it twice.
		expect(screen.getByLabelText('Discount rate')).toHaveAccessibleDescription(description);
		// Written alike, the two are one label.
		await rerender(props({ keyShown: true, breakEven: 0.0851 }));
		expect(mark('source')).toBeNull();
		expect(mark('flip')).toBeNull();
		expect(text('both')).toBe('Sources and flip: 8.5 %');
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
