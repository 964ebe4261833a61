/**
 * What the console says of the projector's pairing code, from the room's view and this console's clock.
 * The view's `pending` is read when the room last changed: a code that ran out while the room stood still
 * still reads pending there, so the console's own clock (`ranOut`) overrules it.
 */
import type { RoomView } from './protocol';

/**
 * How long a display's pairing code stays good: the server's expiry, and the console's, which says the
 * code ran out when no view would. Here, not in protocol.ts, so the console does not load the schemas.
 */
export const PAIR_MINUTES = 10;

/** The host view's word on pairing: a type only, so the schemas stay out of the console. */
type PairDisplay = NonNullable<RoomView['display']>;

/**
 * `seen`: the view has shown this code pending since it was made (a view read before the code was stored
 * says nothing of it). Undefined: show the code to type.
 */
export function pairDisplay(
	display: PairDisplay | undefined,
	seen: boolean,
	ranOut: boolean
): PairDisplay | undefined {
	if (ranOut) return { pending: false, paired: display?.paired ?? false };
	return seen ? display : undefined;
}
