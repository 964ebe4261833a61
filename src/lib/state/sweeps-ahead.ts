/**
 * The sweeps (tornado, break-evens, profile: a few hundred model runs) of the last values shown, and of
 * the values a key press is likely to ask next, computed while the page is idle: the slider last moved or
 * focused, one step up and one step down. A press that finds its values here skips the sweeps in its own
 * task, which is the part of a press the page's thread spends most on besides rendering. The sweeps
 * depend on the values alone, so those computed ahead are the ones the press would compute; a press
 * elsewhere computes its own, as before. Only ever a few are kept (KEPT).
 */
import type { Sweeps } from '$lib/engine/report';
import type { ModelDef, ParamValues } from '$lib/engine/types';
import { snapToStep } from './link-values';
import { whenIdle } from './when-idle';

/** Sweeps kept: the values shown, the two next to them, and one set shown before. */
export const KEPT = 4;

/**
 * The most idle time a set of sweeps waits for: an idle period lasts 50 ms at most, and sweeps that take
 * longer (a slow phone) run in one that is close to whole.
 */
const LONGEST_WAIT_MS = 40;

export class SweepsAhead {
	/** By values key, oldest first. */
	private readonly kept = new Map<string, Sweeps>();
	/** Cancels the idle task waiting, if one is. */
	private cancel: (() => void) | null = null;
	/** How long the last set of sweeps took here, in ms: the idle time the next one waits for. */
	private cost = 0;

	constructor(
		private readonly def: ModelDef,
		/** The sweeps at these (whole) values: what a press would compute. */
		private readonly compute: (values: ParamValues) => Sweeps,
		/** The key the page knows values by (live-report's valuesKey). */
		private readonly keyOf: (values: ParamValues) => string,
		private readonly idle: (fn: (deadline?: IdleDeadline) => void) => () => void = whenIdle,
		private readonly now: () => number = () => performance.now()
	) {}

	/** The sweeps at these values, computed ahead or before, if they are kept. */
	get(key: string): Sweeps | undefined {
		const part = this.kept.get(key);
		if (part) this.keep(key, part);
		return part;
	}

	/** Keeps sweeps the page computed itself, the newest kept. */
	keep(key: string, part: Sweeps): void {
		this.kept.delete(key);
		this.kept.set(key, part);
		while (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
	}

	/**
	 * Computes, one per idle task, the sweeps at `values` with `paramId` one step up and one step down,
	 * the direction last moved first; what was waiting from an earlier call is dropped.
	 */
	anticipate(values: ParamValues, paramId: string, down = false): void {
		this.stop();
		const p = this.def.params.find((x) => x.id === paramId);
		if (!p || !(p.step > 0)) return;
		const next = (down ? [-1, 1] : [1, -1])
			.map((d) => snapToStep(p, values[p.id] + d * p.step))
			.filter((x) => x !== values[p.id])
			.map((x) => ({ ...values, [p.id]: x }))
			.filter((v) => !this.kept.has(this.keyOf(v)));
		const step = (deadline?: IdleDeadline) => {
			// Too little idle time left for a set of sweeps: a key press could come and wait for it.
			if (
				deadline &&
				!deadline.didTimeout &&
				deadline.timeRemaining() < Math.min(this.cost, LONGEST_WAIT_MS)
			) {
				this.cancel = this.idle(step);
				return;
			}
			this.cancel = null;
			const v = next.shift();
			if (!v) return;
			const start = this.now();
			this.keep(this.keyOf(v), this.compute(v));
			this.cost = this.now() - start;
			if (next.length) this.cancel = this.idle(step);
		};
		if (next.length) this.cancel = this.idle(step);
	}

	/** Drops the work waiting (a press came, or the page is gone). */
	stop(): void {
		this.cancel?.();
		this.cancel = null;
	}
}
