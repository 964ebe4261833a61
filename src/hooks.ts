import type { Reroute } from '@sveltejs/kit';

/**
 * No segment of this app's paths is longer than LONGEST characters as written (a group's token, the
 * longest, is 43). Routes are resolved on the server (svelte.config.js), and a page then carries its route's
 * parameters in its script: a longer segment whose text is longer than KEPT characters is cut to KEPT and
 * marked “…” before any route sees it, so that a hostile link's 15,000-character name is never sent back
 * whole, and its page quotes it short. (Eight Chinese characters are 72 as written, and left whole.)
 */
const LONGEST = 64;
const KEPT = 40;

const decoded = (s: string): string => {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
};

/** A segment longer than KEPT characters, cut to KEPT and marked; a shorter one, as it was. */
function cut(segment: string): string {
	const chars = Array.from(decoded(segment));
	return chars.length <= KEPT ? segment : encodeURIComponent(chars.slice(0, KEPT).join('') + '…');
}

/**
 * The server's alone: with routes resolved on the server, SvelteKit's client never calls `reroute` (it asks
 * the server, which calls it), so the browser's copy is empty and its code stays out of every page
 * (0.16 kB). Routes resolved in the browser would call it there: hooks.test.ts holds svelte.config.js to
 * server resolution.
 */
export const reroute: Reroute = ({ url }) => {
	if (!import.meta.env.SSR) return;
	const parts = url.pathname.split('/');
	if (parts.every((p) => p.length <= LONGEST)) return;
	const path = parts.map((p) => (p.length <= LONGEST ? p : cut(p))).join('/');
	return path === url.pathname ? undefined : path;
};
