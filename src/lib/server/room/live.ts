/**
 * Live updates: one LISTEN connection per instance hears every committed change (store.ts NOTIFYs the room's
 * code), and each room with streams open on this instance is read once and sent to all of them. Reads are
 * coalesced to at most one per room every COALESCE_MS, so a burst of a thousand answers costs a few reads,
 * not a thousand; the participant part is serialised once per read, and a phone is sent only what changed
 * for it (a count ticking up is no change to a phone, which never sees counts before a reveal). A group's
 * page is sent its own group's view, and only when that changed. Each room view is stamped with the
 * server's clock (`now`) as it is sent, not as it was built: a new stream may be sent a view read minutes ago.
 */
import pg from 'pg';
import type { GroupPageView, RoomView } from '$lib/room/protocol';
import { CHANNEL, type RoomState, type RoomStore } from './store';
import { groupPageView, meByDevice, roomView } from './views';

export const COALESCE_MS = 100;
export const HEARTBEAT_MS = 15_000;

export type Watcher =
	| { role: 'host' | 'display'; send: (chunk: string) => void; close: () => void }
	| { role: 'participant'; device: string; send: (chunk: string) => void; close: () => void }
	| { role: 'group'; token: string; send: (chunk: string) => void; close: () => void };

interface Sent {
	version?: number;
	base?: string;
	me?: string;
	/** A group's page: its view as last sent, but for the version. */
	group?: string;
}

/** A room's or a group's view as JSON without `now`, which `stamp` adds as it is sent. */
function unstamped(view: RoomView | GroupPageView): string {
	const copy: Partial<RoomView | GroupPageView> = { ...view };
	delete copy.now;
	return JSON.stringify(copy);
}
const stamp = (json: string, extra = '') =>
	`${json.slice(0, -1)}${extra},"now":"${new Date().toISOString()}"}`;

/** One read of a room, with what its streams are sent made once each and only when first needed. */
class Frame {
	readonly version: number;
	private views = new Map<'host' | 'display', string>();
	private mine?: Map<string, string>;
	private groups = new Map<string, { json: string; key: string } | null>();

	constructor(readonly state: RoomState) {
		this.version = Number(state.room.version);
	}

	view(role: 'host' | 'display'): string {
		let json = this.views.get(role);
		if (json === undefined) {
			json = unstamped(roomView(this.state, role));
			this.views.set(role, json);
		}
		return json;
	}

	/** A group's page by its token; null once the group is gone (the console made new groups). */
	group(token: string): { json: string; key: string } | null {
		let page = this.groups.get(token);
		if (page === undefined) {
			const g = this.state.groups.find((x) => x.token === token);
			const view = g ? groupPageView(this.state, g) : null;
			page = view && { json: unstamped(view), key: unstamped({ ...view, version: 0 }) };
			this.groups.set(token, page);
		}
		return page;
	}

	me(device: string): string {
		if (!this.mine) {
			this.mine = new Map();
			for (const [d, m] of meByDevice(this.state)) this.mine.set(d, JSON.stringify(m));
		}
		return this.mine.get(device) ?? 'null';
	}
}

interface Room {
	watchers: Map<Watcher, Sent>;
	timer?: ReturnType<typeof setTimeout>;
	reading: boolean;
	dirty: boolean;
	last: number;
	/** The participant part last sent (without `me`), with its version, so an unchanged one keeps its id. */
	base?: { key: string; json: string; version: number };
	/** The latest read, which a new stream starts from (a room's phones reconnecting at once cost no reads). */
	frame?: Frame;
}

const event = (id: number, json: string, name = 'room') => `id: ${id}\nevent: ${name}\ndata: ${json}\n\n`;

export class LiveHub {
	private rooms = new Map<string, Room>();
	private listener?: pg.Client;
	private heartbeat?: ReturnType<typeof setInterval>;
	private stopped = false;

	constructor(
		private store: RoomStore,
		private connectionString: string
	) {}

	/** Starts listening; resolves once LISTEN is in place. */
	async start(): Promise<void> {
		this.heartbeat ??= setInterval(() => this.beat(), HEARTBEAT_MS);
		this.heartbeat.unref?.();
		await this.listen();
	}

	private async listen(): Promise<void> {
		const client = new pg.Client({ connectionString: this.connectionString });
		client.on('notification', (n) => {
			if (n.channel === CHANNEL && n.payload) this.changed(n.payload);
		});
		client.on('error', () => {
			// The connection dropped (the database restarted): listen again and bring every stream up to date,
			// as changes made meanwhile were not heard.
			client.end().catch(() => {});
			if (this.listener === client) this.listener = undefined;
			if (!this.stopped) setTimeout(() => this.relisten(), 500).unref?.();
		});
		await client.connect();
		await client.query(`LISTEN ${CHANNEL}`);
		this.listener = client;
	}

	private async relisten(): Promise<void> {
		try {
			await this.listen();
			for (const code of this.rooms.keys()) this.changed(code);
		} catch {
			if (!this.stopped) setTimeout(() => this.relisten(), 1000).unref?.();
		}
	}

