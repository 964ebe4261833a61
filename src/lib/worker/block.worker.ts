/** One worker of the big-run pool (block-pool.ts); what it does is block-answer.ts. */
import { blockAnswerer } from './block-answer';
import { transferables, type BlockMessage } from './block-protocol';
import { loadModel } from './load-model';

const answer = blockAnswerer(loadModel, (r) =>
	self.postMessage(r, { transfer: r.ok ? transferables(r.answer) : [] })
);

self.onmessage = (event: MessageEvent<BlockMessage>) => answer(event.data);
