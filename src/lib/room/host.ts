/**
 * The console's actions on its room: each carries the facilitator's secret and the next action number, so
 * the server can refuse a replayed request (see HostAction in protocol.ts).
 */
import { roomJson, roomPath } from './api';
import { nextSeq, type Store } from './keep';
import type { HostAction } from './protocol';

/** A host action without its number: the number is added here, as the request is sent. */
export type HostRequest = HostAction extends infer A ? (A extends unknown ? Omit<A, 'seq'> : never) : never;

export interface HostReply {
	version: number;
	/** The 6-digit code a projector types to pair (after a 'pair' action). */
	pair?: string;
}

export function hostAction(
	code: string,
	secret: string,
	store: Store,
	action: HostRequest
): Promise<HostReply> {
	return roomJson<HostReply>(roomPath(code, '/host'), {
		body: { seq: nextSeq(store, code), ...action },
		bearer: secret
	});
}
