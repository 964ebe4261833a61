/**
 * Runs the Monte Carlo part of a decision's report off the main thread, so dragging a slider never
 * waits for it (simulation-handler.ts).
 */
import type { WorkerMessage } from './protocol';
import { simulationHandler } from './simulation-handler';

const handle = simulationHandler({ post: (reply, transfer) => self.postMessage(reply, { transfer }) });

self.onmessage = (event: MessageEvent<WorkerMessage>) => void handle(event.data);
