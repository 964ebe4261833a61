/** Turning export text into files: a PNG drawn from an SVG, and a download the browser saves. */

/** How long a step of making a PNG may take before the page says so, in ms. */
const STEP_LIMIT = 15_000;

/** The promise, or an error with `message` once STEP_LIMIT has passed. */
function within<T>(p: Promise<T>, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), STEP_LIMIT);
	});
	return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Draws the SVG on a canvas at `scale` times its size (sharp on high-density screens and in print). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image(width, height);
		// load, not decode(): decode() on an SVG image was seen never to settle in headless Chromium under
		// load (two fresh-clone runs), leaving the download waiting without a word. Bounded either way.
		await within(
			new Promise<void>((resolve, reject) => {
				img.onload = () => resolve();
				img.onerror = () => reject(new Error('The chart could not be read as an image.'));
				img.src = url;
			}),
			'The chart took too long to become an image.'
		);
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser cannot draw on a canvas.');
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await within(
			new Promise<Blob>((resolve, reject) =>
				canvas.toBlob(
					(b) => (b ? resolve(b) : reject(new Error('The image could not be encoded.'))),
					'image/png'
				)
			),
			'The image took too long to encode.'
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob under a file name through a temporary link, as browsers allow without a server. */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the URL after click() returns; revoking at once can cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
