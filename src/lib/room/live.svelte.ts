/**
 * The room's latest view as Svelte state, kept live by RoomStream. A phone that slept or lost its network
 * connects again as soon as it wakes or comes back online, so it shows the question open now.
 */
import { RoomStream, type StreamStatus } from './stream';

export class LiveRoom<V> {
	view = $state.raw<V | null>(null);
	status = $state.raw<StreamStatus>({ state: 'connecting' });
	private readonly stream: RoomStream<V>;

	constructor(url: string, headers?: () => Record<string, string>) {
		this.stream = new RoomStream<V>({
			url,
			headers,
			onview: (v) => (this.view = v),
			onstatus: (s) => (this.status = s)
		});
	}

	/** Starts the stream and its wake-ups; returns what stops them (for an $effect's cleanup). */
	connect(): () => void {
		const wake = () => {
			if (document.visibilityState === 'visible') this.stream.wake();
		};
		const online = () => this.stream.wake();
		document.addEventListener('visibilitychange', wake);
		window.addEventListener('online', online);
		void this.stream.start();
		return () => {
			document.removeEventListener('visibilitychange', wake);
			window.removeEventListener('online', online);
			this.stream.stop();
		};
	}
}
