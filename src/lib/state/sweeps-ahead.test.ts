import { describe, expect, it, vi } from 'vitest';
import { cainiaoOwnership as model } from '$lib/decisions/cainiao-ownership/model';
import { compileModel, withDefaults } from '$lib/engine/model';
import { Reporter, type Sweeps } from '$lib/engine/report';
import type { ParamValues } from '$lib/engine/types';
import { snapToStep } from './link-values';
import { KEPT, SweepsAhead } from './sweeps-ahead';

const reporter = new Reporter(compileModel(model));
const values = withDefaults(model, {});
const keyOf = (v: ParamValues) => JSON.stringify(v);
const valuation = model.params.find((p) => p.id === 'valuation')!;

/** A SweepsAhead whose idle tasks wait in a queue until the test runs them, one at a time. */
function ahead() {
	const queue: (() => void)[] = [];
	const compute = vi.fn((v: ParamValues): Sweeps => reporter.sweeps(reporter.quick(v)));
	const a = new SweepsAhead(model, compute, keyOf, (fn) => {
		queue.push(fn);
		return () => queue.splice(queue.indexOf(fn) >>> 0, 1);
	});
	return { a, compute, queue, next: () => queue.shift()?.() };
}
const at = (x: number) => ({ ...values, valuation: x });
// Where the slider's keys take it: a step up or down, on the parameter's grid.
const up = snapToStep(valuation, values.valuation + valuation.step);
const down = snapToStep(valuation, values.valuation - valuation.step);

describe('sweeps made ahead of a key press', () => {
	it('computes one step up, then one step down, one per idle task, as a press would', () => {
		const { a, compute, queue, next } = ahead();
		a.anticipate(values, 'valuation');
		expect(compute).not.toHaveBeenCalled();
		next();
		expect(compute).toHaveBeenCalledTimes(1);
		expect(compute.mock.calls[0][0]).toEqual(at(up));
		next();
		expect(compute.mock.calls[1][0]).toEqual(at(down));
		expect(queue).toHaveLength(0);
		const made = a.get(keyOf(at(up)));
		// The very sweeps the press would compute itself.
		expect(made).toEqual(reporter.sweeps(reporter.quick(at(up))));
		expect(made).toBe(compute.mock.results[0].value);
	});

	it('goes the way the slider last moved first, and not past its range', () => {
		const { a, compute, next } = ahead();
		a.anticipate(values, 'valuation', true);
		next();
		expect(compute.mock.calls[0][0]).toEqual(at(down));
		const top = ahead();
		top.a.anticipate(at(valuation.max), 'valuation');
		top.next();
		top.next();
		expect(top.compute.mock.calls.map((c) => c[0].valuation)).toEqual([
			snapToStep(valuation, valuation.max - valuation.step)
		]);
	});

	it('computes nothing it keeps, and drops what waits when asked again or stopped', () => {
		const { a, compute, queue, next } = ahead();
		a.keep(keyOf(at(up)), reporter.sweeps(reporter.quick(values)));
		a.anticipate(values, 'valuation');
		next();
		expect(compute.mock.calls.map((c) => c[0].valuation)).toEqual([down]);
		a.anticipate(values, 'stake');
		a.stop();
		expect(queue).toHaveLength(0);
		a.anticipate(values, 'no-such-parameter');
		expect(queue).toHaveLength(0);
	});

	it('waits for an idle period as long as the last set of sweeps took', () => {
		const queue: ((deadline?: IdleDeadline) => void)[] = [];
		let t = 0;
		const compute = vi.fn((v: ParamValues): Sweeps => {
			t += 10;
			return reporter.sweeps(reporter.quick(v));
		});
		const idle = (fn: (deadline?: IdleDeadline) => void) => (queue.push(fn), () => {});
		const a = new SweepsAhead(model, compute, keyOf, idle, () => t);
		const left = (ms: number) => ({ didTimeout: false, timeRemaining: () => ms }) as IdleDeadline;
		a.anticipate(values, 'valuation');
		// Nothing measured yet: it runs.
		queue.shift()!(left(1));
		expect(compute).toHaveBeenCalledTimes(1);
		// That took 10 ms: 5 ms left is too little, and it waits for the next idle period.
		queue.shift()!(left(5));
		expect(compute).toHaveBeenCalledTimes(1);
		expect(queue).toHaveLength(1);
		queue.shift()!(left(12));
		expect(compute).toHaveBeenCalledTimes(2);
	});

	it(`keeps the ${KEPT} sweeps last used or made`, () => {
		const { a } = ahead();
		const part = reporter.sweeps(reporter.quick(values));
		for (let k = 0; k <= KEPT; k++) a.keep(`k${k}`, part);
		expect(a.get('k0')).toBeUndefined();
		expect(a.get('k1')).toBe(part);
		// k1 was used last: k2 goes first now.
		a.keep('k5', part);
		expect(a.get('k2')).toBeUndefined();
		expect(a.get('k1')).toBe(part);
	});
});
