/**
 * The site's public origin, as the operator configured it in ORIGIN (the variable adapter-node reads for
 * the same purpose), for links the server writes into a page that must be right wherever they are
 * opened: a QR code a room scans. Never the request's Host header, which whoever sends the request
 * chooses. Null when ORIGIN is unset or is not an http(s) origin: the page then writes the path alone,
 * and the browser completes it with the origin it loaded the page from.
 */
export function publicOrigin(configured: string | undefined): string | null {
	if (!configured) return null;
	let url: URL;
	try {
		url = new URL(configured);
	} catch {
		return null;
	}
	return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
}
