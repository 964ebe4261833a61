import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Countdown from './Countdown.svelte';

const START = Date.parse('2025-03-01T10:00:00.000Z');

describe('Countdown', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('counts down every second on the server’s clock, and tells a screen reader each whole minute only', async () => {
		// This page's clock is 20 s behind the server's: the view was built at 10:01:00 server time.
		vi.setSystemTime(START + 40_000);
		render(Countdown, {
			stepAt: new Date(START).toISOString(),
			now: new Date(START + 60_000).toISOString(),
			minutes: 3
		});
		const timer = screen.getByRole('timer');
		const spoken = screen.getByTestId('countdown-spoken');
		expect(timer).toHaveTextContent('3-minute segment: 2:00');
		expect(spoken).toHaveTextContent('2 minutes left');

		const said = new Set<string>();
		const shown = new Set<string>();
		for (let s = 0; s < 59; s++) {
			await vi.advanceTimersByTimeAsync(1000);
			said.add(spoken.textContent ?? '');
			shown.add(timer.textContent ?? '');
		}
		// 1:59 to 1:01: a figure a second, one sentence for the minute.
		expect(shown.size).toBe(59);
		expect([...said]).toEqual(['2 minutes left']);
		await vi.advanceTimersByTimeAsync(1000);
		expect(timer).toHaveTextContent('1:00');
		expect(spoken).toHaveTextContent('1 minute left');
		await vi.advanceTimersByTimeAsync(61_000);
		expect(timer).toHaveTextContent('+0:01 over');
		expect(spoken).toHaveTextContent('Time is up');
		expect(screen.getByTestId('countdown')).toHaveClass('over');
	});

	it('shows nothing while the view has no start time (a server before stepAt)', () => {
		render(Countdown, { stepAt: undefined, now: undefined, minutes: 7 });
		expect(screen.queryByRole('timer')).toBeNull();
	});
});
