/**
 * A scenario's report as it stands. The server renders only the bounded part (the deterministic answer,
 * one model run per option), whatever the link asks for; the page renders the same on hydration, then
 * asks a worker for the Monte Carlo and adds the sweeps (tornado, break-evens, profile), computed on the
 * main thread while the worker simulates; both arrive a moment later into slots of fixed size. Until
 * then, and while newer ones are computed, the last sweeps and simulation stay on the page, marked as not
 * settled. The decision page and presenter mode share it.
 *
 * A key press whose simulation this device runs within HOLD_MS paints once: the quick answer, the sweeps
 * and the simulation together, when the last of them is ready (or HOLD_MS after the press at the latest),
 * so the page is laid out and painted once per press, not twice. Where the simulation takes longer (a big
 * run, a slow phone: told from the worker's pace), the quick answer paints at once and the sweeps and the
 * simulation follow together in one more render. The sweeps run in a task of their own after the press,
 * or at once when the simulation comes first. A simulation that takes a few milliseconds here runs in the
 * press's own task instead, with the sweeps, and the press is painted in the frame that follows it
 * (page-simulation.ts); the same holds on a live room's projector, which shows a LiveReport too. Once
 * settled, the page computes while idle the sweeps a press on the slider last moved or focused would need
 * (sweeps-ahead.ts), so that such a press skips them.
 */
import { untrack } from 'svelte';
import type { Report, Reporter, Sweeps, UncertaintyReport } from '$lib/engine/report';
import type { ParamValues } from '$lib/engine/types';
import { plainRequest, requestKey, type UncertaintyRequest } from '$lib/worker/protocol';
import { SIMULATION_MARK, UncertaintyClient } from '$lib/worker/uncertainty-client';
import { simulateHere, workerSimulator } from '$lib/worker/simulate-here';
import { PAGE_MARK, PageSimulation } from './page-simulation';
import { bigRunCost, costText, poolSize } from '$lib/worker/big-run-cost';
import type { Scenario } from './url';
import { sourcedAnswer } from './sourced';
import { SweepsAhead } from './sweeps-ahead';
import { whenIdle } from './when-idle';

/**
 * How long computed sweeps wait for the simulation under way, to be painted with it in one render; past
 * this (a big run takes seconds), they are painted alone.
 */
const SWEEPS_WAIT_MS = 100;

/**
 * How long a key press's quick answer may wait for its sweeps and simulation, to be painted with them in one
 * render: about three frames. A press whose simulation is expected to take longer paints its answer at once.
 */
const HOLD_MS = 50;

/** The sweeps depend on the values alone (the verdict's pair follows from them). */
const valuesKey = (v: ParamValues): string =>
	JSON.stringify(
		Object.keys(v)
			.sort()
			.map((k) => [k, v[k]])
	);

/** Runs `fn` in a task of its own, soon: after the render under way, without setTimeout's clamping. */
function nextTask(fn: () => void): () => void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => fn();
	channel.port2.postMessage(null);
	return () => channel.port1.close();
}

export class LiveReport {
	/** The answer at the scenario's values: without sweeps until the page runs in a browser. */
	readonly answer: Report;
	readonly wanted: UncertaintyRequest;
	/** requestKey(wanted), computed once per change. */
	readonly wantedKey: string;
	simulated: { key: string; report: UncertaintyReport } | null;
	/** The sweeps shown, and the key of the values they were computed at. */
	private swept: { key: string; part: Sweeps } | null = $state.raw(null);
	private readonly quick: Report;
	/**
	 * The quick answer on the page once it runs in a browser, with its requestKey and valuesKey: the current
	 * one, or, for a moment after a key press, the last one shown while the new one's sweeps and simulation
	 * are computed (HOLD_MS).
	 */
	private shown: { answer: Report; wanted: string; values: string } | null = $state.raw(null);
	private readonly valuesKey: string;
	error = $state<string | null>(null);
	/** How far a big run has come, while one runs (“412,500 of 1,000,000 futures”). */
	progress = $state<{ done: number; total: number } | null>(null);
	/** Milliseconds per future in the worker's last ordinary run here: what a big run's cost is told from. */
	private pace = $state<number | null>(null);
	/** True when the page shows the sweeps and the simulation of the current values and settings. */
	readonly settled: boolean;
	/**
	 * True when the sweeps and the simulation on the page are of the quick answer on the page, current or
	 * held: what the verdict's chance and the simulation's status read, so that a held press changes
	 * nothing on the page until its answer comes whole.
	 */
	readonly complete: boolean;
	readonly report: Report;
	/** Set once the page runs in a browser: the server and hydration render without sweeps, alike. */
	private live = $state(false);
	/** The answer at the sourced values, which a changed scenario's verdict is read beside. */
	readonly sourced: Report;
	/**
	 * The chance that the sourced verdict's best option stays ahead, with the scenario's samples, seed and
	 * beliefs, when this page has simulated the sourced values already (it opened at them, or went back to
	 * them); null otherwise. Only ever at hand, never asked of the worker for its own sake.
	 */
	readonly sourcedChance: number | null;
	private atSources: { key: string; p: number } | null = $state.raw(null);

