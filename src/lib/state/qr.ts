/**
 * A QR code of a link as one SVG path, so the page draws it like any other mark (no markup from the
 * library). The page's links are ASCII (the codec percent-encodes names), so byte mode reads them exactly.
 */
import qrcode from 'qrcode-generator';

export interface QrPath {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** One unit square per dark module, offset by the 4-module quiet zone the standard asks for. */
	d: string;
	/** Side of the whole picture in modules, quiet zone included. */
	viewBox: number;
}

const QUIET = 4;

export function qrPath(text: string): QrPath {
	// Error correction M: survives a smudge on a projector screen, still small for long links.
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const size = qr.getModuleCount();
	const parts: string[] = [];
	for (let r = 0; r < size; r++) {
		for (let c = 0; c < size; c++) if (qr.isDark(r, c)) parts.push(`M${c + QUIET} ${r + QUIET}h1v1h-1z`);
	}
	return { size, d: parts.join(''), viewBox: size + 2 * QUIET };
}
