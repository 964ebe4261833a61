/**
 * The client's side of the worker's unasked message (warm-up.ts): the pace it tells goes to onpace, and it
 * neither ends the request in flight nor sends the queued one early.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cainiaoOwnership } from '$lib/decisions/cainiao-ownership/model';
import { evaluator, verdict } from '$lib/engine/analysis';
import { compileModel, withDefaults } from '$lib/engine/model';
import { Simulator } from '$lib/engine/report';
import { pack } from './packed-report';
import type { UncertaintyRequest, WorkerMessage, WorkerReply } from './protocol';
import { UncertaintyClient } from './uncertainty-client';

class FakeWorker {
	static last: FakeWorker;
	onmessage: ((e: { data: WorkerReply }) => void) | null = null;
	onerror: unknown = null;
	sent: WorkerMessage[] = [];
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(m: WorkerMessage) {
		this.sent.push(m);
	}
	terminate() {}
	reply(data: WorkerReply) {
		this.onmessage!({ data });
	}
}

const cm = compileModel(cainiaoOwnership);
const values = withDefaults(cainiaoOwnership, {});
const v = verdict(cm, evaluator(cm)(values));
const ask = (seed: number): UncertaintyRequest => ({
	modelId: cainiaoOwnership.id,
	values,
	best: v.best,
	runnerUp: v.runnerUp,
	settings: { samples: 500, seed }
});

afterEach(() => vi.unstubAllGlobals());

describe('UncertaintyClient and the worker’s warm-up', () => {
	it('hands the warm pace on, and keeps the request in flight and the one queued as they were', () => {
		vi.stubGlobal('Worker', FakeWorker);
		const onresult = vi.fn();
		const onpace = vi.fn();
		const client = new UncertaintyClient({ onresult, onpace, onerror: vi.fn(), fallback: vi.fn() });
		const worker = FakeWorker.last;
		client.request(ask(1));
		client.request(ask(2));
		expect(worker.sent.map((m) => m.settings.seed)).toEqual([1]);

		worker.reply({ warmed: true, ms: 20, samples: 10000 });
		expect(onpace).toHaveBeenCalledWith(0.002, 10000);
		// Still waiting for the first request's answer: the second is not sent, nothing is shown.
		expect(worker.sent).toHaveLength(1);
		expect(client.busy).toBe(true);
		expect(onresult).not.toHaveBeenCalled();

		const report = new Simulator(cm).run(values, v, ask(1).settings);
		worker.reply({ seq: worker.sent[0].seq, ok: true, report: pack(report).packed, ms: 3 });
		expect(onresult).toHaveBeenCalledTimes(1);
		expect(onresult.mock.calls[0][1].settings.seed).toBe(1);
		expect(worker.sent.map((m) => m.settings.seed)).toEqual([1, 2]);
		client.destroy();
	});
});
