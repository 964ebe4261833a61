/**
 * A worker thread of the big-run bench (big-runs.ts): the pool's own answerer (block-answer.ts), as
 * block.worker.ts runs it in a browser, with the model compiled here instead of loaded as the app's
 * build made it.
 */
import { parentPort } from 'node:worker_threads';
import { compileModel } from '../../src/lib/engine/model';
import { blockAnswerer } from '../../src/lib/worker/block-answer';
import { transferables, type BlockMessage } from '../../src/lib/worker/block-protocol';
import { benchModels } from './big-runs-models';

const answer = blockAnswerer(
	async (id) => {
		const def = benchModels.find((m) => m.id === id);
		if (!def) throw new Error(`No decision called '${id}' in the bench.`);
		return compileModel(def);
	},
	(r) => parentPort!.postMessage(r, r.ok ? transferables(r.answer) : [])
);

parentPort!.on('message', (m: BlockMessage) => answer(m));
