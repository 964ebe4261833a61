/**
 * LiveReport's scheduling, with a stand-in for the worker: a key press sends the worker its request at
 * once, paints the quick answer, and adds the sweeps and the simulation together in one more update,
 * whichever comes first; sweeps are computed once per values, and shown alone only when no simulation is
 * on its way or it takes too long.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import { compileModel } from '$lib/engine/model';
import { Reporter, type UncertaintyReport } from '$lib/engine/report';
import type { UncertaintyClientOptions } from '$lib/worker/uncertainty-client';
import type { UncertaintyRequest } from '$lib/worker/protocol';
import { Simulator } from '$lib/engine/simulator';
import { LiveReport } from './live-report.svelte';
import { PAGE_MARK, PageSimulation } from './page-simulation';
import { snapToStep, type Scenario } from './url';

/** The stand-in worker: it keeps the requests, and the test answers them when it chooses. */
interface FakeClient {
	options: UncertaintyClientOptions;
	requests: UncertaintyRequest[];
	busy: boolean;
	/** Times the page said it answered the latest request itself. */
	answeredHere: number;
}
const clients = vi.hoisted(() => [] as FakeClient[]);
vi.mock('$lib/worker/uncertainty-client', () => ({
	SIMULATION_MARK: 'scenario-lab:simulation',
	UncertaintyClient: class {
		requests: UncertaintyRequest[] = [];
		busy = false;
		constructor(readonly options: UncertaintyClientOptions) {
			clients.push(this);
		}
		request(q: UncertaintyRequest) {
			this.requests.push(q);
			this.busy = true;
		}
		answered() {
			this.answeredHere++;
		}
		answeredHere = 0;
		destroy() {}
	}
}));

const reporter = new Reporter(compileModel(model));
const simulate = (q: UncertaintyRequest): UncertaintyReport => reporter.uncertainty(q.values, q, q.settings);

let scenario = $state<Scenario>({ values: {}, samples: 500, seed: 3 });
let live: LiveReport;
let stop: () => void;
/** What the page would draw after each update: which sweeps and which simulation it shows. */
let drawn: { tornado: unknown; uncertainty: unknown; settled: boolean }[];
let sweeps: ReturnType<typeof vi.spyOn>;
/** What connect's `prepare` was handed, in order. */
let prepared: { part: unknown; values: unknown }[];
/** The tasks waiting for the page to be idle (the sweeps made ahead), which the test runs when it chooses. */
let idles: (() => void)[];

const client = () => clients[clients.length - 1];
/** The worker answers its latest request, saying it took `ms`. */
function answer(ms = 5) {
	const c = client();
	const q = c.requests[c.requests.length - 1];
	c.busy = false;
	c.options.onresult(simulate(q), q, ms);
	flushSync();
}
/** Lets the task the sweeps run in (a MessageChannel message) go by. */
const nextTask = () => new Promise((r) => setTimeout(r, 20));

/** Makes the page's LiveReport, connected, with `onPage` for the simulation on the page's own thread. */
function mount(onPage: PageSimulation) {
	stop = $effect.root(() => {
		live = new LiveReport(reporter, () => scenario);
		live.connect(
			(part, values) => prepared.push({ part, values }),
			onPage,
			(fn) => {
				idles.push(fn);
				return () => idles.splice(idles.indexOf(fn) >>> 0, 1);
			}
		);
		$effect(() => {
			drawn.push({
				tornado: live.report.tornado,
				uncertainty: live.report.uncertainty,
				settled: live.settled
			});
		});
	});
	flushSync();
}

beforeEach(() => {
	clients.length = 0;
	scenario = { values: {}, samples: 500, seed: 3 };
	sweeps = vi.spyOn(reporter, 'sweeps');
	drawn = [];
	prepared = [];
	idles = [];
	// The worker's path: no simulator loads on the page, so every request goes to the worker. The tests of
	// presses simulated on the page mount one that does.
	mount(new PageSimulation(model.id, async () => null));
});
afterEach(() => {
	stop();
	sweeps.mockRestore();
});