	async stop(): Promise<void> {
		this.stopped = true;
		clearInterval(this.heartbeat);
		for (const room of this.rooms.values()) clearTimeout(room.timer);
		await this.listener?.end().catch(() => {});
	}

	/** Ends every stream (the server is shutting down: clients reconnect, to another instance if there is one). */
	closeAll(): void {
		for (const room of this.rooms.values()) {
			clearTimeout(room.timer);
			for (const w of [...room.watchers.keys()]) w.close();
		}
		this.rooms.clear();
	}

	/** Adds a stream and sends it the room as it is now; returns the function that removes it. */
	watch(code: string, watcher: Watcher, state: RoomState): () => void {
		let room = this.rooms.get(code);
		if (!room) {
			room = { watchers: new Map(), reading: false, dirty: false, last: 0 };
			this.rooms.set(code, room);
		}
		room.watchers.set(watcher, {});
		const frame = new Frame(state);
		if (!room.frame || frame.version > room.frame.version) room.frame = frame;
		this.sendTo(room, watcher, room.frame);
		// The caller read `state` before this stream was registered: a change committed in between would
		// otherwise reach it only with the next one.
		this.changed(code);
		return () => {
			const r = this.rooms.get(code);
			if (!r) return;
			r.watchers.delete(watcher);
			if (r.watchers.size === 0) {
				clearTimeout(r.timer);
				this.rooms.delete(code);
			}
		};
	}

	/** The room as this instance last read it, while it has streams here; a new stream starts from it. */
	latest(code: string): RoomState | undefined {
		return this.rooms.get(code)?.frame?.state;
	}

	/** How many streams are open on this instance (for tests and the bench). */
	get watching(): number {
		let n = 0;
		for (const r of this.rooms.values()) n += r.watchers.size;
		return n;
	}

	/** A room changed: read it again soon, at most once per COALESCE_MS. */
	changed(code: string): void {
		const room = this.rooms.get(code);
		if (!room) return;
		if (room.reading) {
			room.dirty = true;
			return;
		}
		if (room.timer) return;
		const wait = Math.max(0, room.last + COALESCE_MS - Date.now());
		room.timer = setTimeout(() => void this.read(code, room), wait);
	}

	private async read(code: string, room: Room): Promise<void> {
		room.timer = undefined;
		room.reading = true;
		room.dirty = false;
		room.last = Date.now();
		let state: RoomState | null | undefined;
		try {
			state = await this.store.state(code);
		} catch {
			// The store is unreachable for now: try again after the usual pause.
			room.dirty = true;
		}
		room.reading = false;
		if (state === null) {
			for (const w of room.watchers.keys()) {
				w.send(event(0, '{}', 'deleted'));
				w.close();
			}
			this.rooms.delete(code);
			return;
		}
		if (state) {
			const frame = new Frame(state);
			if (!room.frame || frame.version >= room.frame.version) room.frame = frame;
			for (const w of room.watchers.keys()) this.sendTo(room, w, frame);
		}
		if (room.dirty && this.rooms.get(code) === room) this.changed(code);
	}

	private participantBase(room: Room, frame: Frame) {
		if (room.base?.version === frame.version) return room.base;
		// An older snapshot (a stream's first, read before the latest) never replaces a newer base.
		if (room.base && room.base.version > frame.version) return room.base;
		const view = roomView(frame.state, 'participant');
		const key = unstamped({ ...view, version: 0 });
		// Unchanged for phones (only counts moved): keep the earlier version, so no phone is sent it again.
		if (room.base && room.base.key === key) return room.base;
		room.base = { key, json: unstamped(view), version: view.version };
		return room.base;
	}

	private sendTo(room: Room, w: Watcher, frame: Frame): void {
		const sent = room.watchers.get(w);
		if (!sent || frame.version < (sent.version ?? 0)) return;
		if (w.role === 'group') {
			const page = frame.group(w.token);
			if (!page) {
				// Its group was replaced: the link opens nothing now, as a deleted room's does not.
				w.send(event(frame.version, '{}', 'deleted'));
				w.close();
				return;
			}
			if (sent.group === page.key) return;
			sent.version = frame.version;
			sent.group = page.key;
			w.send(event(frame.version, stamp(page.json)));
			return;
		}
		if (w.role !== 'participant') {
			if (frame.version === sent.version) return;
			sent.version = frame.version;
			w.send(event(frame.version, stamp(frame.view(w.role))));
			return;
		}
		const base = this.participantBase(room, frame);
		const mine = frame.me(w.device);
		if (sent.base === base.json && sent.me === mine) return;
		sent.version = frame.version;
		sent.base = base.json;
		sent.me = mine;
		w.send(event(frame.version, stamp(base.json, `,"me":${mine}`)));
	}

	private beat(): void {
		for (const room of this.rooms.values()) for (const w of room.watchers.keys()) w.send(': keep-alive\n\n');
	}
}
