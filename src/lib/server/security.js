/**
 * The security policy of every response: one set of Content Security Policy directives, which SvelteKit
 * sends with every page it renders (svelte.config.js, `kit.csp` in hash mode: the hashes of the page's own
 * inline scripts are added, so a page stays the same bytes and cacheable), and which serve.js sends with
 * every other response, static files included. The worker's script needs its own: a worker runs under the
 * policy its script came with, not under its page's, so a worker served without one could still generate
 * code with `new Function` under a strict page.
 *
 * Plain JavaScript: svelte.config.js and serve.js load it in Node, outside Vite.
 */

/**
 * Nothing from another origin, no eval or generated code, no inline script without its hash, and no
 * framing. Styles: stylesheets only from this origin (Svelte's component CSS is built into .css files, so
 * no <style> element is needed), but inline style *attributes* are allowed (`style-src-attr
 * 'unsafe-inline'`): the charts and option colours set them from data (`style:fill`, `style:--c`,
 * heights), server-rendered, so they cannot be hashed ahead of time. An attribute can only style the
 * element it is on; it cannot load a script, and any url() in it is still held to img-src and font-src.
 * @type {Record<string, string[] | boolean>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	// blob: the PNG export draws the chart's SVG, from a blob: URL, onto a canvas.
	'img-src': ['self', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self'],
	'frame-ancestors': ['none']
};

/** Keywords a policy writes in single quotes (as SvelteKit does). */
const QUOTED = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes', 'strict-dynamic']);

/**
 * The directives as a header value.
 * @param {Record<string, string[] | boolean | undefined>} directives
 * @returns {string}
 */
export function cspHeader(directives) {
	return Object.entries(directives)
		.filter(([, value]) => value)
		.map(([name, value]) =>
			Array.isArray(value)
				? [name, ...value.map((v) => (QUOTED.has(v) || /^(nonce|sha\d{3})-/.test(v) ? `'${v}'` : v))].join(
						' '
					)
				: name
		)
		.join('; ');
}

/**
 * Sent with every response. A page SvelteKit renders replaces this Content-Security-Policy with its own
 * (the same directives plus the hashes of the page's inline scripts).
 * @type {Readonly<Record<string, string>>}
 */
export const SECURITY_HEADERS = Object.freeze({
	'content-security-policy': cspHeader(CSP_DIRECTIVES),
	// A script or stylesheet is taken only with its declared type, never sniffed from its bytes.
	'x-content-type-options': 'nosniff',
	// A link is the scenario (values, a team's name): no page of another site learns it from a click.
	'referrer-policy': 'no-referrer',
	// The app asks for no device: none of these may be used, by it or by anything it might embed.
	'permissions-policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	// A page this one opens (a source's site) gets no handle on it.
	'cross-origin-opener-policy': 'same-origin'
});

/**
 * Sets the security headers on a response before anything writes it: static files, the worker's script,
 * pages (whose own headers, set later, take precedence).
 * @param {import('node:http').ServerResponse} res
 */
export function secure(res) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
