import type { Reroute } from '@sveltejs/kit';

/**
 * No segment of this app's paths is longer than LONGEST characters (a group's token, the longest, is 43).
 * Routes are resolved on the server (svelte.config.js), and a page then carries its route's parameters in
 * its script: a longer segment is cut to KEPT characters and marked “…” before any route sees it, so that
 * a hostile link's 15,000-character name is never sent back whole, and its page quotes it short.
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

export const reroute: Reroute = ({ url }) => {
	const parts = url.pathname.split('/');
	if (parts.every((p) => p.length <= LONGEST)) return;
	return parts
		.map((p) =>
			p.length <= LONGEST ? p : encodeURIComponent(Array.from(decoded(p)).slice(0, KEPT).join('') + '…')
		)
		.join('/');
};
