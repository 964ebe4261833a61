/**
 * The console's countdown of the running order's current segment. The server says when the step began
 * (RoomView.stepAt) and what its clock read as it built the view (RoomView.now); a page keeps the offset
 * between that clock and its own, taken as the view arrives, so a console whose clock is wrong still
 * counts the segment the server started. Past its minutes the segment runs over, counted up.
 */

/** The server's clock minus this page's, in ms, from a view's `now` read at `arrivedAt` (Date.now()). */
export function clockOffset(serverNow: string | undefined, arrivedAt: number): number {
	const t = serverNow ? Date.parse(serverNow) : NaN;
	return Number.isFinite(t) ? t - arrivedAt : 0;
}

/**
 * What is left of the segment at `localNow` (this page's Date.now()), in ms: negative once it runs over.
 * Null when the view says no start (a server that predates it) or the segment has no minutes.
 */
export function remaining(
	stepAt: string | undefined,
	minutes: number | undefined,
	offset: number,
	localNow: number
): number | null {
	const start = stepAt ? Date.parse(stepAt) : NaN;
	if (!Number.isFinite(start) || !minutes || minutes <= 0) return null;
	return start + minutes * 60_000 - (localNow + offset);
}

const two = (n: number) => String(n).padStart(2, '0');
const clock = (s: number) => `${Math.floor(s / 60)}:${two(s % 60)}`;

/**
 * "4:05" while time is left (whole seconds, rounded up: a timer reads 0:00 only when time is up), and
 * "+1:20 over" past the end (rounded down: it is not over by a second until a whole second has passed).
 */
export function countdownText(ms: number): string {
	if (ms > 0) return clock(Math.ceil(ms / 1000));
	const over = Math.floor(-ms / 1000);
	return over === 0 ? '0:00' : `+${clock(over)} over`;
}

/**
 * The whole minutes a screen reader hears, changing once a minute rather than every second: the minutes
 * begun ("5 minutes left" from 5:00 down to 4:01, "1 minute left" in the last), then "Time is up" for
 * the first minute over, "1 minute over", "2 minutes over".
 */
export function spokenMinutes(ms: number): string {
	if (ms > 0) {
		const left = Math.ceil(Math.ceil(ms / 1000) / 60);
		return left === 1 ? '1 minute left' : `${left} minutes left`;
	}
	const over = Math.floor(-ms / 60_000);
	if (over === 0) return 'Time is up';
	return over === 1 ? '1 minute over' : `${over} minutes over`;
}
