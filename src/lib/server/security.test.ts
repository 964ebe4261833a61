import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, SECURITY_HEADERS } from './security.js';

describe('the security policy', () => {
	it('writes keywords and hashes in quotes, schemes and hosts as they are, as SvelteKit does', () => {
		expect(
			cspHeader({
				'script-src': ['self', 'sha256-abc='],
				'img-src': ['self', 'blob:'],
				'upgrade-insecure-requests': true,
				'frame-src': undefined
			})
		).toBe("script-src 'self' 'sha256-abc='; img-src 'self' blob:; upgrade-insecure-requests");
	});

	it('allows no eval, no inline script, no other origin, and no framing', () => {
		const sources = Object.values(CSP_DIRECTIVES).flat();
		expect(sources).not.toContain('unsafe-eval');
		expect(sources.every((s) => ['self', 'none', 'blob:', 'unsafe-inline'].includes(String(s)))).toBe(true);
		// Inline styling only as attributes; scripts only from this origin (and, on a page, by their hash).
		for (const [name, list] of Object.entries(CSP_DIRECTIVES))
			if ((list as string[]).includes('unsafe-inline')) expect(name).toBe('style-src-attr');
		expect(CSP_DIRECTIVES['script-src']).toEqual(['self']);
		expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(['none']);
	});

	it('goes out with every response, with the other headers', () => {
		expect(SECURITY_HEADERS['content-security-policy']).toBe(cspHeader(CSP_DIRECTIVES));
		expect(SECURITY_HEADERS['x-content-type-options']).toBe('nosniff');
		expect(Object.keys(SECURITY_HEADERS)).toEqual(
			expect.arrayContaining(['referrer-policy', 'permissions-policy'])
		);
	});
});