	constructor(
		private readonly reporter: Reporter,
		scenario: () => Scenario
	) {
		// The quick answer (one run per option) is all the worker's request needs: asked from it, the
		// simulation starts before the sweeps, and the worker runs it while this thread sweeps and renders.
		const quick = $derived(reporter.quick({ ...scenario().values }));
		this.quick = $derived(quick);
		this.valuesKey = $derived(valuesKey(quick.values));
		const onPage = $derived(this.live && this.shown ? this.shown.answer : quick);
		// The sweeps of earlier values stay until this one's are computed (settled says which).
		this.answer = $derived(this.swept ? { ...onPage, ...this.swept.part } : onPage);
		this.wanted = $derived({
			modelId: reporter.cm.def.id,
			values: quick.values,
			best: quick.verdict.best,
			runnerUp: quick.verdict.runnerUp,
			settings: {
				samples: scenario().samples,
				seed: scenario().seed,
				// A room's link (format 2) runs the room's belief in place of the sourced distributions.
				...(scenario().beliefs ? { beliefs: scenario().beliefs } : {})
			}
		});
		this.wantedKey = $derived(requestKey(this.wanted));
		// Raw: a simulation is replaced whole, never changed in place, so its arrays need no deep proxy.
		this.simulated = $state.raw<{ key: string; report: UncertaintyReport } | null>(null);
		this.sourced = sourcedAnswer(reporter);
		const sourcedKey = $derived(requestKey(this.at(this.sourced, this.wanted)));
		this.sourcedChance = $derived(this.atSources?.key === sourcedKey ? this.atSources.p : null);
		this.keepSourced = (q, r) => {
			const key = requestKey(q);
			if (key === sourcedKey && r.best === q.best && r.runnerUp === q.runnerUp)
				this.atSources = { key, p: r.ahead.p };
		};
		this.settled = $derived(
			this.live && this.simulated?.key === this.wantedKey && this.swept?.key === this.valuesKey
		);
		this.complete = $derived(
			this.live &&
				this.shown !== null &&
				this.simulated?.key === this.shown.wanted &&
				this.swept?.key === this.shown.values
		);
		this.report = $derived({ ...this.answer, uncertainty: this.simulated?.report ?? null });
	}

	/** Keeps the chance of a simulation of the sourced values, when one arrives. */
	private readonly keepSourced: (q: UncertaintyRequest, r: UncertaintyReport) => void;

	/**
	 * Tells that a key press on this parameter's slider may come (it has the focus): its sweeps one step
	 * up and down are computed while the page is idle (sweeps-ahead.ts). Does nothing before connect().
	 */
	anticipate(paramId: string): void {
		this.expect?.(paramId);
	}
	private expect: ((paramId: string) => void) | null = null;

	/** The request that simulates the answer `a` with the settings of `like`. */
	private at(a: Report, like: UncertaintyRequest): UncertaintyRequest {
		return { ...like, values: a.values, best: a.verdict.best, runnerUp: a.verdict.runnerUp };
	}

