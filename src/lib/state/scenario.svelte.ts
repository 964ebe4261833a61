/**
 * The scenario a page shows, as runes: read once from the link the page was opened with, changed by the
 * person, and written back to the address bar. The decision page and presenter mode share it, so a
 * scenario means the same thing, and is written the same way, in both.
 */
import { pushState, replaceState } from '$app/navigation';
import type { CompiledModel } from '$lib/engine/model';
import type { ModelDef } from '$lib/engine/types';
import { decodeScenario, encodeScenario, type Notice, type Scenario } from './url';

import { ADDRESS_DELAY_MS } from './scenario-timing';

export class ScenarioState {
	readonly def: ModelDef;
	/** What the opening link asked for that could not be used as given. */
	readonly notices: Notice[];
	/** True when the link the page was opened with locked anything: those locks are the room's to keep. */
	readonly openedLocked: boolean;
	scenario: Scenario;
	/** Only the values a person changed from their sources. */
	readonly changed = $derived.by(() => ({ ...this.scenario.values }));
	readonly locked = $derived.by(() => this.scenario.locked ?? []);
	/** The scenario as the address bar shows it: '?v=1&…', or '' when all is at its defaults. */
	readonly search = $derived.by(() => {
		const query = this.query();
		return query ? `?${query}` : '';
	});
	/** Writes the address now instead of when its timer runs out; null when nothing waits. */
	private pending: (() => void) | null = null;

	/**
	 * `home` is the path of this view's page (/decisions/<id>), or, ending in '/', the start of its pages'
	 * paths (/decisions/<id>/present/): the view writes and follows only those addresses, never another
	 * page's that is on its way in.
	 */
	constructor(
		private readonly cm: CompiledModel,
		search: URLSearchParams | string,
		private readonly home: string
	) {
		this.def = cm.def;
		const opened = decodeScenario(cm.def, search);
		// Raw: every change replaces the scenario whole (the methods below), so it needs no deep proxy.
		this.scenario = $state.raw(opened.scenario);
		this.notices = opened.notices;
		this.openedLocked = (opened.scenario.locked ?? []).length > 0;
	}

	/** The query string of the scenario (without '?'); `versioned` for a link to send. */
	query(options: { versioned?: boolean } = {}): string {
		return encodeScenario(this.def, this.scenario, options);
	}

	/** Sets one assumption; a locked one stays as it is, and its default is left out of the link. */
	set(id: string, value: number): void {
		if (this.locked.includes(id)) return;
		const p = this.cm.params.get(id);
		if (!p) return;
		const next = { ...this.scenario.values };
		if (value === p.default) delete next[id];
		else next[id] = value;
		this.scenario = { ...this.scenario, values: next };
	}

	/** Back to the sources, except what a facilitator locked. */
	resetAll(): void {
		const kept = Object.entries(this.scenario.values).filter(([id]) => this.locked.includes(id));
		this.scenario = { ...this.scenario, values: Object.fromEntries(kept) };
	}

	rename(name: string): void {
		this.scenario = { ...this.scenario, name: name || undefined };
	}

	setSamples(samples: number): void {
		this.scenario = { ...this.scenario, samples };
	}

	/** Locks or unlocks one assumption for the room; the link keeps locks in the model's order. */
	setLocked(id: string, on: boolean): void {
		if (!this.cm.params.has(id)) return;
		const locked = this.def.params.map((p) => p.id).filter((p) => (p === id ? on : this.locked.includes(p)));
		this.scenario = { ...this.scenario, locked: locked.length > 0 ? locked : undefined };
	}

	/**
	 * Keeps the address bar on the scenario; call while a component initialises. It writes a moment after
	 * the last change and only when the address differs, so a drag or a run of key presses is one history
	 * entry and no browser's limit on history calls (Safari: 100 in 30 s) is reached. A change of
	 * substance is a new entry that Back returns from; a new name, or tidying the link the page was opened
	 * with, replaces the entry.
	 */
	syncAddress(): void {
		$effect(() => {
			const query = this.query();
			const now = this.substance(this.scenario);
			const write = () => {
				this.pending = null;
				const search = query ? `?${query}` : '';
				if (search === window.location.search || !this.isHome()) return;
				const there = this.substance(decodeScenario(this.def, window.location.search).scenario);
				const url = `${window.location.pathname}${search}${window.location.hash}`;
				if (now === there) replaceState(url, {});
				else pushState(url, {});
			};
			this.pending = write;
			const timer = setTimeout(write, ADDRESS_DELAY_MS);
			return () => {
				clearTimeout(timer);
				if (this.pending === write) this.pending = null;
			};
		});
	}

	/**
	 * Writes a change still waiting for its timer, before the page moves on (presenter mode's next step):
	 * otherwise the change would land on the step left behind only, or on none.
	 */
	flushAddress(): void {
		this.pending?.();
	}

	/**
	 * Back and Forward changed the address under the page, so the page follows the address. Reads
	 * window.location: on a shallow history entry SvelteKit's page.url is not the address being shown.
	 */
	followAddress(): void {
		if (!this.isHome()) return;
		const there = decodeScenario(this.def, window.location.search).scenario;
		if (encodeScenario(this.def, there) !== this.query()) this.scenario = there;
	}

	private isHome(): boolean {
		const path = window.location.pathname;
		return this.home.endsWith('/') ? path.startsWith(this.home) : path === this.home;
	}

	/** A scenario without its name: what makes a step worth going back to. */
	private substance(s: Scenario): string {
		return encodeScenario(this.def, { ...s, name: undefined });
	}
}