/** Opens the page and lets its first sweeps and simulation arrive, the worker taking `ms`. */
async function opened(ms = 5) {
	expect(client().requests).toHaveLength(1);
	await nextTask();
	answer(ms);
	expect(live.settled).toBe(true);
	drawn.length = 0;
	sweeps.mockClear();
}

describe('LiveReport', () => {
	it('asks the worker at once and sweeps in a later task, then shows both in one update', async () => {
		expect(client().requests).toHaveLength(1);
		expect(sweeps).not.toHaveBeenCalled();
		await nextTask();
		// Swept while the worker runs, and held back for its simulation.
		expect(sweeps).toHaveBeenCalledTimes(1);
		expect(live.report.tornado).toBeNull();
		answer();
		expect(live.settled).toBe(true);
		expect(live.report.tornado).not.toBeNull();
		expect(live.report.uncertainty).not.toBeNull();
		// Nothing drew the sweeps without the simulation, or the reverse.
		expect(drawn.filter((d) => (d.tornado === null) !== (d.uncertainty === null))).toEqual([]);
	});

	it('on a key press whose simulation comes first, sweeps at once and paints both together', async () => {
		await opened();
		const old = { tornado: live.report.tornado, uncertainty: live.report.uncertainty };
		scenario = { ...scenario, values: { rate: 0.11 } };
		flushSync();
		// The request left before anything else was computed; the quick answer shows, the rest stays.
		expect(client().requests).toHaveLength(2);
		expect(client().requests[1].values.rate).toBe(0.11);
		expect(sweeps).not.toHaveBeenCalled();
		expect(drawn.at(-1)).toEqual({ ...old, settled: false });
		answer();
		expect(sweeps).toHaveBeenCalledTimes(1);
		expect(live.settled).toBe(true);
		const changed = drawn.filter((d) => d.tornado !== old.tornado || d.uncertainty !== old.uncertainty);
		// One update changed both.
		expect(changed).toHaveLength(1);
		expect(changed[0].tornado).not.toBe(old.tornado);
		expect(changed[0].uncertainty).not.toBe(old.uncertainty);
		// The task scheduled for the sweeps finds them done.
		await nextTask();
		expect(sweeps).toHaveBeenCalledTimes(1);
	});

	it('on a key press whose sweeps come first, holds them for the simulation under way', async () => {
		await opened();
		const old = live.report.tornado;
		scenario = { ...scenario, values: { rate: 0.12 } };
		flushSync();
		await nextTask();
		expect(sweeps).toHaveBeenCalledTimes(1);
		expect(live.report.tornado).toBe(old);
		answer();
		expect(live.report.tornado).not.toBe(old);
		expect(live.settled).toBe(true);
		expect(sweeps).toHaveBeenCalledTimes(1);
	});

	it('shows sweeps alone when the simulation takes too long, and when none is on its way', async () => {
		await opened();
		scenario = { ...scenario, values: { rate: 0.12 } };
		flushSync();
		const old = live.report.tornado;
		await vi.waitFor(() => expect(live.report.tornado).not.toBe(old), { timeout: 2000 });
		expect(live.settled).toBe(false);
		answer();
		expect(live.settled).toBe(true);

		// No simulation on its way (the worker failed, say): the sweeps show as soon as they are computed.
		scenario = { ...scenario, values: { rate: 0.13 } };
		flushSync();
		client().busy = false;
		const shown = live.report.tornado;
		await nextTask();
		expect(live.report.tornado).not.toBe(shown);
		expect(sweeps).toHaveBeenCalledTimes(2);
	});

	it('asks again for the values it shows when the request made since is undone (a big run stopped)', async () => {
		await opened();
		scenario = { ...scenario, values: { rate: 0.11 } };
		flushSync();
		expect(client().requests).toHaveLength(2);
		// Back to the values whose simulation the page shows, before the other's result came.
		scenario = { ...scenario, values: {} };
		flushSync();
		expect(client().requests).toHaveLength(3);
		expect(client().requests[2].values).toEqual(client().requests[0].values);
		// The undone request's result still comes (a big run's would, uncancelled); the one asked again last.
		const c = client();
		c.options.onresult(simulate(c.requests[1]), c.requests[1], 5);
		flushSync();
		answer();
		expect(live.settled).toBe(true);
		expect(live.report.uncertainty).toEqual(simulate(c.requests[0]));
	});

	it('sweeps each set of values once, however often the page updates, and not again when they come back', async () => {
		await opened();
		for (const rate of [0.11, 0.12, 0.11]) {
			scenario = { ...scenario, values: { rate } };
			flushSync();
			await nextTask();
			answer();
		}
		expect(sweeps).toHaveBeenCalledTimes(2);
		expect(live.settled).toBe(true);
	});

	it('sweeps ahead, while idle, a step either way of the slider focused, which a press there then shows', async () => {
		await opened();
		const rate = model.params.find((p) => p.id === 'rate')!;
		live.anticipate('rate');
		expect(sweeps).not.toHaveBeenCalled();
		while (idles.length) idles.shift()!();
		expect(sweeps).toHaveBeenCalledTimes(2);
		sweeps.mockClear();
		const pressed = snapToStep(rate, rate.default + rate.step);
		scenario = { ...scenario, values: { rate: pressed } };
		flushSync();
		await nextTask();
		answer();
		expect(live.settled).toBe(true);
		expect(sweeps).not.toHaveBeenCalled();
		expect(live.report.tornado).toEqual(reporter.sweeps(reporter.quick({ rate: pressed })).tornado);
		// Settled at the new values, it sweeps the next step up and the one down it has not kept.
		sweeps.mockClear();
		while (idles.length) idles.shift()!();
		expect(sweeps).toHaveBeenCalledTimes(1);
		expect(sweeps.mock.calls[0][0].values.rate).toBe(snapToStep(rate, pressed + rate.step));
	});

	it('sweeps nothing ahead where no slider here has had the focus (a projector moved from elsewhere)', async () => {
		await opened();
		for (const rate of [0.11, 0.12]) {
			scenario = { ...scenario, values: { rate } };
			flushSync();
			await nextTask();
			answer();
			expect(live.settled).toBe(true);
		}
		expect(idles).toHaveLength(0);
		live.anticipate('stake');
		expect(idles).toHaveLength(1);
	});

	it('sweeps nothing ahead until the page is settled, and drops it when a press comes first', async () => {
		live.anticipate('rate');
		expect(idles).toHaveLength(0);
		await opened();
		// Settled: the slider focused meanwhile is swept ahead, one step at a time.
		expect(idles).toHaveLength(1);
		live.anticipate('stake');
		expect(idles).toHaveLength(1);
		scenario = { ...scenario, values: { rate: 0.12 } };
		flushSync();
		expect(idles).toHaveLength(0);
		await nextTask();
		expect(idles).toHaveLength(0);
		expect(sweeps).toHaveBeenCalledTimes(1);
		expect(sweeps.mock.calls[0][0].values.rate).toBe(0.12);
	});

	it('hands each set of sweeps to prepare as it is computed, before the render that shows them', async () => {
		await opened();
		prepared.length = 0;
		scenario = { ...scenario, values: { rate: 0.12 } };
		flushSync();
		await nextTask();
		// Computed while the worker simulates: prepared already, not shown yet.
		expect(prepared).toHaveLength(1);
		expect(prepared[0].part).toBe(sweeps.mock.results[0].value);
		expect(prepared[0].values).toEqual(live.wanted.values);
		expect(live.settled).toBe(false);
		answer();
		expect(live.report.tornado).toBe((prepared[0].part as { tornado: unknown }).tornado);
		expect(prepared).toHaveLength(1);
	});

	describe('where the worker is quick (its pace at 10,000 futures)', () => {
		/** The page opened at 10,000 futures, the worker taking `ms` for them. */
		async function opened(ms: number) {
			scenario = { ...scenario, samples: 10000 };
			flushSync();
			await nextTask();
			answer(ms);
			expect(live.settled).toBe(true);
			drawn.length = 0;
			sweeps.mockClear();
		}

		it('holds a key press’s answer and paints it with its sweeps and simulation, in one update', async () => {
			// 5 ms for 10,000 futures: a press's simulation is expected well within the hold.
			await opened(5);
			const old = live.report;
			scenario = { ...scenario, values: { rate: 0.11 } };
			flushSync();
			expect(client().requests.at(-1)!.values.rate).toBe(0.11);
			// Swept at once, while the worker runs; nothing on the page changed yet.
			expect(sweeps).toHaveBeenCalledTimes(1);
			expect(live.report).toBe(old);
			expect(live.settled).toBe(false);
			expect(live.complete).toBe(true);
			answer(5);
			expect(live.report.values.rate).toBe(0.11);
			expect(live.settled && live.complete).toBe(true);
			const changed = drawn.filter((d) => d.tornado !== old.tornado || d.uncertainty !== old.uncertainty);
			expect(changed).toHaveLength(1);
			expect(changed[0].tornado).not.toBe(old.tornado);
			expect(changed[0].uncertainty).not.toBe(old.uncertainty);
		});

		it('shows a held answer at the hold’s end when its simulation has not come, and the rest with it later', async () => {
			await opened(5);
			scenario = { ...scenario, values: { rate: 0.12 } };
			flushSync();
			expect(live.report.values.rate).not.toBe(0.12);
			await vi.waitFor(() => expect(live.report.values.rate).toBe(0.12), { timeout: 1000 });
			// The answer came alone: its chance is not known until the simulation comes.
			expect(live.complete).toBe(false);
			answer(5);
			expect(live.settled && live.complete).toBe(true);
		});

		it('holds a press after a slow first run once the worker’s warm-up says it is quick', async () => {
			// A first run is slow (its kernel not yet compiled to fast code): the pace it gives is wrong.
			await opened(2000);
			client().options.onpace!(5 / 10000, 10000);
			// A warm run of fewer futures does not say how long 10,000 take.
			client().options.onpace!(1, 1000);
			const old = live.report;
			scenario = { ...scenario, values: { rate: 0.11 } };
			flushSync();
			expect(live.report).toBe(old);
			answer(5);
			expect(live.report.values.rate).toBe(0.11);
		});

		it('paints the answer at once where the worker is slow (a phone, a big run)', async () => {
			// 2 s for 10,000 futures: far past the hold.
			await opened(2000);
			scenario = { ...scenario, values: { rate: 0.11 } };
			flushSync();
			expect(live.report.values.rate).toBe(0.11);
			expect(live.complete).toBe(false);
		});
	});
	describe('where the page simulates a quick press itself (page-simulation.ts)', () => {
		/** Idle tasks queued by the page's simulation, run by `idle()`. */
		let queue: (() => void | Promise<void>)[];
		const idle = async () => {
			while (queue.length) await queue.shift()!();
		};

		/**
		 * The page remounted with a simulator of its own on the real model, whose runs take `runMs` by its
		 * clock, opened at 10,000 futures with the worker taking `workerMs` for them, and idle since.
		 */
		async function openedWithPage(runMs: number, workerMs = 5) {
			stop();
			clients.length = 0;
			queue = [];
			let t = 0;
			let reading = 0;
			scenario = { values: {}, samples: 10000, seed: 3 };
			mount(
				new PageSimulation(
					model.id,
					async () => new Simulator(reporter.cm),
					(fn) => {
						queue.push(fn);
						return () => {};
					},
					() => (t += reading++ % 2 ? runMs : 0)
				)
			);
			await nextTask();
			answer(workerMs);
			// Nothing readied for a page only read: the first key press goes to the worker, and readies it.
			expect(queue).toHaveLength(0);
			scenario = { ...scenario, values: { rate: 0.105 } };
			flushSync();
			expect(client().requests).toHaveLength(2);
			answer(workerMs);
			await idle();
			drawn.length = 0;
			sweeps.mockClear();
		}

		it('simulates a key press in its own update, with its sweeps, and asks the worker nothing', async () => {
			await openedWithPage(2);
			const old = live.report;
			const marks = performance.getEntriesByName(PAGE_MARK).length;
			scenario = { ...scenario, values: { rate: 0.11 } };
			flushSync();
			expect(client().requests).toHaveLength(2);
			expect(client().answeredHere).toBe(1);
			expect(performance.getEntriesByName(PAGE_MARK)).toHaveLength(marks + 1);
			expect(live.settled && live.complete).toBe(true);
			expect(live.report.values.rate).toBe(0.11);
			// The worker's numbers for the same request: the page runs the worker's simulator.
			expect(live.report.uncertainty).toEqual(simulate(live.wanted));
			// One update showed the answer, its sweeps and its simulation, and nothing showed a part alone.
			const changed = drawn.filter((d) => d.tornado !== old.tornado || d.uncertainty !== old.uncertainty);
			expect(changed).toHaveLength(1);
			expect(changed[0]).toMatchObject({ settled: true });
			expect(changed[0].tornado).not.toBe(old.tornado);
			expect(sweeps).toHaveBeenCalledTimes(1);
		});

		it('sweeps ahead the slider a press simulated here moved, the way it moved', async () => {
			await openedWithPage(2);
			// A person is at the sliders; what the focus asked for is not what is tested here.
			live.anticipate('rate');
			idles.length = 0;
			const stake = model.params.find((p) => p.id === 'stake')!;
			const pressed = snapToStep(stake, stake.default - stake.step);
			scenario = { ...scenario, values: { rate: 0.105, stake: pressed } };
			flushSync();
			expect(client().answeredHere).toBe(1);
			expect(live.settled).toBe(true);
			sweeps.mockClear();
			while (idles.length) idles.shift()!();
			// One step further down; one step up is where it came from, whose sweeps are kept.
			expect(sweeps).toHaveBeenCalledTimes(1);
			expect(sweeps.mock.calls[0][0].values).toEqual({
				...live.report.values,
				stake: snapToStep(stake, pressed - stake.step)
			});
		});

		it('never shows an older request’s answer over a newer simulation made here', async () => {
			await openedWithPage(2);
			// A: another seed, not drawn here yet, goes to the worker; B: simulated here; C: the worker again.
			scenario = { ...scenario, values: { rate: 0.11 }, seed: 4 };
			flushSync();
			const a = client().requests.at(-1)!;
			scenario = { ...scenario, values: { rate: 0.12 }, seed: 3 };
			flushSync();
			expect(live.settled).toBe(true);
			const b = live.report.uncertainty;
			scenario = { ...scenario, values: { rate: 0.13 }, seed: 5 };
			flushSync();
			const c = client().requests.at(-1)!;
			expect(c.settings.seed).toBe(5);
			// A's answer comes after B was shown: not shown.
			client().options.onresult(simulate(a), a, 5);
			flushSync();
			expect(live.report.uncertainty).toBe(b);
			client().options.onresult(simulate(c), c, 5);
			flushSync();
			expect(live.settled).toBe(true);
			expect(live.report.uncertainty).toEqual(simulate(c));
		});

		it('leaves a press to the worker once a run here took longer than PAGE_MS', async () => {
			await openedWithPage(8);
			// The worker's pace says the first press fits: simulated here, in 8 ms by this thread's clock.
			scenario = { ...scenario, values: { rate: 0.11 } };
			flushSync();
			expect(client().requests).toHaveLength(2);
			expect(live.settled).toBe(true);
			// Too slow here: the next press goes to the worker.
			scenario = { ...scenario, values: { rate: 0.12 } };
			flushSync();
			expect(client().requests).toHaveLength(3);
			expect(live.settled).toBe(false);
			answer(5);
			expect(live.settled).toBe(true);
		});
	});
});
