/**
 * A group's slider and the room: a move is sent once the slider rests (~300 ms), one request at a time so
 * the room stores the moves in the order they were made, and the page says "Sent" only once the server has
 * acknowledged the very value on screen. A refusal keeps the value and offers to send it again.
 *
 * Every phone holding the group's link moves the same value: another phone's move, arriving on the stream,
 * replaces this one's only while this phone has nothing of its own unsent. The stream brings the values in
 * the order the room stored them, this phone's own among them (its echo), and may bring the echo before or
 * after the acknowledgement: values that come before the echo are older than this phone's and are passed
 * over, values after it are newer and taken. Should the echo be lost (a reconnection that sends only the
 * latest view), the latest value the stream brought is taken after ECHO_WAIT.
 *
 * Pure: the request and the clock are passed in, so the order of events can be tested without a browser.
 */

export type SendStatus = 'idle' | 'changed' | 'sending' | 'sent' | 'error';

export interface SenderState {
	value: number;
	status: SendStatus;
	/** The server's sentence, or the connection's, when the send failed. */
	error: string;
	/** The value on screen came from another phone of the group. */
	fromOther: boolean;
}

export interface SenderOptions {
	initial: number;
	/** Stores the value; resolves once the server acknowledged it. */
	post: (value: number) => Promise<unknown>;
	onchange: (state: SenderState) => void;
	schedule?: (run: () => void, ms: number) => unknown;
	cancel?: (handle: unknown) => void;
}

/** How long the slider must rest before its value is sent, in ms. */
export const SEND_DELAY = 300;
/** How long, after an acknowledged send, values from before its echo are passed over at most, in ms. */
export const ECHO_WAIT = 3000;

export class GroupSender {
	private s: SenderState;
	private sendTimer: unknown = null;
	private echoTimer: unknown = null;
	private posting = false;
	/** A move made while a send was under way: sent when it returns. */
	private again = false;
	/** The stream's values seen while a send was under way, in order. */
	private seen: number[] = [];
	/** This phone's acknowledged value whose echo the stream has not brought yet. */
	private echo: number | null = null;
	/** The latest value the stream brought. */
	private room: number | null = null;
	private readonly o: Required<SenderOptions>;

	constructor(options: SenderOptions) {
		this.o = {
			schedule: (run, ms) => setTimeout(run, ms),
			cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
			...options
		};
		this.s = { value: options.initial, status: 'idle', error: '', fromOther: false };
	}

	get state(): SenderState {
		return this.s;
	}

	/** The person moved the slider. */
	move(value: number): void {
		if (value === this.s.value && this.s.status !== 'error') return;
		this.set({ value, status: 'changed', error: '', fromOther: false });
		this.stop();
		this.sendTimer = this.o.schedule(() => {
			this.sendTimer = null;
			this.send();
		}, SEND_DELAY);
	}

	/** Send the value on screen now (the retry after a refusal). */
	flush(): void {
		if (this.s.status !== 'changed' && this.s.status !== 'error') return;
		this.stop();
		this.send();
	}

	/** The group's value as the room's stream has it. */
	fromRoom(value: number | null): void {
		if (value === null) return;
		this.room = value;
		if (this.posting) {
			this.seen.push(value);
			return;
		}
		if (!this.settled()) return;
		if (this.echo !== null) {
			if (value === this.echo) this.clearEcho();
			return;
		}
		this.adopt(value);
	}

	/** Stops a waiting send (the page is closing, or a newer move replaces it). */
	stop(): void {
		if (this.sendTimer !== null) this.o.cancel(this.sendTimer);
		this.sendTimer = null;
	}

	private settled(): boolean {
		return this.s.status === 'idle' || this.s.status === 'sent';
	}

	private adopt(value: number): void {
		if (value !== this.s.value) this.set({ value, status: 'idle', error: '', fromOther: true });
	}

	private clearEcho(): void {
		this.echo = null;
		if (this.echoTimer !== null) this.o.cancel(this.echoTimer);
		this.echoTimer = null;
	}

	private send(): void {
		if (this.posting) {
			this.again = true;
			return;
		}
		const value = this.s.value;
		this.posting = true;
		this.seen = [];
		this.clearEcho();
		this.set({ ...this.s, status: 'sending', error: '' });
		this.o.post(value).then(
			() => {
				const at = this.seen.lastIndexOf(value);
				const newer = at >= 0 ? this.seen.slice(at + 1) : [];
				if (at < 0) this.awaitEcho(value);
				this.done();
				if (this.s.value !== value || this.s.status !== 'sending') return;
				this.set({ ...this.s, status: 'sent' });
				// Another phone moved after this one was stored: its value is the group's now.
				if (newer.length) this.adopt(newer[newer.length - 1]);
			},
			(e: unknown) => {
				this.done();
				if (this.s.value === value && this.s.status === 'sending')
					this.set({
						...this.s,
						status: 'error',
						error: e instanceof Error && e.message ? e.message : 'Your value did not reach the room.'
					});
			}
		);
	}

	private awaitEcho(value: number): void {
		this.echo = value;
		this.echoTimer = this.o.schedule(() => {
			this.echoTimer = null;
			this.echo = null;
			if (this.settled() && !this.posting && this.room !== null) this.adopt(this.room);
		}, ECHO_WAIT);
	}

	private done(): void {
		this.posting = false;
		this.seen = [];
		if (this.again) {
			this.again = false;
			// The newer value waits for its own rest unless its timer already fired.
			if (this.sendTimer === null && this.s.status === 'changed') this.send();
		}
	}

	private set(s: SenderState): void {
		this.s = s;
		this.o.onchange(s);
	}
}
