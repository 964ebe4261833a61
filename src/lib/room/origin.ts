/**
 * Whether a join link would reach phones: an origin on a loopback address (localhost, 127.0.0.0/8, ::1)
 * or the unspecified address names the facilitator's own machine, so a phone that scans its QR code
 * reaches nothing. The console warns, and says what to set.
 */
export function isLoopback(origin: string): boolean {
	let host: string;
	try {
		host = new URL(origin).hostname.toLowerCase();
	} catch {
		return false;
	}
	return (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		/^127(?:\.\d{1,3}){3}$/.test(host) ||
		host === '[::1]' ||
		host === '0.0.0.0' ||
		host === '[::]'
	);
}
