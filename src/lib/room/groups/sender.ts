/**
 * A group's slider and the room: a move is sent once the slider rests (~300 ms), one request at a time so
 * the room stores the moves in the order they were made, and the page says "Sent" only once the server has
 * acknowledged the very value on screen. A refusal keeps the value and offers to send it again. Every phone
 * holding the group's link moves the same value: another phone's move, arriving on the stream, replaces this
 * one's only while this phone has nothing of its own unsent.
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
	/** Stores the value; resolves once the server acknowledged it, with the room's version when it says. */
	post: (value: number) => Promise<{ version?: number } | void>;
	onchange: (state: SenderState) => void;
	/** How long the slider must rest before its value is sent, in ms. */
	delay?: number;
	schedule?: (run: () => void, ms: number) => unknown;
	cancel?: (handle: unknown) => void;
}

export const SEND_DELAY = 300;

export class GroupSender {
	private s: SenderState;
	private timer: unknown = null;
	private posting = false;
	/** A move made while a send was under way: sent when it returns. */
	private again = false;
	/** The room's version at this phone's latest acknowledged send: older views are not this phone's news. */
	private ackedVersion = -1;
	private readonly o: Required<SenderOptions>;

	constructor(options: SenderOptions) {
		this.o = {
			delay: SEND_DELAY,
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
		this.stopTimer();
		this.timer = this.o.schedule(() => {
			this.timer = null;
			this.send();
		}, this.o.delay);
	}

	/** Send the value on screen now (the retry after a refusal, or the slider's change event). */
	flush(): void {
		if (this.s.status !== 'changed' && this.s.status !== 'error') return;
		this.stopTimer();
		this.send();
	}

	/** The group's value as the room's stream has it, with the view's version. */
	fromRoom(value: number | null, version: number): void {
		if (value === null || version < this.ackedVersion) return;
		// This phone's own move not yet stored wins over the room's older value.
		if (this.s.status === 'changed' || this.s.status === 'sending' || this.s.status === 'error') return;
		if (value === this.s.value) return;
		this.set({ value, status: 'idle', error: '', fromOther: true });
	}

	/** Stops a waiting send (the page is closing). */
	stop(): void {
		this.stopTimer();
	}

	private send(): void {
		if (this.posting) {
			this.again = true;
			return;
		}
		const value = this.s.value;
		this.posting = true;
		this.set({ ...this.s, status: 'sending', error: '' });
		this.o.post(value).then(
			(reply) => {
				if (reply && typeof reply.version === 'number')
					this.ackedVersion = Math.max(this.ackedVersion, reply.version);
				this.done();
				if (this.s.value === value && this.s.status === 'sending') this.set({ ...this.s, status: 'sent' });
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

	private done(): void {
		this.posting = false;
		if (this.again) {
			this.again = false;
			// The newer value waits for its own rest unless its timer already fired.
			if (this.timer === null && this.s.status === 'changed') this.send();
		}
	}

	private stopTimer(): void {
		if (this.timer !== null) this.o.cancel(this.timer);
		this.timer = null;
	}

	private set(s: SenderState): void {
		this.s = s;
		this.o.onchange(s);
	}
}
