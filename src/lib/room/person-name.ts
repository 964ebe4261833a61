/**
 * A name (or a group's) as the room keeps it: at most MAX_PERSON_NAME characters, counted as the server
 * counts them (protocol.ts: trimmed, then its length). The join form refuses one too long with this
 * sentence, rather than cut it: a field's maxlength cuts what is typed or pasted without a word.
 */
import { MAX_PERSON_NAME } from './protocol';

/** The sentence for a field too long to send ("Your name"), or null when it fits. */
export function tooLong(what: string, typed: string, max = MAX_PERSON_NAME): string | null {
	const n = typed.trim().length;
	if (n <= max) return null;
	return `${what} has ${n} characters; the room keeps at most ${max}. Shorten it by ${n - max}.`;
}
