/**
 * Page HTML, compressed and cacheable. A decision page is 100–140 KB of HTML (every assumption with its
 * sources); thirty phones on one conference network fetch it at once, so it goes out as brotli or gzip,
 * with an ETag so a reload costs a 304. Only HTML is touched: hashed assets are precompressed by the
 * adapter, and a stream (server-sent events) must never be buffered here.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;

/** How long a browser or shared cache may reuse a page: the same link renders the same page. */
export const PAGE_CACHE = 'public, max-age=300, stale-while-revalidate=3600';

/** The encoding to use for a request's Accept-Encoding, brotli first; null for none. */
export function pickEncoding(accept: string | null): 'br' | 'gzip' | null {
	const offered = new Map<string, number>();
	for (const part of (accept ?? '').toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		offered.set(name, q ? Number(q.slice(2)) || 0 : 1);
	}
	const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
	if (ok('br')) return 'br';
	if (ok('gzip')) return 'gzip';
	return null;
}

/** An HTML response made cacheable (ETag, Cache-Control) and compressed as the request accepts. */
export async function finishHtml(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (!type.startsWith('text/html') || response.headers.has('content-encoding') || !response.body)
		return response;
	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	// Weak: the one validator stands for the page in every encoding it goes out in (a strong one would
	// claim the brotli and gzip bytes identical).
	const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
	headers.set('etag', etag);
	headers.append('vary', 'Accept-Encoding');
	if (!headers.has('cache-control') && response.status === 200) headers.set('cache-control', PAGE_CACHE);
	if (response.status === 200 && request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	const encoding = body.length >= MIN_BYTES ? pickEncoding(request.headers.get('accept-encoding')) : null;
	if (!encoding) return new Response(body, { status: response.status, headers });
	// Off the event loop (zlib's thread pool), at levels that cost under a millisecond for a 100 KB page (brotli 4: 0.8 ms, 15 KB).
	const packed =
		encoding === 'br'
			? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
			: await gz(body, { level: 6 });
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(packed.length));
	return new Response(packed, { status: response.status, headers });
}