	/** What simulating `samples` futures would cost here, in words, for the page to say before it starts. */
	costOf(samples: number): string {
		const { def } = this.reporter.cm;
		const columns = def.options.length * (def.periods.count + 1) + 1;
		const workers = poolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency);
		return costText(bigRunCost(samples, workers, this.pace, columns));
	}

	/**
	 * Starts the sweeps and the worker, and keeps the worker asked for the current scenario; call while a
	 * component initialises. `prepare` is called with each set of sweeps as soon as they are computed, for
	 * work the page would otherwise do in the render that shows them (the flip chart: Reporter.flip keeps
	 * its last), done while the worker still simulates. `page` simulates a quick press on this thread
	 * (page-simulation.ts; a test gives its own); `idle` runs the sweeps made ahead (sweeps-ahead.ts).
	 */
	connect(
		prepare?: (part: Sweeps, values: ParamValues) => void,
		page = new PageSimulation(this.reporter.cm.def.id, () => workerSimulator(this.reporter.cm.def.id)),
		idle = whenIdle
	): void {
		let client: UncertaintyClient | null = null;
		/** The key of the last request made, of the worker or of this thread (page-simulation.ts). */
		let asked: string | null = null;
		/**
		 * Requests are numbered as they are made: an answer older than the simulation shown is not shown.
		 * The worker answers in order, but a press this thread simulated may come between its answers.
		 */
		let made = 0;
		/** Each request's number, by the request itself, which the worker's client hands back with its answer. */
		const madeAt = new WeakMap<UncertaintyRequest, number>();
		let shownAt = 0;
		/** Sweeps computed and waiting for the simulation under way, to be shown with it. */
		let ready: { key: string; part: Sweeps } | null = null;
		let waiting: ReturnType<typeof setTimeout> | undefined;
		const { reporter } = this;
		const ahead = new SweepsAhead(
			reporter.cm.def,
			(v) => reporter.sweeps(reporter.quick(v)),
			valuesKey,
			idle
		);
		/** The slider a press is expected on next (the last moved or focused), and its last direction. */
		let expected: { id: string; down: boolean } | null = null;
		/**
		 * Whether a person is at this page's sliders (one has had the focus): only then are sweeps made
		 * ahead. A projector, moved from elsewhere by any amount, makes none.
		 */
		let engaged = false;
		/** The values of the last request: what tells which slider a press moved, and which way. */
		let before: ParamValues | null = null;
		/** Once the page is settled, the sweeps a press on the expected slider would need, made ahead. */
		const lookAhead = () => {
			if (engaged && expected && untrack(() => this.settled))
				ahead.anticipate(
					untrack(() => this.quick.values),
					expected.id,
					expected.down
				);
		};
		const expect = (id: string) => {
			engaged = true;
			if (expected?.id === id) return;
			expected = { id, down: false };
			lookAhead();
		};
		/** Notes which slider new values moved (where one did), and drops the sweeps made ahead still waiting. */
		const moved = (values: ParamValues) => {
			const changed = before && Object.keys(values).filter((k) => values[k] !== before![k]);
			if (changed?.length === 1)
				expected = { id: changed[0], down: values[changed[0]] < before![changed[0]] };
			before = values;
			ahead.stop();
		};

		const current = () => untrack(() => ({ values: this.valuesKey, wanted: this.wantedKey }));
		/** The current values' sweeps, computed now unless they are shown or ready already. */
		const sweepNow = () => {
			const key = current().values;
			if (untrack(() => this.swept?.key) === key || ready?.key === key) return;
			const quick = untrack(() => this.quick);
			const part = ahead.get(key) ?? this.reporter.sweeps(quick);
			ahead.keep(key, part);
			ready = { key, part };
			// Untracked: a sweep may run inside the effect below, which must not follow what prepare reads.
			untrack(() => prepare?.(part, quick.values));
		};
		let holding: ReturnType<typeof setTimeout> | undefined;
		/** Puts the current quick answer on the page (at once, or when a held press's wait ends). */
		const showQuick = () => {
			clearTimeout(holding);
			holding = undefined;
			untrack(() => {
				this.shown = { answer: this.quick, wanted: this.wantedKey, values: this.valuesKey };
			});
		};
		const show = () => {
			clearTimeout(waiting);
			showQuick();
			if (ready) this.swept = ready;
			ready = null;
			lookAhead();
		};
		/** Whether a key press's simulation is expected within HOLD_MS here, from the worker's last pace. */
		const quickToSimulate = () =>
			untrack(() => this.pace !== null && this.pace * this.wanted.settings.samples <= HOLD_MS);
		/** A simulation of the current request is on its way: sweeps would render twice if shown first. */
		const simulating = () => {
			const { wanted } = current();
			return asked === wanted && untrack(() => this.simulated?.key) !== wanted && client?.busy === true;
		};

		/**
		 * Milliseconds per future of the worker's last run, whatever its count: what tells whether a run
		 * would fit in a key press's task here (`pace` keeps 10,000 futures and more, for a big run's cost).
		 */
		let workerPace: number | null = null;
		/**
		 * Simulates the current request in this task, with its sweeps, and shows them with the quick answer,
		 * where that takes a few milliseconds here; false where the worker is to be asked.
		 */
		const simulateOnPage = (key: string, q: UncertaintyRequest): boolean => {
			if (!page.fits(q, workerPace)) return false;
			const done = page.run(q);
			if (!done) return false;
			performance.mark(SIMULATION_MARK, { detail: done.ms });
			performance.mark(PAGE_MARK);
			// What the worker holds for older requests is not wanted now (a big run under way stops).
			client?.answered();
			sweepNow();
			shownAt = made;
			this.simulated = { key, report: done.report };
			this.keepSourced(q, done.report);
			this.error = null;
			show();
			return true;
		};

		$effect(() => {
			const c = new UncertaintyClient({
				onresult: (r, q, ms) => {
					const key = requestKey(q);
					if (ms !== undefined) {
						workerPace = ms / q.settings.samples;
						if (q.settings.samples >= 10000) this.pace = workerPace;
					}
					// Readied for key presses only: a page that is only read runs nothing more here.
					if (made > 1) page.prepare(q, workerPace);
					// Older than the simulation shown, which this thread made since it was asked.
					const at = madeAt.get(q) ?? 0;
					if (at < shownAt) return;
					shownAt = at;
					// The simulation of the current values came first: their sweeps are computed now, and
					// both are shown in one render.
					if (key === current().wanted) sweepNow();
					// The same request's simulation is shown already (made here): its charts stay as they are.
					if (untrack(() => this.simulated?.key) !== key) this.simulated = { key, report: r };
					this.keepSourced(q, r);
					this.error = null;
					show();
				},
				onerror: (message) => {
					this.error = message;
					show();
				},
				onpace: (pace, samples) => {
					if (samples >= 10000) this.pace = pace;
				},
				onprogress: (p) => (this.progress = p),
				fallback: simulateHere(this.reporter)
			});
			client = c;
			this.expect = expect;
			showQuick();
			// After the client exists, so that the request below finds it.
			this.live = true;
			return () => {
				c.destroy();
				page.stop();
				ahead.stop();
				this.expect = null;
				client = null;
				clearTimeout(waiting);
				clearTimeout(holding);
			};
		});
		// Before the page updates (.pre), so the worker has the request while this thread renders the answer.
		$effect.pre(() => {
			const key = this.wantedKey;
			// Before a press simulated here shows its sweeps (and settles the page, which makes sweeps ahead).
			const values = untrack(() => this.quick.values);
			if (values !== before) moved(values);
			// Asked again also when the page shows this key's simulation but another was asked since (a big
			// run stopped, back to the count before it; a press undone before its run came back): a newer
			// request cancels that one, whose result would otherwise replace the one wanted.
			if (
				this.live &&
				client &&
				(key !== untrack(() => this.simulated?.key) || (asked !== null && asked !== key))
			) {
				asked = key;
				const q = plainRequest(this.wanted);
				madeAt.set(q, ++made);
				if (key === untrack(() => this.simulated?.key) || !simulateOnPage(key, q)) client.request(q);
			}
			// A new quick answer waits for its sweeps and simulation only where they are expected soon, and
			// never past HOLD_MS after the press that first held it (a key held down keeps the one wait).
			if (!this.live || untrack(() => this.shown?.answer) === untrack(() => this.quick)) return;
			if (!quickToSimulate()) showQuick();
			else holding ??= setTimeout(showQuick, HOLD_MS);
		});
		// After the quick answer's render, in a task of its own: the sweeps of the values now shown. A held
		// answer rendered nothing, so its sweeps start at once, while the worker simulates.
		$effect(() => {
			const key = this.valuesKey;
			if (!this.live || untrack(() => this.swept?.key) === key) return;
			const sweep = () => {
				sweepNow();
				clearTimeout(waiting);
				if (simulating()) waiting = setTimeout(show, SWEEPS_WAIT_MS);
				else show();
			};
			if (holding === undefined) return nextTask(sweep);
			sweep();
		});
	}
}
